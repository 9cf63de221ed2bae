"""ProctorXApp: owns the library, the user's store and the sandbox engine;
screens do the rest.  `run_app` is what the CLI calls."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
from functools import partial
from pathlib import Path
from typing import Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from tui import languages, resources
from tui.app import messages as msg
from tui.app.engine import Engine
from tui.app.screens import EngineErrorScreen, HelpScreen, PickerScreen, ProblemScreen
from tui.app.store import Store
from tui.app.widgets import CodeEditor, StatusLine
from tui.languages import Language, LanguageError
from tui.problems import Problem, ProblemError, find, load_library
from tui.sandbox import Sandbox, SandboxUnavailable

DARK, LIGHT = "textual-dark", "textual-light"


class ProctorXApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "ProctorX"
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
        Binding("question_mark", "help", "Help", show=False, id="app.help_key"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False, id="app.theme"),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
    ]

    def __init__(
        self,
        problem_roots: list[Path],
        problem: Problem | str | None = None,
        solution: Path | None = None,
        lang: str | None = None,
        sandbox_kind: str = "docker",
        sandbox: Sandbox | None = None,
        data_dir: Path | None = None,
        jobs: int | None = None,
    ) -> None:
        super().__init__()
        self.problem_roots = [Path(r) for r in problem_roots]
        self.library = load_library(*self.problem_roots)
        self.store = Store(data_dir)
        self.engine = Engine(sandbox_kind, sandbox, jobs)
        self._start = (problem, solution, lang)
        self.engine_state: tuple[str, bool | None] = (self.engine.describe(), True if sandbox else None)
        self.build_state: tuple[str, float | None] | None = None

    def on_mount(self) -> None:
        settings = self.store.settings()
        theme = settings.get("theme")
        if theme in self.available_themes:
            self.theme = theme
        self._apply_keymap(settings.get("keymap"))
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.push_screen(PickerScreen())
        problem, solution, lang = self._start
        if problem is not None:
            self.open_problem(problem, solution, lang)
        if not self.engine.ready.is_set():
            self._open_engine()
        if not self.is_headless:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(signum, self._stop_from_signal, signum)

    # ---- the engine -------------------------------------------------------
    @work(thread=True, group="engine", exit_on_error=False)
    def _open_engine(self) -> None:
        self.engine.open()
        self.post_message(msg.EngineStatus(self.engine.describe(), self.engine.error))

    def on_engine_status(self, message: msg.EngineStatus) -> None:
        self.engine_state = (message.description, message.error is None)
        for status in self.status_lines():
            status.set_engine(*self.engine_state)
        if message.error is not None:
            self.show_engine_error()
            return
        for screen in self.screen_stack:
            if isinstance(screen, ProblemScreen):
                self.prepare_language(screen.language)

    def show_engine_error(self) -> None:
        if not isinstance(self.screen, EngineErrorScreen):
            self.push_screen(EngineErrorScreen(self.engine.error or "the sandbox is not available"), self._engine_choice)

    def _engine_choice(self, choice: str | None) -> None:
        if choice == "retry":
            self.engine_state = (f"connecting to {self.engine.kind}…", None)
            for status in self.status_lines():
                status.set_engine(*self.engine_state)
            self._open_engine()

    def prepare_language(self, language: Language) -> None:
        """Builds the language's image ahead of the first run, if it's missing."""
        if self.engine.available:
            self._prepare(language)

    @work(thread=True, group="warm", exit_on_error=False)
    def warm_up(self, problem, language: Language, code: str, runs: int) -> None:
        """Starts the next run's single-use containers in the background."""
        self.engine.warm(problem, language, code, runs)

    @work(thread=True, group="prepare", exit_on_error=False)
    def _prepare(self, language: Language) -> None:
        try:
            self.engine.prepare(language, lambda line, fraction: self.post_message(msg.ImageProgress(line, fraction)))
        except SandboxUnavailable as exc:
            self.post_message(msg.ImageReady(str(exc)))
            return
        self.post_message(msg.ImageReady())

    def on_image_progress(self, message: msg.ImageProgress) -> None:
        self.build_state = (message.line, message.fraction)
        for status in self.status_lines():
            status.set_progress(message.line, message.fraction)
        for screen in self.screen_stack:
            if isinstance(screen, ProblemScreen) and screen.running:
                # Otherwise "Running…" would sit there for the minute a first build takes.
                screen.banner("Building the sandbox image (first use only, a minute or two)…", "running", message.line)

    def on_image_ready(self, message: msg.ImageReady) -> None:
        self.build_state = None
        for status in self.status_lines():
            status.clear_progress()
        if message.error:
            self.notify(message.error, title="The image could not be built", severity="error", timeout=20)

    def status_lines(self) -> Iterable[StatusLine]:
        for screen in self.screen_stack:
            yield from screen.query(StatusLine)

    # ---- screens ---------------------------------------------------------
    def open_problem(self, problem: Problem | str, solution: Path | None = None, lang: str | None = None) -> None:
        if isinstance(problem, str):
            try:
                problem = find(problem, *self.problem_roots)
            except ProblemError as exc:
                self.notify(str(exc), title="Can't open the problem", severity="error", timeout=15)
                return
        self.push_screen(ProblemScreen(problem, solution, lang))

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
            self.push_screen(HelpScreen())

    def _apply_keymap(self, keymap) -> None:
        """The user's remapping from settings.json: {"binding id": "keys"}."""
        if keymap is None:
            return
        if not isinstance(keymap, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()):
            self.notify('settings.json: "keymap" must map binding ids to keys, like {"problem.run": "f9"}; ignored.',
                        severity="warning", timeout=10)
            return
        self.set_keymap(keymap)

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK

    def _theme_changed(self, theme) -> None:
        self.store.update_settings(theme=theme.name)
        for screen in self.screen_stack:
            for editor in screen.query(CodeEditor):
                editor.follow_theme(theme.dark)

    def _save_all(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ProblemScreen):
                screen.save(quiet=True)

    def _stop_from_signal(self, signum: int) -> None:
        """A kill or a closed terminal: save, remove the containers, exit.
        With the terminal gone Textual's own exit can block writing to it, so
        a watchdog ends the process once the engine is closed."""
        self._save_all()
        self.engine.cancel_all()

        def watchdog() -> None:
            self.engine.close()
            time.sleep(3)
            os._exit(128 + signum)

        threading.Thread(target=watchdog, name="proctorx-exit", daemon=True).start()
        self.exit(return_code=128 + signum)

    async def action_quit(self) -> None:
        """Saves, cancels any run, removes every container, then exits."""
        self._save_all()
        self.engine.cancel_all()
        self.notify("Stopping any run and removing its containers…", title="Quitting")
        await asyncio.to_thread(self.engine.close)
        self.exit(0)

    # ---- command palette ------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ProblemScreen):
            yield SystemCommand("Run tests", "Judge the editor's code against every test (ctrl+r)", screen.action_run)
            if screen.running:
                yield SystemCommand("Cancel run", "Stop the tests and remove their containers (escape)", screen.action_cancel_run)
            yield SystemCommand("Save", "Save the code now (ctrl+s)", screen.action_save)
            yield SystemCommand("New custom test", "Add your own input and expected output (ctrl+n)", screen.action_add_test)
            yield SystemCommand("Hide/show statement", "Give the editor the whole width (f2)", screen.action_toggle_statement)
            yield SystemCommand("Back to problems", "The problem list (ctrl+o)", screen.action_problems)
            for language in languages.all_languages().values():
                if language.id != screen.language.id:
                    yield SystemCommand(f"Language: {language.name}", f"Switch the editor to {language.name}", partial(screen.switch_language, language.id))
        for problem in self.library.problems:
            yield SystemCommand(f"Open problem: {problem.title}", problem.difficulty or "", partial(self._open_from_palette, problem), discover=False)
        yield SystemCommand("Toggle light/dark theme", "Switch between textual-light and textual-dark (ctrl+t)", self.action_toggle_theme)
        yield SystemCommand("Help", "Keys and how ProctorX works (f1)", self.action_help)
        if not self.engine.available and self.engine.ready.is_set():
            yield SystemCommand("Connect to the sandbox again", self.engine.error or "", partial(self._engine_choice, "retry"))

    def _open_from_palette(self, problem: Problem) -> None:
        self.show_picker()
        self.open_problem(problem)


def run_app(
    problem: str | None = None,
    solution: Path | None = None,
    lang: str | None = None,
    problems_dir: Path | None = None,
    sandbox: str = "docker",
) -> int:
    """Opens the app (on `problem`, if given); the exit code for the CLI."""
    roots = ([Path(problems_dir)] if problems_dir else []) + [resources.problems_dir()]
    if problems_dir and not Path(problems_dir).is_dir():
        print(f"proctorx: --problems {problems_dir}: no such folder", file=sys.stderr)
        return 2
    chosen: Problem | None = None
    try:
        if problem:
            chosen = find(problem, *roots)
        if solution is not None:
            solution = Path(solution)
            if not solution.is_file():
                print(f"proctorx: --solution {solution}: no such file", file=sys.stderr)
                return 2
            if not lang:
                languages.for_file(solution)
        if lang:
            languages.get(lang)
    except (ProblemError, LanguageError) as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return 2
    app = ProctorXApp(roots, problem=chosen, solution=solution, lang=lang, sandbox_kind=sandbox)
    try:
        app.run()
    finally:
        app.engine.close()
    return app.return_code or 0
