"""Demo mode: a teacher presents a problem to a room.

The problem screen with saving and recording off: the editor holds, in turn,
the reference solution, the starter and each wrong or slow submission the
package ships (one key each), each run at once; when a run fails, the first
failure's details and diff open by themselves.  A header names what is
shown, the keys pressed are shown as they are pressed, and the projector
layout (app.tcss, `DemoScreen.-projector`) gives the room the statement and
the tests.  Nothing here writes into the user's data folder.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Select

from tui import languages
from tui.app.answer_sheet import AnswerSheet
from tui.app.screens.details import DetailsScreen
from tui.app.screens.problem import ProblemScreen
from tui.app.store import CustomTest
from tui.app.widgets import CodeEditor, StatusLine, TestPanel, TestTable
from tui.app.widgets.demo_header import DemoHeader
from tui.app.widgets.key_echo import KeyEcho, key_label
from tui.judging import Report, Verdict
from tui.judging.answers import ANSWERS
from tui.languages import Language
from tui.packages import Problem
from tui.packages.demo_programs import DemoProgram, demo_programs

NEXT, PREVIOUS, LAYOUT = "demo.next", "demo.previous", "demo.projector"
CYCLE_BINDINGS = [
    Binding("f6", "cycle(1)", "Next program", id=NEXT, priority=True),
    Binding("shift+f6", "cycle(-1)", "Previous program", id=PREVIOUS, priority=True),
]
# The share of the height the test panel may take: the room watches the rows.
TESTS_SHARE = 0.6


def binding_keys(screen, ids: list[str]) -> dict[str, str]:
    """The keys bound to these ids right now (after the user's keymap), as labels."""
    found: dict[str, str] = {}
    for key, active in screen.active_bindings.items():
        if active.binding.id in ids and active.binding.id not in found:
            found[active.binding.id] = key_label(key)
    return found


class DemoScreen(ProblemScreen):
    BINDINGS = [
        *CYCLE_BINDINGS,
        Binding("f8", "toggle_projector", "Projector layout on/off", id=LAYOUT),
    ]
    reveal_hidden = True

    def __init__(self, problem: Problem, language: Language | None = None) -> None:
        self.programs: list[DemoProgram] = demo_programs(problem, language.id if language else None)
        self.position = 0
        self._rerun = False  # a run was cancelled to show another program: run that one when it ends
        first = self._language_of(self.programs[0]) if self.programs else None
        super().__init__(problem, None, first or language or languages.get("python"))
        self.add_class("-projector")

    @staticmethod
    def _language_of(program: DemoProgram) -> Language:
        return ANSWERS if program.language == ANSWERS.id else languages.get(program.language)

    def answer_sheet(self) -> AnswerSheet:
        """The answers of the submission shown, never the user's."""
        sheet = AnswerSheet(None, self.problem)
        if self.program is not None:
            sheet.show(self.program.path)
        return sheet

    @property
    def program(self) -> DemoProgram | None:
        return self.programs[self.position] if self.programs else None

    def _code_for(self, language: Language) -> str:
        """The program being shown when it is in this language, else the
        package's reference in it, else its starter: never the user's saved code."""
        program = self.program
        for path in (program.path if program and program.language == language.id else None, self.problem.solutions.get(language.id)):
            if path is not None:
                try:
                    return self.problem.constants.substitute(path.read_text(encoding="utf-8", errors="replace"))
                except OSError:
                    continue
        starter = self.problem.starters.get(language.id)
        if starter is not None:
            try:
                return self.problem.constants.substitute(starter.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                pass
        return language.starter

    def compose(self) -> ComposeResult:
        yield DemoHeader(id="demo-header")
        yield from super().compose()
        yield KeyEcho(id="key-echo")

    def on_mount(self) -> None:
        # The keys are known once the screen is whole (the bindings ask the panel).
        self._show_header()
        echo = self.query_one(KeyEcho)
        echo.hint = self.hint()
        echo.update(echo.hint)
        # The problem screen's own on_mount runs after this one (set-up, the
        # idle banner): the first run starts once both are done.
        self.call_after_refresh(self.action_run)

    def hint(self) -> str:
        keys = binding_keys(self, [NEXT, PREVIOUS, "problem.run", "problem.switch_focus", LAYOUT, "app.help"])
        words = [(NEXT, "next program"), (PREVIOUS, "previous"), ("problem.run", "run again"), ("problem.switch_focus", "editor/tests")]
        words += [(LAYOUT, "layout"), ("app.help", "help")]
        return "   ".join(f"{keys[i]} {what}" for i, what in words if i in keys)

    def _header_state(self) -> tuple:
        keys = binding_keys(self, [NEXT])
        return self.program, self.position, len(self.programs), self.language.name, f"{keys[NEXT]} next" if NEXT in keys else ""

    def _show_header(self) -> None:
        self.query_one(DemoHeader).show(*self._header_state())

    # ---- the cycle ------------------------------------------------------------
    def action_cycle(self, step: int) -> None:
        if not self.programs:
            self.notify("This package ships no reference solution, starter or submissions to show.", severity="warning")
            return
        self.show_program((self.position + step) % len(self.programs))

    def show_program(self, position: int) -> None:
        """Puts the program at `position` in the editor and runs it (once a
        run still in flight has been cancelled)."""
        self.position = position
        program = self.programs[position]
        self.language = self._language_of(program)
        if self.sheet is not None:
            self.sheet.show(program.path)
            self.show_answer()
        else:
            self.query_one("#language", Select).value = program.language
            self.query_one(CodeEditor).set_code(self._code_for(self.language), program.language)
        self._show_header()
        self.app.prepare_language(self.language)
        if self.running:
            self._rerun = True
            self.panel.cancel()
        else:
            self.action_run()

    def switch_language(self, lang_id: str) -> None:
        """Another language from the menu: the cycle starts again from the reference in it."""
        if self.running:
            self.notify("Wait for the run to finish (or cancel it) before switching language.", severity="warning")
            self.query_one("#language", Select).value = self.language.id
            return
        self.programs = demo_programs(self.problem, lang_id)
        if not any(p.language == lang_id for p in self.programs):
            # Nothing shipped in that language: its template, outside the cycle.
            self.language = languages.get(lang_id)
            self.query_one(CodeEditor).set_code(self._code_for(self.language), lang_id)
            self.notify(f"This package ships nothing in {self.language.name}: the editor holds a template.")
            return
        self.show_program(next(i for i, p in enumerate(self.programs) if p.language == lang_id))

    @on(TestPanel.Ended)
    def _demo_run_ended(self, message: TestPanel.Ended) -> None:
        if self._rerun:
            self._rerun = False
            self.call_later(self.action_run)
            return
        report = message.report
        if report is None or message.cancelled or report.verdict is Verdict.CE or self.app.screen is not self:
            return
        self._open_first_failure(report)

    def _open_first_failure(self, report: Report) -> None:
        failed = report.first_failure(among={t.index for t in report.tests if t.index not in self.panel.unjudged})
        if failed is None:
            return
        rows = self.panel.rows()
        position = next((i for i, row in enumerate(rows) if row.test.index == failed.index), None)
        if position is not None:
            self.app.push_screen(self.details_screen(position))

    def details_screen(self, position: int) -> DetailsScreen:
        return DemoDetailsScreen(self, position)

    def warm_up(self) -> None:
        """The containers started ahead are for what the room sees next: the
        next program of the cycle (often another language), not this one again."""
        if len(self.programs) < 2 or not self.panel.run_id:
            super().warm_up()  # the first run is this program's
            return
        upcoming = self.programs[(self.position + 1) % len(self.programs)]
        try:
            code = self.problem.constants.substitute(upcoming.path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return
        if self.sheet is None:  # answers run no program
            self.app.warm_up(self.problem, languages.get(upcoming.language), code, len(self.all_tests()))

    # ---- layout --------------------------------------------------------------
    def action_toggle_projector(self) -> None:
        self.toggle_class("-projector")
        self._fit_tests_pane()

    def _fit_tests_pane(self) -> None:
        """Every row in view when there is room, up to TESTS_SHARE of the height."""
        if self._user_sized_tests or not self.size.height:
            return
        rows = self.query_one(TestTable).row_count + 1
        share = max(8, int((self.size.height - 4) * TESTS_SHARE))
        self.query_one("#tests-pane").styles.height = min(rows, share)

    # ---- the user's data stays untouched -------------------------------------
    def save(self, quiet: bool = False) -> None:
        if not quiet:
            self.notify("Demo mode saves nothing: your own code for this problem is untouched.", title="Not saved")
        self._show_saved()

    def _show_saved(self) -> None:
        self.query_one(StatusLine).set_note(f"{self.language.name} · demo mode: nothing is saved")

    def _record(self, report: Report) -> None:
        """A demo's runs are not the user's results."""

    def custom_tests(self) -> list[CustomTest]:
        return []  # the user's own tests are not the room's

    def action_add_test(self) -> None:
        self.notify("Demo mode runs the problem's own tests; custom tests belong to practice mode.", severity="warning")


class DemoDetailsScreen(DetailsScreen):
    """A test of the demo in full, hidden ones too, with the demo's header,
    keys and cycle: the next program is one key away from here as well."""

    BINDINGS = CYCLE_BINDINGS

    def __init__(self, demo: DemoScreen, position: int) -> None:
        super().__init__(demo.problem, demo.panel.rows(), position, set(demo.panel.unjudged), reveal_hidden=True)
        self.demo = demo
        self.set_class(demo.has_class("-projector"), "-projector")

    def compose(self) -> ComposeResult:
        yield DemoHeader(*self.demo._header_state(), id="demo-header")
        yield from super().compose()
        keys = binding_keys(self, [NEXT, "details.close", "details.next"])
        words = ((NEXT, "next program"), ("details.close", "back"), ("details.next", "next test"))
        yield KeyEcho("   ".join(f"{keys[i]} {what}" for i, what in words if i in keys), id="key-echo")

    def action_cycle(self, step: int) -> None:
        self.dismiss()
        self.demo.action_cycle(step)
