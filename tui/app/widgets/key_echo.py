"""The keys a presenter presses, shown as they press them, for the room to
follow (demo mode).  Between presses it shows the keys worth knowing.

The app hears every key before any widget does (DemoApp.on_event) and keeps
the last few in its `keys_shown`; each KeyEcho on screen shows that.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

# Keys people say in words, as a keyboard labels them.
NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "space": "Space",
    "backspace": "Backspace",
    "delete": "Del",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "question_mark": "?",
}


def key_label(key: str) -> str:
    """ "ctrl+r" -> "Ctrl+R", "shift+f6" -> "Shift+F6", "escape" -> "Esc"."""
    parts = key.split("+")
    *modifiers, last = parts
    name = NAMES.get(last, last.upper() if len(last) == 1 or (last[0] == "f" and last[1:].isdigit()) else last.title())
    return "+".join([m.title() for m in modifiers] + [name])


def shown_keys(log: tuple[tuple[str, int], ...]) -> Text:
    """The pressed keys, oldest first, the newest brightest; a key pressed
    again in a row counts up instead of repeating ("↓ ×4")."""
    text = Text()
    for number, (label, count) in enumerate(log):
        if number:
            text.append("   ")
        newest = number == len(log) - 1
        text.append(f" {label}{f' ×{count}' if count > 1 else ''} ", style="bold reverse" if newest else "bold")
    return text


class KeyEcho(Static):
    """One line: the keys just pressed, or the hint (keys worth knowing)."""

    def __init__(self, hint: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.hint = hint

    def on_mount(self) -> None:
        self.watch(self.app, "keys_shown", self._show)

    def _show(self, log: tuple[tuple[str, int], ...]) -> None:
        self.set_class(bool(log), "-pressed")
        self.update(shown_keys(log) if log else Text(self.hint))

    @property
    def text(self) -> str:
        return str(self.content)
