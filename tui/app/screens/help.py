"""The help screen: what each key does, from the bindings themselves."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.keys import key_to_character
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

INTRO = """\
# ProctorX

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
`"keymap": {{"problem.run": "f9"}}` to `settings.json` in the folder above, and
restart.
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

    def compose(self) -> ComposeResult:
        from tui.app.screens.details import DetailsScreen
        from tui.app.screens.picker import PickerScreen
        from tui.app.screens.problem import ProblemScreen
        from tui.app.screens.stress import StressScreen
        from tui.app.widgets import TestTable

        keymap = getattr(self.app, "_keymap", {}) or {}
        text = INTRO.format(data=self.app.store.root)
        text += bindings_list("Everywhere", self.app.BINDINGS, keymap)
        text += bindings_list("Problem screen", ProblemScreen.BINDINGS, keymap)
        text += bindings_list("Test panel", TestTable.BINDINGS, keymap)
        text += bindings_list("Test details", DetailsScreen.BINDINGS, keymap)
        text += bindings_list("Stress test", StressScreen.BINDINGS, keymap)
        text += bindings_list("Problem list", PickerScreen.BINDINGS, keymap)
        with VerticalScroll(id="help-dialog"):
            yield Markdown(text)
        yield Footer()
