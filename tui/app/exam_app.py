"""ExamApp: the app locked to one exam (`proctorx exam EXAM.yaml`).

The exam lives on the app as `app.exam` (tui.exam.session.ExamSession: the
exam, the student, their records), set once the student's id is known.  The
app ticks the countdown; at zero it locks every editor, waits for a run in
flight, judges and logs the code on screen of every problem changed since its
last run, closes the log with an `end` record and shows the summary.  All
judging goes through `app.runner`, as in practice mode.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen

from tui.app import messages as msg
from tui.app.app import ProctorXApp
from tui.app.screens.exam_end import ExamSummaryScreen, TimeUpScreen
from tui.app.screens.exam_problem import ExamHelpScreen, ExamProblemScreen
from tui.app.screens.exam_start import ExamStartScreen
from tui.app.store import Store
from tui.exam.examfile import Exam
from tui.exam.records import Records
from tui.exam.session import Clock, ExamSession, SessionError, now
from tui.sandbox import Sandbox

TICK_S = 0.5


class ExamApp(ProctorXApp):
    def __init__(
        self,
        exam: Exam,
        records: Records,
        session: ExamSession | None = None,
        sandbox_kind: str = "docker",
        sandbox: Sandbox | None = None,
        data_dir=None,
        jobs: int | None = None,
        clock: Clock = now,
        runner=None,
    ) -> None:
        super().__init__([], sandbox_kind=sandbox_kind, sandbox=sandbox, data_dir=data_dir, jobs=jobs, runner=runner)
        self.exam_file = exam
        self.records = records
        self.clock = clock
        self.exam: ExamSession | None = session
        self.exam_store: Store | None = None
        self.locked = False  # time is up: no more editing or running
        self.final_running = False
        self._screens: dict[int, ExamProblemScreen] = {}
        self.title = f"ProctorX exam · {exam.title}"

    # ---- starting --------------------------------------------------------------
    def show_first_screens(self) -> None:
        session = self.exam
        if session is not None and session.state != "new":
            error = self.begin_exam(session)
            if error:
                self.push_screen(ExamStartScreen(session, error))
            return
        self.push_screen(ExamStartScreen(session))

    def open_session(self, student: str) -> ExamSession:
        return ExamSession(self.exam_file, student, self.records, clock=self.clock)

    def begin_exam(self, session: ExamSession) -> str | None:
        """Starts or resumes the exam (or shows the summary of one that is
        over); the error for the start screen when it can't."""
        self.exam = session
        self.exam_store = Store(self.store.root / "exams" / session.store_key())
        try:
            if session.state == "running" and session.expired:
                # Time ran out while the app was closed: nothing is on screen to judge.
                session.end("time ran out while the app was closed")
            if session.begin() == "ended":
                self._show(ExamSummaryScreen())
                return None
        except SessionError as exc:
            return str(exc)
        self.set_interval(TICK_S, self._tick)
        self.show_problem(0)
        return None

    def _show(self, screen: Screen | str) -> None:
        """The top of the stack becomes this screen (start, problem or summary)."""
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def show_problem(self, position: int) -> None:
        name = f"exam-problem-{position}"
        if position not in self._screens:
            self._screens[position] = ExamProblemScreen(self.exam.exam.problems[position], position)
            self.install_screen(self._screens[position], name)
        if self.screen is not self._screens[position]:
            self._show(name)

    def log_error(self, error: str) -> None:
        self.notify(error + "\nTell the proctor.", title="The run log can't be written", severity="error", timeout=30)

    # ---- the end ---------------------------------------------------------------
    def _tick(self) -> None:
        if self.exam is not None and not self.locked and self.exam.expired:
            self.time_up()

    def time_up(self) -> None:
        self.locked = True
        for screen in self._screens.values():
            if screen.is_mounted:
                screen.lock_editor()
        self.run_logged()

    def run_logged(self) -> None:
        """A run was logged: at zero, once no run is in flight, the last judging starts."""
        if self.locked and not self.final_running and not any(s.is_mounted and s.running for s in self._screens.values()):
            self.final_running = True
            self._final_judging()

    def _final_jobs(self) -> list[tuple]:
        """(problem, language, code) of every problem whose code on screen (or
        saved, for a tab not opened since) is not what it last ran."""
        session, jobs = self.exam, []
        offered = {lang.id: lang for lang in session.exam.languages}
        for position, problem in enumerate(session.exam.problems):
            screen = self._screens.get(position)
            if screen is not None and screen.is_mounted:
                screen.save(quiet=True)
                language, code = screen.language, screen.code()
            else:
                language = offered.get(self.exam_store.last_language(problem.slug) or "")
                code = self.exam_store.load_code(problem.slug, language) if language else None
                if code is None:
                    continue
            last = session.last_run(problem.slug)
            if last is not None and (last.get("language"), last.get("code")) == (language.id, code):
                continue
            if last is None and screen is not None and code == screen.starter_code(language):
                continue  # never touched
            jobs.append((problem, language, code))
        return jobs

    def _final_judging(self) -> None:
        jobs = self._final_jobs()
        if not jobs:
            self._close_exam()
            return
        self.push_screen(TimeUpScreen())
        self._judge_last(jobs)

    @work(thread=True, group="final", exit_on_error=False)
    def _judge_last(self, jobs: list[tuple]) -> None:
        import threading

        for n, (problem, language, code) in enumerate(jobs, start=1):
            self.post_message(msg.FinalProgress(f"Judging and logging your code for {problem.title} ({n}/{len(jobs)})…"))
            report = None
            try:
                report = self.runner.judge(problem, language, code, problem.tests, lambda event: None, threading.Event())
            except Exception:  # no sandbox, or the judge broke: the code is logged all the same, as IE
                report = None
            self.post_message(msg.FinalJudged(problem.slug, language.id, code, report, len(problem.tests), last=n == len(jobs)))

    def on_final_progress(self, message: msg.FinalProgress) -> None:
        if isinstance(self.screen, TimeUpScreen):
            self.screen.show(message.line)

    def on_final_judged(self, message: msg.FinalJudged) -> None:
        try:
            self.exam.record_run(message.problem, message.language, message.code, message.report, total=message.total)
        except SessionError as exc:
            self.log_error(str(exc))
        if message.last:
            self._close_exam()

    def _close_exam(self) -> None:
        try:
            self.exam.end("time")
        except SessionError as exc:
            self.log_error(str(exc))
        self.final_running = False
        self._show(ExamSummaryScreen())

    # ---- what the app offers -------------------------------------------------
    def log_location(self, student: str = "<student>") -> str:
        """Where a student's runs are written, for the start screen and help."""
        folder = getattr(self.records, "folder", None)
        return str(folder / f"{student}.jsonl") if folder is not None else type(self.records).__name__

    def action_help(self) -> None:
        if not isinstance(self.screen, ExamHelpScreen):
            self.push_screen(ExamHelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Nothing that opens another problem or a file: the exam's problems,
        its languages, the run, the theme, help and quit."""
        for command in App.get_system_commands(self, screen):
            if command.title != "Screenshot":  # it writes a file
                yield command
        if isinstance(screen, ExamProblemScreen) and not self.locked:
            yield from self.problem_commands(screen)
            for position, problem in enumerate(self.exam.exam.problems):
                if position != screen.position:
                    yield SystemCommand(
                        f"Problem {position + 1}: {problem.title}",
                        "Switch to this problem of the exam",
                        partial(self.show_problem, position),
                    )
        yield SystemCommand("Toggle light/dark theme", "Switch between textual-light and textual-dark (ctrl+t)", self.action_toggle_theme)
        yield SystemCommand("Help", "Keys and how the exam works (f1)", self.action_help)

    def _save_all(self) -> None:
        for screen in self._screens.values():
            if screen.is_mounted and not self.locked:
                screen.save(quiet=True)

    def write_quit(self) -> None:
        """A `quit` record, once, however the app ends (while the exam runs)."""
        if self.exam is not None and self.exam.state == "running" and self.exam.all_records[-1].get("event") != "quit":
            try:
                self.exam.quit()
            except SessionError:
                pass  # the app is going; the countdown is in the start record anyway

    async def action_quit(self) -> None:
        if self.final_running:
            self.notify("Your last code is being judged and logged: the app can quit in a moment.", severity="warning")
            return
        self._save_all()
        self.write_quit()
        await super().action_quit()

    def _stop_from_signal(self, signum: int) -> None:
        self._save_all()
        self.write_quit()
        super()._stop_from_signal(signum)


def run_exam_app(exam: Exam, records: Records, session: ExamSession | None = None, sandbox: str = "docker", runner=None) -> int:
    """Opens the exam app (judging through `runner` when given: a judge
    server's); the exit code for the CLI."""
    app = ExamApp(exam, records, session=session, sandbox_kind=sandbox, runner=runner)
    try:
        app.run()
    finally:
        app.write_quit()
        app.runner.close()
    return app.return_code or 0
