"""The problem picker: every problem in the library, filtered as you type."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from tui.app.store import LastResult
from tui.app.widgets import StatusLine
from tui.judging.verdicts import display
from tui.packages import Problem

TABLE_KEYS = {"down": "action_cursor_down", "up": "action_cursor_up", "pagedown": "action_page_down", "pageup": "action_page_up"}
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2, None: 3}


def matches(problem: Problem, query: str) -> bool:
    """Every word of the query appears in the title, slug, difficulty or tags."""
    haystack = " ".join([problem.title, problem.slug, problem.difficulty or "", *problem.tags]).lower()
    return all(word in haystack for word in query.lower().split())


def state_text(result: LastResult | None) -> Text:
    if result is None:
        return Text("")
    if result.solved:
        return Text("✅ solved", style="bold")
    return Text("✗ attempted")


def last_text(result: LastResult | None) -> Text:
    if result is None:
        return Text("—", style="dim")
    name = display(result.verdict)
    if result.verdict == "CE":
        return Text(name)
    return Text(f"{name} {result.passed}/{result.total}")


class PickerScreen(Screen):
    BINDINGS = [
        Binding("ctrl+f", "focus_filter", "Filter", id="picker.filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="picker.clear"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static("ProctorX — pick a problem", id="picker-title")
            yield Input(placeholder="Filter by title, tag or difficulty…", id="picker-filter")
            yield DataTable(cursor_type="row", zebra_stripes=True, id="picker-table")
            with VerticalScroll(id="picker-info-box"):
                yield Static(id="picker-info")
        yield StatusLine()
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#picker-table", DataTable)
        # Tags last: the column a narrow terminal can lose.
        for label, key in (
            ("Title", "title"),
            ("Difficulty", "difficulty"),
            ("Tests", "tests"),
            ("State", "state"),
            ("Last run", "last"),
            ("Tags", "tags"),
        ):
            table.add_column(label, key=key)
        self.refill()
        self.query_one("#picker-filter", Input).focus()

    def on_screen_resume(self) -> None:
        self.refill()

    def refill(self) -> None:
        """Rebuilds the rows for the current filter, keeping the cursor's problem."""
        table = self.query_one("#picker-table", DataTable)
        query = self.query_one("#picker-filter", Input).value
        current = self.highlighted_slug()
        results = self.app.store.results()
        shown = [p for p in self.app.library.problems if matches(p, query)]
        shown.sort(key=lambda p: (DIFFICULTY_ORDER.get(p.difficulty, 3), p.title.lower()))
        table.clear()
        for problem in shown:
            result = results.get(problem.slug)
            table.add_row(
                Text(problem.title, style="bold"),
                Text(problem.difficulty or "—"),
                Text(f"{len(problem.samples)} + {len(problem.hidden)}"),
                state_text(result),
                last_text(result),
                Text(", ".join(problem.tags)),
                key=problem.slug,
            )
        if current in [p.slug for p in shown]:
            table.move_cursor(row=table.get_row_index(current))
        self._describe(len(shown))

    def _describe(self, shown: int) -> None:
        library = self.app.library
        total = len(library.problems)
        parts = [f"{shown} of {total} problems" if shown != total else f"{total} problems"]
        parts.append("enter opens one")
        text = Text(" · ".join(parts), style="dim")
        if library.errors:
            count = len(library.errors)
            text.append(f"\n⚠ {count} problem folder{'s' * (count > 1)} could not be loaded:", style="bold")
            for error in library.errors:
                text.append(f"\n  • {error}")
        if not total:
            text.append("\nNo problems found: pass --problems DIR with problem folders in it.", style="bold")
        self.query_one("#picker-info", Static).update(text)

    def highlighted_slug(self) -> str | None:
        table = self.query_one("#picker-table", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @on(Input.Changed, "#picker-filter")
    def _filter(self) -> None:
        self.refill()
        table = self.query_one("#picker-table", DataTable)
        if table.row_count:
            table.move_cursor(row=0)

    @on(Input.Submitted, "#picker-filter")
    def _open_highlighted(self) -> None:
        slug = self.highlighted_slug()
        if slug:
            self.app.open_problem(slug)

    @on(DataTable.RowSelected, "#picker-table")
    def _open_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_problem(event.row_key.value)

    def on_key(self, event: events.Key) -> None:
        table = self.query_one("#picker-table", DataTable)
        filter_input = self.query_one("#picker-filter", Input)
        if self.focused is filter_input and event.key in TABLE_KEYS:
            # Arrows move through the list while the filter keeps the keyboard.
            getattr(table, TABLE_KEYS[event.key])()
            event.stop()
        elif self.focused is table and event.is_printable and event.character:
            filter_input.focus()
            filter_input.insert_text_at_cursor(event.character)
            event.stop()

    def action_focus_filter(self) -> None:
        self.query_one("#picker-filter", Input).focus()

    def action_clear_filter(self) -> None:
        self.query_one("#picker-filter", Input).value = ""
        self.action_focus_filter()
