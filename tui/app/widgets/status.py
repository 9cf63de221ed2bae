"""The status line: which sandbox runs the code, image builds, save state."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class StatusLine(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label(id="status-engine")
        yield ProgressBar(total=100, show_eta=False, id="status-progress")
        yield Label(id="status-build")
        yield Label(id="status-note")

    def on_mount(self) -> None:
        # What the app knows, now and as it changes (a screen opened later
        # picks it up the same way).
        self.query_one("#status-progress").display = False
        self.watch(self.app, "sandbox_state", lambda state: self.set_engine(*state))
        self.watch(self.app, "build_state", self._build_state)

    def _build_state(self, state: tuple[str, float | None] | None) -> None:
        if state is None:
            self.clear_progress()
        else:
            self.set_progress(*state)

    def set_engine(self, text: str, ok: bool | None) -> None:
        """ok: True when the sandbox is usable, False when it isn't, None while unknown."""
        label = self.query_one("#status-engine", Label)
        label.update(Text(("⬤ " if ok else "○ ") + text))
        label.set_class(ok is True and "weaker isolation" not in text, "-ok")
        label.set_class(ok is True and "weaker isolation" in text, "-weak")
        label.set_class(ok is False, "-error")

    def set_progress(self, line: str, fraction: float | None) -> None:
        bar = self.query_one("#status-progress", ProgressBar)
        bar.display = True
        if fraction is None:
            bar.update(total=None)
        else:
            bar.update(total=100, progress=round(fraction * 100))
        self.query_one("#status-build", Label).update(Text(line))

    def clear_progress(self) -> None:
        self.query_one("#status-progress").display = False
        self.query_one("#status-build", Label).update("")

    def set_note(self, text: str) -> None:
        self.query_one("#status-note", Label).update(Text(text))
