"""An exam problem: the practice screen locked to the exam.

Only the exam's problems (a tab each, f3/f8), only its languages, no problem
list, no custom tests; every run is appended to the student's log; the code is
kept in the exam's own place of the data folder.  At zero the editor locks."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Select, Tabs

from tui.app.screens.help import HelpScreen
from tui.app.screens.problem import ProblemScreen
from tui.app.widgets import CodeEditor, ExamBar, TestPanel, TestTable
from tui.app.widgets.exam_bar import tab_id
from tui.exam.session import SessionError
from tui.judging.answers import ANSWERS
from tui.languages import Language
from tui.packages import Problem, TestCase

# Actions of the practice screen an exam does not offer: the problem list,
# custom tests, and the practice tools (stress testing and reference answers
# would let the reference solution answer any input; your own editor opens files;
# partial runs would log partial results).
LOCKED_OUT = {"problems", "add_test", "stress", "external_editor", "toggle_run_on_change", "run_failed"}
# And what stops at zero.
STOPPED_AT_ZERO = {"run", "save", "choose_language", "choose_answer", "add_test"}


class ExamProblemScreen(ProblemScreen):
    reference_allowed = False
    BINDINGS = [
        Binding("f8,ctrl+pagedown", "step_problem(1)", "Next problem", id="exam.next_problem"),
        Binding("f3,ctrl+pageup", "step_problem(-1)", "Previous problem", id="exam.previous_problem"),
    ]

    def __init__(self, problem: Problem, position: int) -> None:
        self.position = position
        super().__init__(problem)

    # ---- the exam's own store, languages and tests -------------------------
    @property
    def store(self):
        return self.app.exam_store

    @property
    def session(self):
        return self.app.exam

    def offered_languages(self) -> list[Language]:
        return [language for language in self.session.exam.languages if self.problem.allows(language.id)]

    def starter_code(self, language: Language) -> str:
        """What the editor shows for a language the student has not touched."""
        starter = self.problem.starters.get(language.id)
        if starter is not None:
            try:
                return self.problem.constants.substitute(starter.read_text(encoding="utf-8"))
            except OSError:
                pass
        return language.starter

    def _code_for(self, language: Language) -> str:
        saved = self.store.load_code(self.problem.slug, language)
        if saved is not None:
            return saved
        # Another machine, or a data folder lost: the log holds the last code run.
        last = self.session.last_run(self.problem.slug, language.id)
        if last is not None and isinstance(last.get("code"), str):
            return last["code"]
        return self.starter_code(language)

    def restored_answers(self) -> str | None:
        """Another machine, or a data folder lost: the log's last run holds every answer judged."""
        last = self.session.last_run(self.problem.slug, ANSWERS.id)
        return last.get("code") if last is not None and isinstance(last.get("code"), str) else None

    def all_tests(self) -> list[TestCase]:
        """The problem's tests only; when the exam shows no sample output, the
        samples are verdict-only, as hidden tests always are."""
        self.unjudged = set()
        if self.session.exam.show_sample_output:
            return list(self.problem.tests)
        return [t if t.hidden else replace(t, hidden=True) for t in self.problem.tests]

    # ---- layout ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        exam = self.session.exam
        heading = f"{exam.title} · {self.session.student}"
        yield ExamBar(heading, [p.title for p in exam.problems], self.position, id="exam-bar")
        yield from super().compose()

    def on_mount(self) -> None:
        super().on_mount()
        if self.app.locked:
            self.lock_editor()

    @on(Tabs.TabActivated, "#exam-tabs")
    def _tab_chosen(self, event: Tabs.TabActivated) -> None:
        if event.tab is not None and event.tab.id != tab_id(self.position):
            position = int(str(event.tab.id).rsplit("-", 1)[1]) - 1
            self.query_one("#exam-tabs", Tabs).active = tab_id(self.position)  # this screen keeps its own tab
            self.app.show_problem(position)

    def on_screen_resume(self) -> None:
        self.query_one("#exam-tabs", Tabs).active = tab_id(self.position)

    def action_step_problem(self, step: int) -> None:
        self.app.show_problem((self.position + step) % len(self.session.exam.problems))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in LOCKED_OUT or (self.app.locked and action in STOPPED_AT_ZERO):
            return False
        return super().check_action(action, parameters)

    def on_test_table_run_one(self, message: TestTable.RunOne) -> None:
        message.stop()  # the practice screen would run the one test: an exam's run is always all of them
        self.notify("In an exam a run is of every test: ctrl+r.", severity="warning")

    def lock_editor(self) -> None:
        """Time is up: the code stays on screen, read-only."""
        self.query_one(CodeEditor).read_only = True
        self.query_one("#language", Select).disabled = True
        if not self.running:
            self.panel.banner("Time is up: the editor is locked", "error")
        self.refresh_bindings()

    # ---- every run goes into the log --------------------------------------
    def run_ended(self, message: TestPanel.Ended) -> None:
        if self.run_code is not None:
            language, code = self.run_code
            try:
                self.session.record_run(self.problem.slug, language.id, code, message.report, total=len(self.problem.tests))
            except SessionError as exc:
                self.app.log_error(str(exc))
        super().run_ended(message)
        self.app.run_logged()


class ExamHelpScreen(HelpScreen):
    INTRO = """\
# {title}

You have {minutes:g} minutes, counted from when you started: quitting does not
stop the clock. Write a solution and press **ctrl+r**: every test runs in its
own container, and every run is written to your log (`{log}`). When the time
is up the editor locks and the code on screen is judged one last time.

**The proctor grades the last code you ran for each problem**, judged again
on their machine. Switch problems with **f3** / **f8** or the tabs. Your code
is saved as you type in `{data}`.
"""

    def intro(self) -> str:
        exam, session = self.app.exam_file, self.app.exam
        log = session.where if session is not None else self.app.log_location()
        data = self.app.exam_store.root if self.app.exam_store is not None else self.app.store.root / "exams"
        return self.INTRO.format(title=exam.title, minutes=exam.duration_s / 60, log=log, data=data)

    def sections(self):
        from tui.app.screens.details import DetailsScreen

        offered = [b for b in ProblemScreen.BINDINGS if not any(b.action.startswith(a) for a in LOCKED_OUT)]
        return [
            ("Everywhere", self.app.BINDINGS),
            ("Exam problem", offered + ExamProblemScreen.BINDINGS),
            ("Test panel", [b for b in TestTable.BINDINGS if "custom" not in (b.id or "")]),
            ("Test details", DetailsScreen.BINDINGS),
        ]
