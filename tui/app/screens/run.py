"""Running the judge from the problem screen: a thin worker, messages up.

The worker only calls the engine and posts messages; every widget change
happens in the handlers below, on the UI thread.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from textual import work

from tui import judge as core
from tui.app import messages as msg
from tui.app.widgets import ResultBanner, TestTable
from tui.judge import Report, TestResult
from tui.languages import Language
from tui.problems import Problem, TestCase
from tui.sandbox import SandboxUnavailable

COMPILE_LINES = 30


def compile_headline(output: str) -> str:
    lines = output.strip().splitlines() or ["the compiler failed without a message"]
    if len(lines) > COMPILE_LINES:
        lines = lines[:COMPILE_LINES] + [f"… {len(lines) - COMPILE_LINES} more lines"]
    return "Compilation Error\n" + "\n".join(lines)


def first_failure(report: Report, judged: set[int]) -> str:
    """One line that says where to look first, for the banner."""
    for result in report.tests:
        if result.index in judged and not result.passed and result.verdict != "SKIP":
            where = f"test {result.index} ({result.name})"
            if result.hidden:
                return f"First failure: {where}: {result.label}"
            detail = result.message
            if result.verdict == "RE" and result.stderr.strip():
                detail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1]
            elif result.signal and detail.startswith(result.signal):
                detail = detail[len(result.signal):].strip(" ()")  # the label already names it
            return f"First failure: {where}: {result.label}" + (f" — {detail}" if detail else "")
    return ""


class RunMixin:
    """The run half of ProblemScreen: needs `problem`, `language`, `code()`,
    `all_tests()`, `unjudged` and `save()` from it.  Handlers are named
    on_<message> because @on only registers on Textual classes."""

    run_id = 0
    running = False
    _cancel: threading.Event | None = None
    _finished = 0

    def action_run(self) -> None:
        if self.running:
            self.notify("Tests are already running: escape cancels them.", severity="warning")
            return
        self.save(quiet=True)
        tests = self.all_tests()
        self.run_id += 1
        self._cancel = threading.Event()
        self._finished = 0
        self._total = len(tests)
        self.running = True
        self.set_tests(tests)
        self.query_one(TestTable).mark_queued()
        self.banner(f"Running {len(tests)} tests… (esc cancels)", "running")
        self._judge(self.run_id, self.problem, self.language, self.code(), tests, self._cancel)

    def action_cancel_run(self) -> None:
        if self._cancel is not None and self.running:
            self._cancel.set()
            self.banner("Cancelling: stopping the tests and removing their containers…", "running")

    def cancel_run(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    @work(thread=True, group="judge", exit_on_error=False)
    def _judge(self, run_id: int, problem: Problem, language: Language, code: str, tests: list[TestCase], cancel: threading.Event) -> None:
        engine = self.app.engine
        while not engine.ready.wait(0.2):
            if cancel.is_set():
                return
        if not engine.available:
            engine.open()  # the engine may have been started since: try again
            if not engine.available:
                self.post_message(msg.RunFailed(run_id, engine.error or "the sandbox is not available"))
                return
            self.app.post_message(msg.EngineStatus(engine.describe()))

        def on_event(event: core.Event) -> None:
            if isinstance(event, core.CompileStarted):
                self.app.post_message(msg.ImageReady())
                self.post_message(msg.CompileStarted(run_id))
            elif isinstance(event, core.CompileFinished):
                self.post_message(msg.CompileFinished(run_id, event.info))
            elif isinstance(event, core.TestStarted):
                self.post_message(msg.TestStarted(run_id, event.test.index))
            elif isinstance(event, core.TestFinished):
                self.post_message(msg.TestFinished(run_id, event.result))
            elif isinstance(event, core.JudgeFinished):
                self.post_message(msg.RunFinished(run_id, event.report))

        def progress(line: str, fraction: float | None) -> None:
            self.app.post_message(msg.ImageProgress(line, fraction))

        try:
            engine.judge(problem, language, code, tests, on_event, cancel, progress)
        except SandboxUnavailable as exc:
            self.app.post_message(msg.ImageReady(str(exc)))
            self.post_message(msg.RunFailed(run_id, str(exc)))
        except Exception as exc:  # the judge broke: say so instead of hanging on "running"
            self.post_message(msg.RunFailed(run_id, f"internal error while judging: {exc!r}"))

    # ---- handlers: UI thread -----------------------------------------------
    def banner(self, headline: str, state: str, detail: str = "") -> None:
        self.query_one(ResultBanner).show(headline, state, detail)

    def _current(self, run_id: int) -> bool:
        return run_id == self.run_id and self.running

    def on_compile_started(self, message: msg.CompileStarted) -> None:
        if self._current(message.run_id) and self.language.compiled:
            self.query_one(TestTable).mark_compiling()
            self.banner(f"Compiling: {self.language.name}…", "running")

    def on_compile_finished(self, message: msg.CompileFinished) -> None:
        if self._current(message.run_id) and (message.info is None or message.info.ok):
            self.banner(f"Running {self._total} tests… (esc cancels)", "running")

    def on_test_started(self, message: msg.TestStarted) -> None:
        if self._current(message.run_id):
            self.query_one(TestTable).mark_running(message.index)

    def on_test_finished(self, message: msg.TestFinished) -> None:
        if not self._current(message.run_id):
            return
        result: TestResult = message.result
        self.query_one(TestTable).mark_finished(result, judged=result.index not in self.unjudged)
        self._finished += 1
        if not self._cancel.is_set():
            self.banner(f"Running… {self._finished}/{self._total} tests finished (esc cancels)", "running")

    def on_run_finished(self, message: msg.RunFinished) -> None:
        if message.run_id != self.run_id:
            return
        report = message.report
        table = self.query_one(TestTable)
        for result in report.tests:  # rows no TestFinished reached: not run, or lost to a cancel
            if table.rows_by_index[result.index].state != "done" and not (report.cancelled and result.verdict == "SKIP"):
                table.mark_finished(result, judged=result.index not in self.unjudged)
        self._end_run()
        judged = {t.index for t in report.tests if t.index not in self.unjudged}
        if report.cancelled:
            table.mark_unfinished("cancelled")
            done = sum(1 for t in report.tests if t.verdict != "SKIP")
            self.banner(f"Run cancelled: {done} of {report.total} tests finished", "error")
            return
        if report.verdict == "CE":
            output = report.compile.output if report.compile else ""
            first_error = next((line for line in output.splitlines() if "error" in line.lower()), output.strip()[:200])
            for result in report.tests:
                table.mark_finished(replace(result, verdict="CE", message=first_error))
            self.banner(compile_headline(output), "failed")
            self._record(report)
            return
        passed = sum(1 for t in report.tests if t.index in judged and t.passed)
        state = "passed" if passed == len(judged) else "failed"
        detail = first_failure(report, judged)
        failed = next((t for t in report.tests if t.index in judged and not t.passed and t.verdict != "SKIP"), None)
        if failed is not None:
            # The cursor waits on the first failure, in view, one key from its details.
            table.move_cursor(row=list(table.rows_by_index).index(failed.index))
            detail += " · enter shows it" if table.has_focus else " · f4 then enter shows it"
        self.banner(f"You have passed {passed}/{len(judged)} tests", state, detail)
        self._record(report)

    def on_run_failed(self, message: msg.RunFailed) -> None:
        if message.run_id != self.run_id:
            return
        self._end_run()
        self.query_one(TestTable).mark_unfinished("not run")
        headline = message.error.strip().splitlines()[0] if message.error.strip() else "the run failed"
        self.banner(f"Could not run the tests: {headline}", "error", "ctrl+r tries again")
        if not self.app.engine.available:
            self.app.show_engine_error()

    def _end_run(self) -> None:
        self.running = False
        # After the result is on screen: starting containers takes the CPU
        # the banner needs to appear.
        self.set_timer(0.5, self.warm_up)

    def warm_up(self) -> None:
        """The next ctrl+r starts warm: its containers start while the user reads."""
        self.app.warm_up(self.problem, self.language, self.code(), len(self.all_tests()))

    def _record(self, report: Report) -> None:
        own = [t for t in report.tests if t.index <= len(self.problem.tests)]
        verdict = "CE" if report.verdict == "CE" else next((t.verdict for t in own if not t.passed), "AC")
        self.app.store.record_result(self.problem.slug, verdict, sum(t.passed for t in own), len(own), self.language.id)
