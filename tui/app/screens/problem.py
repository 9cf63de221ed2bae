"""The main screen: statement, editor and live tests for one problem."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Markdown, Select, Static, TextArea

from tui import languages, logs
from tui.app import messages as msg
from tui.app.answer_sheet import AnswerSheet
from tui.app.screens.confirm import ConfirmScreen
from tui.app.screens.custom_test import CustomTestScreen
from tui.app.screens.details import DetailsScreen
from tui.app.screens.practice import PracticeTools
from tui.app.store import CustomTest
from tui.app.widgets import CodeEditor, Splitter, StatusLine, TestPanel, TestTable
from tui.judging import Event, EventKind, Report, Verdict
from tui.judging.answers import ANSWERS
from tui.judging.submission import SubmissionError, read_submission
from tui.languages import Language
from tui.packages import Problem, TestCase
from tui.sandbox import SandboxUnavailable

AUTOSAVE_DELAY_S = 1.0
# What a submit-answer problem's screen doesn't offer: no program runs, so no
# custom tests, stress tests, run on change or your own editor for a program.
NO_PROGRAM = {"add_test", "stress", "toggle_run_on_change", "external_editor", "choose_language"}


def describe_limits(problem: Problem, factor: float = 1.0) -> str:
    """The limits as applied: a time limit scaled on a slow machine says so."""
    limits = problem.limits
    if problem.submit_answer:  # no program runs: its limits don't apply
        return f"Submit-answer: the editor holds your answer to each test · {len(problem.tests)} tests"
    time = f"{limits.time_s:g} s" + (" (default: the problem sets none)" if problem.time_limit_default else "")
    if factor != 1:
        time += f" × {factor:g} on this machine"
    parts = [f"Time limit {time}", f"memory {limits.memory_mb} MB"]
    if problem.difficulty:
        parts.append(problem.difficulty)
    if problem.tags:
        parts.append(", ".join(problem.tags))
    parts.append(f"{len(problem.samples)} sample + {len(problem.hidden)} hidden tests")
    return " · ".join(parts)


class ProblemScreen(PracticeTools, Screen):
    BINDINGS = [
        Binding("ctrl+r,f5", "run", "Run tests", id="problem.run"),
        # Not in the footer: the banner says "esc cancels" while a run is on,
        # and the footer is never rebuilt mid-run (that costs ~40 ms each time).
        Binding("escape", "cancel_run", "Cancel run", show=False, id="problem.cancel", priority=True),
        Binding("ctrl+c", "cancel_run", "Cancel run", show=False, id="problem.cancel_ctrl_c", priority=True),
        Binding("ctrl+s", "save", "Save", id="problem.save"),
        Binding("ctrl+n", "add_test", "New test", id="problem.add_test"),
        Binding("ctrl+l", "choose_language", "Language", id="problem.language"),
        # A submit-answer problem's ctrl+l, in its place: the same menu chooses the test answered.
        Binding("ctrl+l", "choose_answer", "Test answered", id="problem.answer_to"),
        Binding("f4", "switch_focus", "Editor/Tests", id="problem.switch_focus"),
        Binding("ctrl+o", "problems", "Problems", id="problem.problems"),
        Binding("f2", "toggle_statement", "Hide/show statement", show=False, id="problem.toggle_statement"),
        Binding("alt+left", "resize_statement(-4)", "Narrower statement", show=False, id="problem.narrow_statement"),
        Binding("alt+right", "resize_statement(4)", "Wider statement", show=False, id="problem.widen_statement"),
        Binding("alt+up", "resize_tests(2)", "Taller test panel", show=False, id="problem.taller_tests"),
        Binding("alt+down", "resize_tests(-2)", "Shorter test panel", show=False, id="problem.shorter_tests"),
        # Practice (screens/practice.py): not in the footer, which is full; f1 and ctrl+p list them.
        Binding("f8", "run_failed", "Re-run the failed tests", show=False, id="problem.run_failed"),
        Binding("ctrl+g", "stress", "Stress test", show=False, id="problem.stress"),
        Binding("f3", "external_editor", "Edit in $VISUAL / $EDITOR", show=False, id="problem.external_editor"),
        Binding("f9", "toggle_run_on_change", "Run the tests when the file changes: on/off", show=False, id="problem.run_on_change"),
    ]
    # Whether runs bring hidden tests back whole (their input, output, diff): demo mode's, never practice's.
    reveal_hidden = False

    def __init__(self, problem: Problem, solution: Path | None = None, language: Language | None = None) -> None:
        super().__init__()
        self.problem = problem
        # --solution DIR: a folder of sources.  Its main file is the one in the
        # editor; the others are read from disk again for every run.
        self.folder: Path | None = None
        if solution is not None and solution.is_dir():
            self.folder = solution
            submitted = read_submission(solution, language.id if language else None)
            solution, language = solution / (submitted.main or ""), submitted.language
        self.solution = solution
        # A submit-answer problem: the editor holds the answer to one test at a time.
        self.sheet: AnswerSheet | None = None
        if problem.submit_answer:
            self.sheet = self.answer_sheet()
            self.solution = self.folder = None
            self.language = ANSWERS
            self._initial = self.sheet.text(self.sheet.current)
        else:
            self.language = language or self._last_language()
            self._initial = self._code_for(self.language)
        # What the data directory holds for this language; a --solution FILE
        # isn't there yet, so the first save (autosave, run, switch) writes it.
        self._saved_text: str | None = self._initial
        if self.solution is not None:
            self._initial = self.solution.read_text(encoding="utf-8", errors="replace")
            if problem.path.resolve() in self.solution.resolve().parents:  # the package's own: its constants replaced
                self._initial = problem.constants.substitute(self._initial)
            self._saved_text = None
        self.unjudged: set[int] = set()
        self.run_code: tuple[Language, str] | None = None  # what the run in flight (or the last one) judged
        self._autosave_timer = None
        self._user_sized_tests = False

    # ---- set-up -------------------------------------------------------------
    @property
    def store(self):
        """Where this screen keeps the user's code, language and tests."""
        return self.app.store

    def offered_languages(self) -> list[Language]:
        """The languages the editor may switch to: those the problem allows."""
        return [language for language in languages.all_languages().values() if self.problem.allows(language.id)]

    def _last_language(self) -> Language:
        """The language the user last used on this problem, else Python."""
        known = {language.id: language for language in self.offered_languages()}
        last = self.store.last_language(self.problem.slug)
        if last in known:
            return known[last]
        return known.get("python") or next(iter(known.values()))

    def answer_sheet(self) -> AnswerSheet:
        """A submit-answer problem's answers: the data folder's."""
        return AnswerSheet(self.store, self.problem, self.restored_answers())

    def restored_answers(self) -> str | None:
        """A submit-answer problem's answers where the data folder has none (an exam's log)."""
        return None

    def _code_for(self, language: Language) -> str:
        saved = self.store.load_code(self.problem.slug, language)
        if saved is not None:
            return saved
        starter = self.problem.starters.get(language.id)
        if starter is not None:
            try:
                return self.problem.constants.substitute(starter.read_text(encoding="utf-8"))
            except OSError:
                pass
        return language.starter

    def compose(self) -> ComposeResult:
        options = [(lang.name, lang.id) for lang in self.offered_languages()]
        value = self.language.id
        if self.sheet is not None:  # the menu chooses the test whose answer the editor holds
            options, value = [(f"Answer to {key}", key) for key in self.sheet.keys], self.sheet.current
        with Horizontal(id="workspace"):
            with VerticalScroll(id="statement-pane"):
                yield Static(Text(describe_limits(self.problem, self._time_factor())), id="problem-meta")
                yield Markdown(self.problem.statement, id="statement")
                if self.sheet is not None:
                    yield Static(Text(self.sheet.preview(self.sheet.current)), id="answer-input")
            yield Splitter("statement-pane", vertical=True, minimum=20)
            with Vertical(id="work-pane"):
                with Horizontal(id="editor-bar"):
                    yield Label(Text(self.problem.title), id="editor-title")
                    yield Select(options, value=value, allow_blank=False, compact=True, id="language")
                yield CodeEditor(self._initial, self.language.id, id="editor")
                yield Splitter("tests-pane", vertical=False, minimum=4, within="work-pane")
                panel = TestPanel(id="test-panel")
                panel.groups = self.problem.scoring  # a scoring problem: a section per test group
                yield panel
        yield StatusLine()
        yield Footer()

    def on_mount(self) -> None:
        tests = self.all_tests()
        self.set_tests(tests)
        if self.sheet is not None:
            self.panel.banner(f"Write your answer to each of the {len(tests)} tests (the menu picks one) · ctrl+r judges them", "idle")
        else:
            self.panel.banner(f"ctrl+r runs the {len(tests)} tests · enter on a row shows a test", "idle")
        self.query_one(CodeEditor).focus()
        if self.sheet is not None:  # room for "Answer to secret/07-large"
            self.query_one("#language", Select).styles.width = min(48, 8 + max(len(f"Answer to {k}") for k in self.sheet.keys))
        self._show_saved()
        self.app.prepare_language(self.language)
        self.warm_up()
        self.mark_unbuilt_languages()
        if self.folder is not None and self.solution is not None:
            others = len(self.folder_files(self.language)[0] or {})
            self.notify(f"{self.folder.name}/: {self.solution.name} is in the editor; its {others} other file(s) go with every run.")
        # The time limit shown is the one applied: known once the sandbox is open.
        self.watch(self.app, "sandbox_state", self._show_limits, init=False)

    def _time_factor(self) -> float:
        return getattr(self.app.runner, "time_factor", 1.0)

    def _show_limits(self, state=None) -> None:
        self.query_one("#problem-meta", Static).update(Text(describe_limits(self.problem, self._time_factor())))

    @property
    def panel(self) -> TestPanel:
        return self.query_one(TestPanel)

    @property
    def running(self) -> bool:
        return self.panel.running

    # ---- what the run needs ------------------------------------------------
    def code(self) -> str:
        """What a run judges: the editor's program, or every answer of a submit-answer problem."""
        text = self.editor_text()
        return text if self.sheet is None else self.sheet.packed(text)

    def editor_text(self) -> str:
        return self.query_one(CodeEditor).text

    def custom_tests(self) -> list[CustomTest]:
        return self.store.custom_tests(self.problem.slug)

    def all_tests(self) -> list[TestCase]:
        """The problem's tests, then the user's; a custom test without an
        expected output gets an empty answer and is shown, not judged."""
        tests = list(self.problem.tests)
        self.unjudged = set()
        if self.sheet is not None:  # nothing runs on an input of the user's own
            return tests
        for number, custom in enumerate(self.custom_tests(), start=1):
            index = len(tests) + 1
            if custom.expected is None and not self.problem.interactive:  # an interactor judges without one
                self.unjudged.add(index)
            tests.append(
                TestCase(
                    index=index,
                    name=f"custom {number}",
                    hidden=False,
                    origin="custom",
                    inline_input=custom.input.encode(),
                    inline_answer=(custom.expected or "").encode(),
                )
            )
        return self.answer_from_cache(tests)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_run":
            return self.running  # otherwise escape and ctrl+c go on to the focused widget
        if action == "choose_answer":
            return self.sheet is not None
        return self.sheet is None or action not in NO_PROGRAM

    # ---- saving ---------------------------------------------------------
    @on(TextArea.Changed, "#editor")
    def _edited(self) -> None:
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        if self.editor_text() != self._saved_text:
            self.query_one(StatusLine).set_note(f"{self._editing_what()} · editing")
            self._autosave_timer = self.set_timer(AUTOSAVE_DELAY_S, lambda: self.save(quiet=True))

    def save(self, quiet: bool = False) -> None:
        """Autosave (quiet) writes to the data directory when the code changed;
        ctrl+s always writes, and also into --solution FILE when that file is
        not part of a problem package."""
        code = self.editor_text()
        store = self.store
        if self.sheet is not None:
            self._save_answer(code, quiet)
            return
        if code != self._saved_text or not quiet:
            path = store.save_code(self.problem.slug, self.language, code)
            self._saved_text = code
            store.set_last_language(self.problem.slug, self.language.id)
            if not quiet:
                where = [str(path)]
                if self._writable_solution() and self.write_solution_file(code):
                    where.insert(0, str(self.solution))
                self.notify("Saved to " + " and ".join(where), title="Saved")
        self._show_saved()

    def _save_answer(self, text: str, quiet: bool) -> None:
        if text != self._saved_text or not quiet:
            path = self.sheet.save(self.sheet.current, text)
            self._saved_text = text
            if not quiet:
                self.notify(f"Saved to {path} (that folder is a submission for proctorx judge)", title="Saved")
        self._show_saved()

    def _editing_what(self) -> str:
        return self.language.name if self.sheet is None else f"answer to {self.sheet.current}"

    def switch_answer(self, key: str) -> None:
        """The editor takes the test's answer, the current one saved first."""
        select = self.query_one("#language", Select)
        if self.running:
            self.notify("Wait for the run to finish (or cancel it) before switching answers.", severity="warning")
            select.value = self.sheet.current
            return
        if key == self.sheet.current or key not in self.sheet.tests:
            return
        self.sheet.hold(self.sheet.current, self.editor_text())  # kept even where nothing is saved (a demo)
        self.save(quiet=True)
        self.sheet.current = key
        with select.prevent(Select.Changed):
            select.value = key
        self.show_answer()

    def show_answer(self) -> None:
        """The editor and the input pane take the current test's answer."""
        text = self.sheet.text(self.sheet.current)
        self._saved_text = text
        self.query_one(CodeEditor).set_code(text, ANSWERS.id)
        self.query_one("#answer-input", Static).update(Text(self.sheet.preview(self.sheet.current)))
        self._show_saved()

    def _writable_solution(self) -> bool:
        """The --solution FILE gets ctrl+s too, unless it belongs to a problem
        package or holds another language than the editor now does."""
        if self.solution is None:
            return False
        try:
            if languages.for_file(self.solution).id != self.language.id:
                return False
        except languages.LanguageError:
            return False
        solution = self.solution.resolve()
        return not any(root.resolve() in solution.parents for root in self.app.problem_roots)

    def _show_saved(self) -> None:
        self.query_one(StatusLine).set_note(f"{self._editing_what()} · saved")

    def action_save(self) -> None:
        self.save(quiet=False)

    # ---- language -------------------------------------------------------
    @on(Select.Changed, "#language")
    def _language_changed(self, event: Select.Changed) -> None:
        if event.value is Select.BLANK:
            return
        if self.sheet is not None:
            self.switch_answer(str(event.value))
            self.set_focus(self.query_one(CodeEditor))
        elif event.value != self.language.id:
            self.switch_language(str(event.value))

    def switch_language(self, lang_id: str) -> None:
        if self.running:
            self.notify("Wait for the run to finish (or cancel it) before switching language.", severity="warning")
            self.query_one("#language", Select).value = self.language.id
            return
        self.save(quiet=True)
        self.language = languages.get(lang_id)
        self.query_one("#language", Select).value = lang_id
        code = self._code_for(self.language)
        self._saved_text = code
        self.query_one(CodeEditor).set_code(code, lang_id)
        self.store.set_last_language(self.problem.slug, lang_id)
        self._show_saved()
        self.set_focus(self.query_one(CodeEditor))
        self.app.prepare_language(self.language)
        self.warm_up()

    @work(thread=True, group="built", exclusive=True, exit_on_error=False)
    def mark_unbuilt_languages(self) -> None:
        """Says in the language menu which languages have no image yet: the
        first run in one builds it (a minute or more)."""
        missing_images = getattr(self.app.runner, "missing_images", None)
        if missing_images is None or self.sheet is not None:  # answers need no image
            return
        missing = missing_images(self.offered_languages())
        if missing:
            self.app.call_from_thread(self._label_languages, missing)

    def _label_languages(self, missing: set[str]) -> None:
        select = self.query_one("#language", Select)
        options = [(lang.name + ("  · not built yet" if lang.id in missing else ""), lang.id) for lang in self.offered_languages()]
        with select.prevent(Select.Changed):
            select.set_options(options)
            select.value = self.language.id

    def action_choose_language(self) -> None:
        select = self.query_one("#language", Select)
        select.focus()
        select.action_show_overlay()

    def action_choose_answer(self) -> None:
        self.action_choose_language()

    # ---- tests: details and custom -----------------------------------------
    @on(DataTable.RowSelected, "#tests")
    def _show_details(self) -> None:
        table = self.query_one(TestTable)
        row = table.current_test()
        if row is not None:  # a group's header row has no details
            self.app.push_screen(self.details_screen(self.panel.rows().index(row)))

    @on(DataTable.RowHighlighted, "#tests")
    def _follow_row(self) -> None:
        """A submit-answer problem: the editor follows the test chosen in the table."""
        if self.sheet is None or self.running:
            return
        row = self.query_one(TestTable).current_test()
        if row is not None and row.test.index <= len(self.problem.tests):
            self.switch_answer(self.sheet.keys[row.test.index - 1])

    def details_screen(self, position: int) -> DetailsScreen:
        """The screen that shows the row at `position` in full."""
        return DetailsScreen(self.problem, self.panel.rows(), position, set(self.panel.unjudged))

    def action_add_test(self) -> None:
        if self.running:
            self.notify("Wait for the run to finish before adding a test.", severity="warning")
            return
        self.app.push_screen(CustomTestScreen(self.problem.title, self.problem.interactive), self._add_custom)

    def _add_custom(self, test: CustomTest | None) -> None:
        if test is None:
            return
        tests = self.custom_tests() + [test]
        self.store.save_custom_tests(self.problem.slug, tests)
        table = self.query_one(TestTable)
        self.set_tests(self.all_tests())
        table.move_cursor(row=table.row_count - 1)
        self.notify(f"Added custom {len(tests)}: it runs with the others on ctrl+r.", title="Custom test")

    @on(TestTable.DeleteCustom)
    def _delete_custom(self, message: TestTable.DeleteCustom) -> None:
        if self.running:
            self.notify("Wait for the run to finish before deleting a test.", severity="warning")
            return
        position = message.test.index - len(self.problem.tests) - 1
        tests = self.custom_tests()
        if not 0 <= position < len(tests):
            return

        def answered(yes: bool | None) -> None:
            if yes and not self.running and self.custom_tests() == tests:
                del tests[position]
                self.store.save_custom_tests(self.problem.slug, tests)
                self.set_tests(self.all_tests())
                self.notify(f"Deleted {message.test.name}.", title="Custom test")

        self.app.push_screen(ConfirmScreen(f"Delete {message.test.name}? Its input and expected output are lost.", yes="Delete"), answered)

    # ---- layout and navigation ------------------------------------------------
    def set_tests(self, tests: list[TestCase]) -> None:
        self.panel.show_tests(tests, self.unjudged)
        self._fit_tests_pane()

    def _fit_tests_pane(self) -> None:
        """Every row in view when there is room (up to half the height),
        until the user sizes the panel themselves."""
        if self._user_sized_tests or not self.size.height:
            return
        rows = self.query_one(TestTable).row_count + 1  # and the header
        half = max(8, (self.size.height - 2) // 2)
        self.query_one("#tests-pane").styles.height = min(rows, half)

    def on_resize(self) -> None:
        self._fit_tests_pane()

    @on(Splitter.Moved)
    def _user_sized(self, message: Splitter.Moved) -> None:
        if not message.splitter.vertical:
            self._user_sized_tests = True

    def action_switch_focus(self) -> None:
        editor, table = self.query_one(CodeEditor), self.query_one(TestTable)
        # set_focus now, not focus() (deferred): keys typed right after go to the new widget.
        self.set_focus(table if editor.has_focus else editor)

    def action_toggle_statement(self) -> None:
        pane = self.query_one("#statement-pane")
        pane.display = not pane.display
        self.query_one(Splitter).display = pane.display

    def action_resize_statement(self, delta: int) -> None:
        pane = self.query_one("#statement-pane")
        pane.styles.width = max(20, min(pane.outer_size.width + delta, self.size.width - 30))

    def action_resize_tests(self, delta: int) -> None:
        self._user_sized_tests = True
        pane = self.query_one("#tests-pane")
        pane.styles.height = max(4, min(pane.outer_size.height + delta, self.size.height - 8))

    def action_problems(self) -> None:
        self.app.show_picker()

    # ---- running ------------------------------------------------------------
    def action_run(self) -> None:
        self.run_tests()

    def run_tests(self, only: set[int] | None = None, scope: str = "") -> None:
        """Every test, or `only` those (scope "one" or "failed", for the banner)."""
        if self.running:
            self.notify("Tests are already running: escape cancels them.", severity="warning")
            return
        self.save(quiet=True)
        tests = self.all_tests()
        run_id, cancel = self.panel.start(tests, self.unjudged, self.language, only=only, scope=scope)
        self._fit_tests_pane()
        chosen = tests if only is None else [t for t in tests if t.index in only]
        self.run_code = (self.language, self.code())
        self._judge(run_id, self.language, self.code(), chosen, cancel)

    def folder_files(self, language: Language) -> tuple[dict[str, bytes] | None, str | None]:
        """The folder's other files as they are on disk now, and the main
        file's path in it; (None, None) when the code is one file (also when
        the user switched to another language than the folder's)."""
        if self.folder is None or self.solution is None or language.id != languages.for_file(self.solution).id:
            return None, None
        main = self.solution.relative_to(self.folder).as_posix()
        submitted = read_submission(self.folder, language.id, main)
        return submitted.files, main

    def action_cancel_run(self) -> None:
        self.panel.cancel()

    def cancel_run(self) -> None:
        if self.panel.cancel_event is not None:
            self.panel.cancel_event.set()

    @work(thread=True, group="judge", exit_on_error=False)
    def _judge(self, run_id: int, language: Language, code: str, tests: list[TestCase], cancel) -> None:
        """A thin worker: the runner judges, the panel hears of every step."""
        runner, panel = self.app.runner, self.panel
        while not runner.ready.wait(0.2):
            if cancel.is_set():
                return
        if not runner.available:
            runner.open()  # the engine may have been started since: try again
            if not runner.available:
                panel.post_message(msg.RunFailed(run_id, runner.error or "the sandbox is not available"))
                return
            self.app.post_message(msg.SandboxStatus(runner.describe()))

        def on_event(event: Event) -> None:
            if event.kind is EventKind.COMPILE_STARTED:
                self.app.post_message(msg.ImageReady())  # whatever had to be built is built
            panel.post_message(msg.JudgeEvent(run_id, event))

        def progress(line: str, fraction: float | None) -> None:
            self.app.post_message(msg.ImageProgress(line, fraction))

        try:
            tests = self.fill_reference_answers(run_id, tests, cancel)
            extra_files, main = self.folder_files(language)
            extra = {"extra_files": extra_files, "main": main} if main else {}
            runner.judge(self.problem, language, code, tests, on_event, cancel, progress, reveal_hidden=self.reveal_hidden, **extra)
        except SubmissionError as exc:
            panel.post_message(msg.RunFailed(run_id, str(exc)))
        except SandboxUnavailable as exc:
            # A judge server's runner builds no images: its failure is the banner's alone.
            self.app.post_message(msg.ImageReady(str(exc) if getattr(runner, "builds_images", True) else None))
            panel.post_message(msg.RunFailed(run_id, str(exc)))
        except Exception as exc:  # the judge broke: say so instead of hanging on "running"; the log has the traceback
            panel.post_message(msg.RunFailed(run_id, logs.unexpected("internal error while judging", exc)))

    @on(TestPanel.Ended)
    def _run_ended(self, message: TestPanel.Ended) -> None:
        self.run_ended(message)

    def run_ended(self, message: TestPanel.Ended) -> None:
        """A run is over (a subclass adds what it keeps of it)."""
        report, runner = message.report, self.app.runner
        if report is None and not runner.available:
            self.app.show_engine_error()
        elif report is not None and report.sandbox_lost:
            # Its IE tests are not the user's doing: nothing is recorded, and
            # the status line says the engine is gone until a run works again.
            self.app.sandbox_state = (f"engine gone: {report.sandbox_lost.splitlines()[0]}", False)
        elif report is not None:
            if self.app.sandbox_state[1] is False and runner.available:
                self.app.sandbox_state = (runner.describe(), True)
            if not message.cancelled and not message.partial:
                self._record(report)
        # After the result is on screen: starting containers takes the CPU
        # the banner needs to appear.
        self.set_timer(0.5, self.warm_up)

    def warm_up(self) -> None:
        """The next ctrl+r starts warm: its containers start while the user reads."""
        if self.sheet is not None:  # answers run no program
            return
        self.app.warm_up(self.problem, self.language, self.code(), len(self.all_tests()))

    def _record(self, report: Report) -> None:
        own = [t for t in report.tests if t.index <= len(self.problem.tests)]
        verdict = Verdict.CE if report.verdict is Verdict.CE else next((t.verdict for t in own if not t.passed), Verdict.AC)
        self.store.record_result(self.problem.slug, verdict, sum(t.passed for t in own), len(own), self.language.id)
