"""The test panel: the rows of a problem's tests and the banner under them,
owning the state of the run that fills them.

The screen starts a run (`start`), a worker posts the judge's events to the
panel as JudgeEvent messages, and the panel shows each one; when the run is
over it posts Ended, for the screen to record.  News from a run that is no
longer the current one (cancelled, still winding down) never lands.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive

from tui.app import messages as msg
from tui.app.widgets.banner import ResultBanner
from tui.app.widgets.rerun import outcome as rerun_outcome
from tui.app.widgets.test_table import Row, TestTable, score_text
from tui.judging import Event, EventKind, Report, TestResult, Verdict
from tui.languages import Language
from tui.packages import TestCase
from tui.packages.scoring import TestGroup

COMPILE_LINES = 30


def compile_headline(output: str) -> str:
    lines = output.strip().splitlines() or ["the compiler failed without a message"]
    if len(lines) > COMPILE_LINES:
        lines = lines[:COMPILE_LINES] + [f"… {len(lines) - COMPILE_LINES} more lines"]
    return "Compilation Error\n" + "\n".join(lines)


def failure_line(result: TestResult | None) -> str:
    """One line that says where to look first, for the banner."""
    if result is None:
        return ""
    where = f"test {result.index} ({result.name})"
    if result.hidden:
        return f"First failure: {where}: {result.label}"
    detail = result.message
    if result.verdict is Verdict.RE and result.stderr.strip():
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1]
    elif result.signal and detail.startswith(result.signal):
        detail = detail[len(result.signal) :].strip(" ()")  # the label already names it
    return f"First failure: {where}: {result.label}" + (f" — {detail}" if detail else "")


class TestPanel(Vertical):
    """Rows and banner of one problem's tests, and the run in flight."""

    __test__ = False  # not a pytest test class, whatever its name

    running: reactive[bool] = reactive(False, init=False)

    @dataclass
    class Ended(Message):
        """A run is over: `report` when it ran to its end (or was cancelled),
        None when it could not run at all."""

        report: Report | None
        cancelled: bool = False
        partial: bool = False  # only some of the tests ran (one, or those that failed)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.run_id = 0
        self.unjudged: set[int] = set()
        self.cancel_event: threading.Event | None = None
        self._language: Language | None = None
        self._total = 0
        self._finished = 0
        self._scope = ""  # "" every test; "one" or "failed": only those (see start)
        self.groups: TestGroup | None = None  # a scoring problem's groups: a section each
        self._handlers = {
            EventKind.QUEUED: self._queued,
            EventKind.COMPILE_STARTED: self._compile_started,
            EventKind.COMPILE_FINISHED: self._compile_finished,
            EventKind.TEST_STARTED: self._test_started,
            EventKind.TEST_FINISHED: self._test_finished,
            EventKind.FINISHED: self._finished_run,
        }

    def compose(self) -> ComposeResult:
        with Vertical(id="tests-pane"):
            yield TestTable(id="tests")
        yield ResultBanner(id="banner")

    def on_mount(self) -> None:
        self.watch(self.app, "build_state", self._build_state, init=False)

    @property
    def table(self) -> TestTable:
        return self.query_one(TestTable)

    def rows(self) -> list[Row]:
        return list(self.table.rows_by_index.values())

    # ---- what the screen asks ---------------------------------------------
    def show_tests(self, tests: list[TestCase], unjudged: set[int]) -> None:
        """Rows for these tests, not run yet (unjudged: custom tests without an answer)."""
        self.unjudged = set(unjudged)
        self.table.set_tests(tests, self.groups)

    def start(
        self, tests: list[TestCase], unjudged: set[int], language: Language, only: set[int] | None = None, scope: str = ""
    ) -> tuple[int, threading.Event]:
        """A new run of these tests: its id (for its messages) and its cancel
        switch.  With `only`, just those run ("one" test, or the "failed"
        ones: `scope`) and the other rows keep their last result."""
        self.run_id += 1
        self.cancel_event = threading.Event()
        self._scope = scope if only is not None else ""
        if only is None:
            self.show_tests(tests, unjudged)
        else:
            self.unjudged = set(unjudged)
            for test in tests:
                if test.index in only:
                    self.table.replace_test(test)
        self._language, self._total, self._finished = language, len(only) if only is not None else len(tests), 0
        self.table.mark_queued(only)
        self.running = True
        self.banner(f"Running {self._total} test{'s' if self._total != 1 else ''}… (esc cancels)", "running")
        return self.run_id, self.cancel_event

    def cancel(self) -> None:
        if self.cancel_event is not None and self.running:
            self.cancel_event.set()
            self.banner("Cancelling: stopping the tests and removing their containers…", "running")

    def banner(self, headline: str, state: str, detail: str = "") -> None:
        self.query_one(ResultBanner).show(headline, state, detail)

    # ---- what the run says --------------------------------------------------
    def on_judge_event(self, message: msg.JudgeEvent) -> None:
        if message.run_id == self.run_id and self.running:
            self._handlers[message.event.kind](message.event)

    def on_reference_answers(self, message: msg.ReferenceAnswers) -> None:
        """Custom tests the reference solution answered are judged from now on."""
        if message.run_id != self.run_id or not self.running:
            return
        for index, test in message.answered.items():
            self.unjudged.discard(index)
            self.table.replace_test(test)
        for index, why in message.failed.items():
            self.notify(f"Test {index} has no expected output: {why}. It is run, not judged.", severity="warning", timeout=8)

    def on_run_failed(self, message: msg.RunFailed) -> None:
        if message.run_id != self.run_id or not self.running:
            return
        self.running = False
        self.table.mark_unfinished("not run")
        headline = message.error.strip().splitlines()[0] if message.error.strip() else "the run failed"
        self.banner(f"Could not run the tests: {headline}", "error", "ctrl+r tries again")
        self.post_message(self.Ended(None))

    def _build_state(self, state: tuple[str, float | None] | None) -> None:
        if state is not None and self.running:
            # Otherwise "Running…" would sit there for the minute a first build takes.
            self.banner("Building the sandbox image (first use only, a minute or two)…", "running", state[0])

    def _queued(self, event: Event) -> None:
        self.table.mark_waiting(event.ahead or 0)
        self.banner(f"Queued on the judge server: {event.ahead} run{'s' if event.ahead != 1 else ''} ahead… (esc cancels)", "running")

    def _compile_started(self, event: Event) -> None:
        if self._language is not None and self._language.compiled:
            self.table.mark_compiling()
            self.banner(f"Compiling: {self._language.name}…", "running")

    def _compile_finished(self, event: Event) -> None:
        if event.compile is None or event.compile.ok:
            self.banner(f"Running {self._total} tests… (esc cancels)", "running")

    def _test_started(self, event: Event) -> None:
        self.table.mark_running(event.index)

    def _test_finished(self, event: Event) -> None:
        result = event.result
        self.table.mark_finished(result, judged=result.index not in self.unjudged)
        self._finished += 1
        if not self.cancel_event.is_set():
            self.banner(f"Running… {self._finished}/{self._total} tests finished (esc cancels)", "running")

    def _finished_run(self, event: Event) -> None:
        report = event.report
        table = self.table
        for result in report.tests:  # rows no TEST_FINISHED reached: not run, or lost to a cancel
            row = table.rows_by_index[result.index]
            # A scoring problem's grader may have set aside tests that ran (on_reject: break): the report has the last word.
            regraded = report.grade is not None and row.result is not None and row.result.verdict is not result.verdict
            if (row.state != "done" or regraded) and not (report.cancelled and result.verdict is Verdict.SKIP):
                table.mark_finished(result, judged=result.index not in self.unjudged)
        if report.grade is not None:
            table.show_grade(report.grade)
        self.running = False
        if report.sandbox_lost:
            table.mark_unfinished("not run")
            self.banner(
                f"The sandbox went away during the run: {report.sandbox_lost.splitlines()[0]}",
                "error",
                "the app goes on; ctrl+r runs the tests again once the engine is back",
            )
        elif report.cancelled:
            table.mark_unfinished("cancelled")
            done = sum(1 for t in report.tests if t.verdict is not Verdict.SKIP)
            self.banner(f"Run cancelled: {done} of {report.total} tests finished", "error")
        elif report.verdict is Verdict.CE:
            output = report.compile.output if report.compile else ""
            first_error = next((line for line in output.splitlines() if "error" in line.lower()), output.strip()[:200])
            for result in report.tests:
                table.mark_finished(replace(result, verdict=Verdict.CE, message=first_error))
            self.banner(compile_headline(output), "failed")
        else:
            self._show_outcome(report)
        self.post_message(self.Ended(report, cancelled=report.cancelled, partial=bool(self._scope)))

    def _show_outcome(self, report: Report) -> None:
        judged = {t.index for t in report.tests if t.index not in self.unjudged}
        passed = sum(1 for t in report.tests if t.index in judged and t.passed)
        state = "passed" if passed == len(judged) else "failed"
        failed = report.first_failure(among=judged)
        detail = failure_line(failed)
        if failed is not None:
            # The cursor waits on the first failure, in view, one key from its details.
            table = self.table
            table.move_cursor(row=table.position_of(failed.index))
            detail += " · enter shows it" if table.has_focus else " · f4 then enter shows it"
        if self._scope:
            headline, state = rerun_outcome(report, self._scope, self.unjudged)
            self.banner(headline, state, detail)
            return
        if report.grade is not None:
            grade = report.grade
            state = "passed" if grade.score >= grade.max_score and passed == len(judged) else "failed"
            score = f"Score {score_text(grade.score)}/{score_text(grade.max_score)}"
            headline = f"{score} · {grade.verdict.label} · passed {passed}/{len(judged)} tests"
            self.banner(headline, state, detail)
            return
        self.banner(f"You have passed {passed}/{len(judged)} tests", state, detail)
