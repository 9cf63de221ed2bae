"""What the user sees instead of a crash when no sandbox can be used."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static


class EngineErrorScreen(ModalScreen[str]):
    """Dismissed with "retry" or "continue"."""

    BINDINGS = [
        Binding("r", "retry", "Try again", id="engine.retry"),
        Binding("escape,c", "continue", "Continue without running", id="engine.continue"),
    ]

    def __init__(self, error: str, title: str | None = None) -> None:
        super().__init__()
        self.error = error
        self.title_text = title or "The tests can't run: no sandbox is available"

    def compose(self) -> ComposeResult:
        with Vertical(id="engine-dialog"):
            yield Static(self.title_text, id="engine-title")
            yield Static(Text(self.error), id="engine-message")
            yield Static(
                "r tries again once the engine is up · escape keeps the editor open (your code is saved, "
                "ctrl+r will ask again) · ctrl+q quits",
                id="engine-keys",
            )
        yield Footer()

    def action_retry(self) -> None:
        self.dismiss("retry")

    def action_continue(self) -> None:
        self.dismiss("continue")
