"""The line over a demo that names the program in the editor and what is
wrong with it: "Showing: wrong_answer/int_overflow.cpp — the sum overflows…"."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from tui.packages.demo_programs import REFERENCE, STARTER, DemoProgram

KIND_STYLE = {REFERENCE: "text-success", STARTER: "text-accent"}


class DemoHeader(Horizontal):
    """What the editor holds, and where it is in the cycle."""

    def __init__(
        self, program: DemoProgram | None = None, position: int = 0, total: int = 0, language: str = "", keys: str = "", **kwargs
    ) -> None:
        super().__init__(**kwargs)
        self._state = (program, position, total, language, keys)

    def compose(self) -> ComposeResult:
        yield Label(id="demo-showing")
        yield Label(id="demo-position")

    def on_mount(self) -> None:
        self.show(*self._state)

    def show(self, program: DemoProgram | None, position: int, total: int, language: str = "", keys: str = "") -> None:
        """program None: the package ships nothing to show (the editor holds a template)."""
        showing = Text("Showing: ", style="bold")
        if program is None:
            showing.append("a blank template — this package ships no reference solution, starter or submissions")
        else:
            color = self.app.get_css_variables().get(KIND_STYLE.get(program.kind, "text-error"), "")
            showing.append(program.label, style=f"bold {color}")
            if language:
                showing.append(f" ({language})")
            showing.append(" — " + program.description)
        self.query_one("#demo-showing", Label).update(showing)
        self.query_one("#demo-position", Label).update(Text(f"{position + 1}/{total}" + (f" · {keys}" if keys else "") if total else keys))

    @property
    def text(self) -> str:
        return str(self.query_one("#demo-showing", Label).content)
