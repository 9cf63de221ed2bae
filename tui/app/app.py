"""ProctorXApp: owns the library, the user's store and the runner; screens do
the rest.  `run_app` is what the CLI calls, with its arguments resolved."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from tui import logs, settings
from tui.app import messages as msg
from tui.app.runner import Runner
from tui.app.screens import EngineErrorScreen, HelpScreen, PickerScreen, ProblemScreen
from tui.app.store import Store
from tui.app.widgets import CodeEditor
from tui.languages import Language
from tui.packages import Library, Problem, ProblemError, find, load_library
from tui.sandbox import Sandbox, SandboxUnavailable

DARK, LIGHT = "textual-dark", "textual-light"
log = logging.getLogger(__name__)


class ProctorXApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "ProctorX"
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
        Binding("question_mark", "help", "Help", show=False, id="app.help_key"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False, id="app.theme"),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
    ]

    # What the status lines and the test panel show, watched by them: the
    # sandbox (its description, and True usable / False not / None not yet
    # known) and an image build under way (its line and fraction done).
    sandbox_state: reactive[tuple[str, bool | None]] = reactive(("", None), init=False)
    build_state: reactive[tuple[str, float | None] | None] = reactive(None, init=False)

    def __init__(
        self,
        problem_roots: list[Path],
        problem: Problem | None = None,
        solution: Path | None = None,
        language: Language | None = None,
        sandbox_kind: str = "docker",
        sandbox: Sandbox | None = None,
        data_dir: Path | None = None,
        jobs: int | None = None,
        runner=None,
        config_dir: Path | None = None,
    ) -> None:
        """Everything comes resolved (tui/cli/app.py): a problem that loaded, a
        solution that exists, a language that does.  config_dir holds
        settings.json (default: the user config folder)."""
        super().__init__()
        self.problem_roots = [Path(r) for r in problem_roots]
        self.store = Store(data_dir)
        loaded = settings.load(config_dir, self.store.root)
        self.settings, self.settings_path, self._settings_warnings = loaded.settings, loaded.path, loaded.warnings
        # A RemoteRunner (--judge URL) judges on a server, and brings the problems it holds.
        self.runner = runner or Runner(sandbox_kind, sandbox, jobs or self.settings.jobs, warm_depth=self.settings.warm_containers)
        self.library = self._library()
        self._start = (problem, solution, language)
        known = self.runner.available if self.runner.ready.is_set() else None
        self.set_reactive(ProctorXApp.sandbox_state, (self.runner.describe(), known))

    def _library(self) -> Library:
        """The local problems, and those the runner's judge server holds (the
        server's description wins: it is what judges)."""
        served = getattr(self.runner, "problems", None)
        if served and getattr(self.runner, "exam", None):  # an exam's token: the exam's problems, nothing else
            return Library(sorted(served.values(), key=lambda p: p.slug), [])
        local = load_library(*self.problem_roots)
        if not served:
            return local
        problems = {p.slug: p for p in local.problems} | served
        return Library(sorted(problems.values(), key=lambda p: p.slug), local.errors)

    def on_mount(self) -> None:
        for warning in self._settings_warnings:
            log.warning("settings: %s", warning)
            self.notify(warning, title="Settings", severity="warning", timeout=15)
        theme = self.settings.theme
        if theme in self.available_themes:
            self.theme = theme
        elif theme is not None:
            self.notify(f'{self.settings_path}: no theme "{theme}"; using {self.theme}', title="Settings", severity="warning", timeout=15)
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.show_first_screens()
        if not self.runner.ready.is_set():
            self._open_sandbox()
        elif not self.runner.available:  # a judge server already asked, and it failed
            self.call_after_refresh(self.show_engine_error)
        if not self.is_headless:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(signum, self._stop_from_signal, signum)

    def show_first_screens(self) -> None:
        """The picker, and the problem the command line named (exam mode shows its own)."""
        self.push_screen(PickerScreen())
        problem, solution, language = self._start
        if problem is not None:
            self.push_screen(self.problem_screen(problem, solution, language))

    # ---- the sandbox -------------------------------------------------------
    @work(thread=True, group="sandbox", exit_on_error=False)
    def _open_sandbox(self) -> None:
        self.runner.open()
        self.post_message(msg.SandboxStatus(self.runner.describe(), self.runner.error))

    def on_sandbox_status(self, message: msg.SandboxStatus) -> None:
        self.sandbox_state = (message.description, message.error is None)
        if message.error is not None:
            self.show_engine_error()
            return
        self._refresh_library()
        for screen in self.screen_stack:
            if isinstance(screen, ProblemScreen):
                self.prepare_language(screen.language)

    def _refresh_library(self) -> None:
        """A judge server reached again may hold other problems now."""
        if getattr(self.runner, "problems", None) is None:
            return
        library = self._library()
        if [p.slug for p in library.problems] != [p.slug for p in self.library.problems]:
            self.library = library
            for screen in self.screen_stack:
                if isinstance(screen, PickerScreen):
                    screen.refill()

    def show_engine_error(self) -> None:
        self.sandbox_state = (self.runner.describe(), False)
        if not isinstance(self.screen, EngineErrorScreen):
            title = getattr(self.runner, "unavailable_title", None)
            self.push_screen(EngineErrorScreen(self.runner.error or "the sandbox is not available", title), self._engine_choice)

    def _engine_choice(self, choice: str | None) -> None:
        if choice == "retry":
            self.sandbox_state = (f"connecting to {self.runner.kind}…", None)
            self._open_sandbox()

    def prepare_language(self, language: Language) -> None:
        """Builds the language's image ahead of the first run, if it's missing."""
        if self.runner.available:
            self._prepare(language)

    @work(thread=True, group="warm", exit_on_error=False)
    def warm_up(self, problem, language: Language, code: str, runs: int) -> None:
        """Starts the next run's single-use containers in the background."""
        self.runner.warm(problem, language, code, runs)

    @work(thread=True, group="prepare", exit_on_error=False)
    def _prepare(self, language: Language) -> None:
        try:
            self.runner.prepare(language, lambda line, fraction: self.post_message(msg.ImageProgress(line, fraction)))
        except SandboxUnavailable as exc:
            self.post_message(msg.ImageReady(str(exc)))
            return
        except Exception as exc:  # a bug, not the engine: one line here, the traceback in the log
            self.post_message(msg.ImageReady(logs.unexpected(f"preparing {language.name}", exc)))
            return
        self.post_message(msg.ImageReady())

    def on_image_progress(self, message: msg.ImageProgress) -> None:
        self.build_state = (message.line, message.fraction)

    def on_image_ready(self, message: msg.ImageReady) -> None:
        self.build_state = None
        if message.error:
            self.notify(message.error, title="The image could not be built", severity="error", timeout=20)
        refresh = getattr(self.screen, "mark_unbuilt_languages", None)
        if refresh is not None:  # the menu stops saying "not built yet" of it
            refresh()

    # ---- screens ---------------------------------------------------------
    def open_problem(self, slug: str) -> None:
        """Opens a problem of the library (the picker's choice)."""
        served = (getattr(self.runner, "problems", None) or {}).get(slug)
        if served is not None:
            self.push_screen(ProblemScreen(served))
            return
        try:
            problem = find(slug, *self.problem_roots)
        except ProblemError as exc:
            self.notify(str(exc), title="Can't open the problem", severity="error", timeout=15)
            return
        self.push_screen(self.problem_screen(problem))

    def problem_screen(self, problem: Problem, solution: Path | None = None, language: Language | None = None) -> ProblemScreen:
        """The screen a problem opens in (demo mode opens its own)."""
        return ProblemScreen(problem, solution, language)

    def show_picker(self) -> None:
        """Back to the problem list, saving and cancelling on the way out."""
        while len(self.screen_stack) > 2 and not isinstance(self.screen, PickerScreen):
            screen = self.screen
            if isinstance(screen, ProblemScreen):
                screen.save(quiet=True)
                screen.cancel_run()
            self.pop_screen()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    def help_sections(self) -> list[tuple[str, list[Binding]]]:
        """Sections of keys the help screen adds to its own (demo mode's keys)."""
        return []

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK

    def _theme_changed(self, theme) -> None:
        problem = settings.save(self.settings_path, theme=theme.name)
        if problem:
            self.notify(problem, title="The theme is not saved", severity="warning", timeout=15)
        for screen in self.screen_stack:
            for editor in screen.query(CodeEditor):
                editor.follow_theme(theme.dark)

    def _handle_exception(self, error: Exception) -> None:
        # Textual's hook for an exception nothing else caught (it then exits
        # and prints it): the log keeps the whole traceback for the admin.
        logs.unexpected("the app stopped on an unexpected error", error)
        super()._handle_exception(error)

    def _save_all(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ProblemScreen):
                screen.save(quiet=True)

    def _stop_from_signal(self, signum: int) -> None:
        """A kill or a closed terminal: save, remove the containers, exit.
        With the terminal gone Textual's own exit can block writing to it, so
        a watchdog ends the process once the engine is closed."""
        self._save_all()
        self.runner.cancel_all()

        def watchdog() -> None:
            self.runner.close()
            time.sleep(3)
            os._exit(128 + signum)

        threading.Thread(target=watchdog, name="proctorx-exit", daemon=True).start()
        self.exit(return_code=128 + signum)

    async def action_quit(self) -> None:
        """Saves, cancels any run, removes every container, then exits."""
        self._save_all()
        self.runner.cancel_all()
        self.notify("Stopping any run and removing its containers…", title="Quitting")
        await asyncio.to_thread(self.runner.close)
        self.exit(0)

    # ---- command palette ------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ProblemScreen):
            yield from self.problem_commands(screen)
            yield SystemCommand("New custom test", "Add your own input and expected output (ctrl+n)", screen.action_add_test)
            yield SystemCommand("Stress test", "Generated inputs, a brute's answers, until one fails (ctrl+g)", screen.action_stress)
            yield SystemCommand("Re-run the failed tests", "Only the tests that failed last time (f8)", screen.action_run_failed)
            yield SystemCommand("Edit in $VISUAL / $EDITOR", "Your own editor, then the code back here (f3)", screen.action_external_editor)
            yield SystemCommand("Run on change: on/off", "Run the tests when the code changes (f9)", screen.action_toggle_run_on_change)
            yield SystemCommand("Back to problems", "The problem list (ctrl+o)", screen.action_problems)
        for problem in self.library.problems:
            yield SystemCommand(
                f"Open problem: {problem.title}", problem.difficulty or "", partial(self._open_from_palette, problem), discover=False
            )
        yield SystemCommand("Toggle light/dark theme", "Switch between textual-light and textual-dark (ctrl+t)", self.action_toggle_theme)
        yield SystemCommand("Help", "Keys and how ProctorX works (f1)", self.action_help)
        if not self.runner.available and self.runner.ready.is_set():
            yield SystemCommand("Connect to the sandbox again", self.runner.error or "", partial(self._engine_choice, "retry"))

    def problem_commands(self, screen: ProblemScreen) -> Iterable[SystemCommand]:
        """What the palette offers on a problem screen, in practice and exam mode alike."""
        yield SystemCommand("Run tests", "Judge the editor's code against every test (ctrl+r)", screen.action_run)
        if screen.running:
            yield SystemCommand("Cancel run", "Stop the tests and remove their containers (escape)", screen.action_cancel_run)
        yield SystemCommand("Save", "Save the code now (ctrl+s)", screen.action_save)
        yield SystemCommand("Hide/show statement", "Give the editor the whole width (f2)", screen.action_toggle_statement)
        for language in screen.offered_languages():
            if language.id != screen.language.id:
                yield SystemCommand(
                    f"Language: {language.name}", f"Switch the editor to {language.name}", partial(screen.switch_language, language.id)
                )

    def _open_from_palette(self, problem: Problem) -> None:
        self.show_picker()
        self.push_screen(self.problem_screen(problem))


def run_app(
    roots: list[Path],
    problem: Problem | None = None,
    solution: Path | None = None,
    language: Language | None = None,
    sandbox: str = "docker",
    runner=None,
) -> int:
    """Opens the app (on `problem`, if given); the exit code for the CLI.
    runner: a RemoteRunner when a judge server judges."""
    if logs.log_file() is None:  # started other than by the CLI's main()
        logs.setup(echo=False)
    app = ProctorXApp(roots, problem=problem, solution=solution, language=language, sandbox_kind=sandbox, runner=runner)
    try:
        app.run()
    finally:
        app.runner.close()
    return app.return_code or 0
