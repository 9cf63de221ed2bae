"""The code editor: Textual's TextArea with C and C++ highlighting and an
indentation that follows the code as you type."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

# The TextArea language each ProctorX language id is highlighted as.
HIGHLIGHT = {"python": "python", "java": "java", "c": "c", "cpp": "cpp"}
DEDENT_AFTER = ("return", "pass", "break", "continue", "raise")


def _extra_languages() -> dict[str, tuple[object, str]]:
    """C and C++ grammars from tree-sitter-c / tree-sitter-cpp when installed.
    The C++ query extends the C one, as the grammar itself does."""
    found: dict[str, tuple[object, str]] = {}
    try:
        import tree_sitter_c
        from tree_sitter import Language as TSLanguage
    except ImportError:
        return found
    found["c"] = (TSLanguage(tree_sitter_c.language()), tree_sitter_c.HIGHLIGHTS_QUERY)
    try:
        import tree_sitter_cpp
    except ImportError:
        return found
    query = tree_sitter_c.HIGHLIGHTS_QUERY + "\n" + tree_sitter_cpp.HIGHLIGHTS_QUERY
    found["cpp"] = (TSLanguage(tree_sitter_cpp.language()), query)
    return found


class CodeEditor(TextArea):
    """A code editor for one of the judge's languages."""

    def __init__(self, text: str = "", lang_id: str = "python", **kwargs) -> None:
        super().__init__(
            text,
            soft_wrap=False,
            tab_behavior="indent",
            show_line_numbers=True,
            highlight_cursor_line=True,
            **kwargs,
        )
        for name, (grammar, query) in _extra_languages().items():
            self.register_language(name, grammar, query)
        self.lang_id = lang_id
        self.language = self._highlight_name(lang_id)

    def on_mount(self) -> None:
        self.follow_theme(self.app.current_theme.dark)

    def follow_theme(self, dark: bool) -> None:
        """The app's own colours when dark; a light syntax theme when light,
        where the dark syntax colours would be hard to read."""
        self.theme = "css" if dark else "github_light"

    def _highlight_name(self, lang_id: str) -> str | None:
        name = HIGHLIGHT.get(lang_id)
        return name if name in self.available_languages else None

    def set_code(self, code: str, lang_id: str) -> None:
        """Replaces the text and the language, with a fresh undo history."""
        self.lang_id = lang_id
        self.language = self._highlight_name(lang_id)
        self.load_text(code)
        self.move_cursor((0, 0))

    # ---- indentation ----------------------------------------------------
    @property
    def _unit(self) -> str:
        return "\t" if self.indent_type == "tabs" else " " * self.indent_width

    def _line_before_cursor(self) -> str:
        row, column = self.cursor_location
        return self.document.get_line(row)[:column]

    def _next_indent(self, before: str) -> str:
        indent = before[: len(before) - len(before.lstrip())]
        stripped = before.strip()
        if self.lang_id == "python":
            code = stripped.split("#", 1)[0].rstrip()
            if code.endswith(":"):
                return indent + self._unit
            if code.split(" ", 1)[0] in DEDENT_AFTER and indent:
                return indent[: -len(self._unit)] if indent.endswith(self._unit) else indent
            return indent
        if stripped.endswith(("{", "(", "[")):
            return indent + self._unit
        return indent

    async def _on_key(self, event: events.Key) -> None:
        if self.read_only or not self.selection.is_empty:
            await super()._on_key(event)
            return
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self._newline()
            return
        if event.character == "}" and self.lang_id != "python":
            before = self._line_before_cursor()
            if before and not before.strip() and before.endswith(self._unit):
                row, column = self.cursor_location
                event.stop()
                event.prevent_default()
                self._replace_via_keyboard("}", (row, column - len(self._unit)), (row, column))
                return
        await super()._on_key(event)

    def _newline(self) -> None:
        row, column = self.cursor_location
        line = self.document.get_line(row)
        before, after = line[:column], line[column:]
        indent = self._next_indent(before)
        if before.rstrip().endswith("{") and after.lstrip().startswith("}"):
            # Between braces: the closing one goes on its own line below.
            outer = before[: len(before) - len(before.lstrip())]
            self._replace_via_keyboard("\n" + indent + "\n" + outer, (row, column), (row, column))
            self.move_cursor((row + 1, len(indent)))
            return
        # The space that was right of the cursor shouldn't push the new line.
        end = column + len(after) - len(after.lstrip(" \t"))
        self._replace_via_keyboard("\n" + indent, (row, column), (row, end))
