"""The app in demo mode (`proctorx demo PROBLEM`): every problem opens in a
DemoScreen, and every key pressed is shown on screen for the room.
`run_demo` is what the CLI calls, with its arguments resolved."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual import events
from textual.app import SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from tui.app.app import ProctorXApp
from tui.app.screens.demo import DemoScreen
from tui.app.widgets.key_echo import key_label
from tui.languages import Language
from tui.packages import Problem

SHOWN_KEYS = 4
SHOWN_FOR_S = 6.0  # the pressed keys stay this long after the last one, then the hint returns


class DemoApp(ProctorXApp):
    TITLE = "ProctorX demo"

    # The last keys pressed, oldest first: (label, times pressed in a row); watched by each KeyEcho.
    keys_shown: reactive[tuple[tuple[str, int], ...]] = reactive((), init=False)

    def __init__(self, problem_roots: list[Path], problem: Problem | None = None, language: Language | None = None, **kwargs) -> None:
        super().__init__(problem_roots, problem=problem, language=language, **kwargs)
        self._demo_language = language
        self._keys_timer = None

    def problem_screen(self, problem: Problem, solution: Path | None = None, language: Language | None = None) -> DemoScreen:
        return DemoScreen(problem, language or self._demo_language)

    def help_sections(self) -> list[tuple[str, list[Binding]]]:
        return [("Demo mode", DemoScreen.BINDINGS)]

    # ---- the keys, for the room -----------------------------------------------
    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:  # once, not again as it bubbles back up
            self._echo(event)
        await super().on_event(event)

    def _echo(self, event: events.Key) -> None:
        """Names the key and what it does; plain typing is left to the editor,
        where the room sees it anyway."""
        try:
            active = self.screen.active_bindings.get(event.key)
        except Exception:  # no screen yet
            return
        description = active.binding.description if active is not None and active.enabled else ""
        if event.is_printable and not description:
            return
        label = key_label(event.key) + (f" {description}" if description else "")
        log = list(self.keys_shown)
        if log and log[-1][0] == label:
            log[-1] = (label, log[-1][1] + 1)
        else:
            log.append((label, 1))
        self.keys_shown = tuple(log[-SHOWN_KEYS:])
        if self._keys_timer is not None:
            self._keys_timer.stop()
        self._keys_timer = self.set_timer(SHOWN_FOR_S, self._forget_keys)

    def _forget_keys(self) -> None:
        self.keys_shown = ()

    # ---- command palette ------------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, DemoScreen):
            for position, program in enumerate(screen.programs):
                yield SystemCommand(f"Show {program.label}", program.description, partial(screen.show_program, position))


def run_demo(roots: list[Path], problem: Problem, language: Language | None = None, sandbox: str = "docker") -> int:
    """Opens the app in demo mode on `problem`; the exit code for the CLI."""
    app = DemoApp(roots, problem=problem, language=language, sandbox_kind=sandbox)
    try:
        app.run()
    finally:
        app.runner.close()
    return app.return_code or 0
