"""Adding a custom test: an input, and an expected output if you know it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Label, TextArea

from tui.app.store import CustomTest


class CustomTestScreen(ModalScreen[CustomTest | None]):
    BINDINGS = [
        Binding("ctrl+s", "add", "Add test", id="custom.add"),
        Binding("escape", "cancel", "Cancel", id="custom.cancel"),
    ]

    def __init__(self, title: str, interactive: bool = False) -> None:
        """interactive: the input is the interactor's input file (the program
        never reads it), and the expected output its answer file."""
        super().__init__()
        self.problem_title = title
        self.interactive = interactive

    def compose(self) -> ComposeResult:
        with Vertical(id="custom-dialog"):
            yield Label(f"New custom test for {self.problem_title}", id="custom-title")
            if self.interactive:
                yield Label("The interactor's input file (it talks with your program; your program never reads this):")
            else:
                yield Label("Input (what your program reads):")
            yield TextArea("", id="custom-input", soft_wrap=False, show_line_numbers=True)
            if self.interactive:
                yield Label("The interactor's answer file — optional (most interactors need none):")
            else:
                yield Label("Expected output — optional: leave it empty to only see what your program prints:")
            yield TextArea("", id="custom-expected", soft_wrap=False, show_line_numbers=True)
            with Horizontal(id="custom-buttons"):
                yield Button("Add (ctrl+s)", variant="primary", id="custom-add")
                yield Button("Cancel (esc)", id="custom-cancel")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#custom-input", TextArea).focus()

    @on(Button.Pressed, "#custom-add")
    def action_add(self) -> None:
        text = self.query_one("#custom-input", TextArea).text
        if not text.strip():
            what = "the interactor should read" if self.interactive else "your program should read"
            self.notify(f"The input is empty: type what {what}.", severity="warning")
            return
        if not text.endswith("\n"):
            text += "\n"
        expected = self.query_one("#custom-expected", TextArea).text
        self.dismiss(CustomTest(text, expected if expected.strip() else None))

    @on(Button.Pressed, "#custom-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
