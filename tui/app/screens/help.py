"""The help screen: what each key does, from the bindings themselves."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.keys import key_to_character
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

from tui import __version__, logs

INTRO = """\
# ProctorX {version}

Pick a problem, read it on the left, write a solution in the editor and press
**ctrl+r**: every test runs in its own fresh container and its row turns
✅ or ❌ as it finishes. **enter** on a row shows the test: input, expected and
actual output, and a diff pointing at the first difference (hidden tests show
only their verdict, time and memory).

Your code is saved as you type, per problem and language, in `{data}` —
never in the problem's folder. Custom tests (**ctrl+n**) are saved there too.
Drag the bars between the regions to resize them. **ctrl+p** opens the
command palette with every action.

Any key can be remapped by its binding's id (shown in brackets below): add
`"keymap": {{"problem.run": "f9"}}` to your settings, `{settings}`, and
restart. When something fails, the whole story is in the log, `{log}`.
"""


def _keys(binding: Binding, keymap: dict[str, str]) -> str:
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    shown = []
    for key in keys.split(","):
        key = key.strip()
        character = key_to_character(key)
        shown.append(f"`{character if character and character.isprintable() else key}`")
    return " / ".join(shown)


def bindings_list(title: str, bindings: list[Binding], keymap: dict[str, str]) -> str:
    lines = [f"## {title}", ""]
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            lines.append(f"- {_keys(binding, keymap)} — {binding.description}" + (f" [`{binding.id}`]" if binding.id else ""))
    return "\n".join(lines) + "\n\n"


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,f1", "app.pop_screen", "Close help", id="help.close")]

    def __init__(self, extra: list[tuple[str, list[Binding]]] | None = None) -> None:
        """extra: more sections of keys (title, bindings), listed after the problem screen's."""
        super().__init__()
        self.extra = extra or []

    def intro(self) -> str:
        return INTRO.format(
            version=__version__, data=self.app.store.root, settings=self.app.settings_path, log=logs.log_file() or "(no log file)"
        )

    def sections(self) -> list[tuple[str, list[Binding]]]:
        """(title, bindings) for each place of the app, in the order shown."""
        from tui.app.screens.details import DetailsScreen
        from tui.app.screens.picker import PickerScreen
        from tui.app.screens.problem import ProblemScreen
        from tui.app.screens.stress import StressScreen
        from tui.app.widgets import TestTable

        return [
            ("Everywhere", self.app.BINDINGS),
            ("Problem screen", ProblemScreen.BINDINGS),
            *self.extra,
            ("Test panel", TestTable.BINDINGS),
            ("Test details", DetailsScreen.BINDINGS),
            ("Stress test", StressScreen.BINDINGS),
            ("Problem list", PickerScreen.BINDINGS),
        ]

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "_keymap", {}) or {}
        text = self.intro()
        for title, bindings in self.sections():
            text += bindings_list(title, bindings, keymap)
        with VerticalScroll(id="help-dialog"):
            yield Markdown(text)
        yield Footer()
