"""The live test panel: one row per test, cells updated as results stream in."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from tui.judging import TestResult, Verdict
from tui.judging.grading import Grade
from tui.packages import TestCase
from tui.packages.scoring import TestGroup

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
# Status last, with fixed widths before it: a live update never moves a
# column, and a long verdict on a narrow screen only cuts itself.
STATUS_WIDTH = 15
COLUMNS = (
    ("#", "index", None),
    ("Test", "name", None),
    ("Kind", "kind", 6),
    ("Time", "time", 7),
    ("Memory", "memory", 8),
    ("Status", "status", None),
)


def _padded(status: Text | str) -> Text:
    text = Text(status) if isinstance(status, str) else status.copy()
    text.pad_right(max(0, STATUS_WIDTH - text.cell_len))
    return text


def kind_of(test: TestCase) -> str:
    if test.origin == "custom":
        return "custom"
    return "hidden" if test.hidden else "sample"


def ran(result: TestResult | None) -> bool:
    """Whether the program ran on this test (and so has output, time, memory)."""
    return result is not None and result.verdict.ran


def status_text(result: TestResult, judged: bool = True, colors: dict[str, str] | None = None) -> Text:
    """✅ Accepted / ❌ Wrong Answer / — Not Run ...; `judged` is False for a
    custom test without an expected output, which only shows what ran."""
    colors = colors or {}
    if result.verdict is Verdict.SKIP:
        return Text("— " + result.label, style="dim")
    if not judged and result.verdict in (Verdict.AC, Verdict.WA):
        return Text("▷ Ran, not judged", style=f"bold {colors.get('text-accent', '')}")
    if result.passed:
        return Text("✅ " + result.label, style=f"bold {colors.get('text-success', 'green')}")
    return Text("❌ " + result.label, style=f"bold {colors.get('text-error', 'red')}")


GROUP_KEY = "group:"


def score_text(value: float) -> str:
    """50, 12.5, ∞: a score as people read it."""
    if value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "-∞"
    return f"{value:g}" if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def group_status(score: float | None, most: float, verdict: Verdict | None = None, colors: dict[str, str] | None = None) -> Text:
    """A group's header cell: "— / 50" before a run, "50/50" after it."""
    colors = colors or {}
    if score is None:
        return Text(f"—/{score_text(most)}", style="dim")
    full = score >= most
    if full:
        style = colors.get("text-success", "green")
    else:
        style = colors.get("text-warning", "yellow") if score > 0 else colors.get("text-error", "red")
    text = Text(f"{score_text(score)}/{score_text(most)}", style=f"bold {style}")
    if verdict is Verdict.SKIP:
        text.append("  not run", style="dim")
    return text


def format_time(result: TestResult) -> str:
    return f"{result.time_ms} ms" if ran(result) else ""


def format_memory(result: TestResult) -> str:
    if not ran(result) or not result.memory_kb:
        return ""
    return f"{result.memory_kb / 1024:.1f} MB"


@dataclass
class Row:
    test: TestCase
    state: str = "idle"  # idle, queued, running, done, cancelled
    result: TestResult | None = None
    judged: bool = True


def _headers(root: TestGroup) -> dict[int, list[TestGroup]]:
    """The groups whose header goes before each test: every group but data/
    itself, before its first test, parents first."""
    found: dict[int, list[TestGroup]] = {}
    for group in root.walk()[1:]:
        tests = group.tests()
        if tests:
            found.setdefault(tests[0], []).append(group)
    return found


class TestTable(DataTable):
    """Rows keyed by the test's index, so a result updates its own cells."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Details", id="tests.details"),
        Binding("delete,d", "delete_custom", "Delete custom test", id="tests.delete_custom"),
        Binding("r", "run_one", "Run this test", id="tests.run_one"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.rows_by_index: dict[int, Row] = {}
        self.group_max: dict[str, float] = {}  # the header rows, by group name
        self._frame = 0
        self._palette: dict[str, str] | None = None

    def on_mount(self) -> None:
        for label, key, width in COLUMNS:
            self.add_column(label, key=key, width=width)
        self._spinner = self.set_interval(0.1, self._spin, pause=True)
        self.app.theme_changed_signal.subscribe(self, self._on_theme)

    def _on_theme(self, theme) -> None:
        self._palette = None
        self.restyle()

    def set_tests(self, tests: list[TestCase], groups: TestGroup | None = None) -> None:
        """A row per test; with a scoring problem's groups, a header row
        before each group's tests, for its score out of its maximum."""
        row = self.cursor_row
        self.clear()
        self.rows_by_index = {}
        self.group_max = {}
        headers = _headers(groups) if groups is not None else {}
        for test in tests:
            for group in headers.get(test.index, []):
                self.group_max[group.name] = group.max_score
                indent = "  " * group.name.count("/")
                name = Text(f"{indent}{group.name}", style="bold")
                cells = ("", name, Text("group", style="dim"), "", "", _padded(group_status(None, group.max_score)))
                self.add_row(*cells, key=GROUP_KEY + group.name)
            self.rows_by_index[test.index] = Row(test)
            cells = (Text(str(test.index)), Text(test.name), Text(kind_of(test)), "", "", _padded(Text("—", style="dim")))
            self.add_row(*cells, key=str(test.index))
        if tests:
            self.move_cursor(row=min(row, self.row_count - 1))

    def show_grade(self, grade: Grade | None) -> None:
        """Each group's score in its header row (None: not run yet)."""
        found = {g.name: g for g in grade.groups} if grade is not None else {}
        for name, most in self.group_max.items():
            g = found.get(name)
            status = group_status(None, most) if g is None else group_status(g.score, g.max_score, g.verdict, self._colors())
            self.update_cell(GROUP_KEY + name, "status", _padded(status), update_width=True)

    def position_of(self, index: int) -> int:
        """The table row of a test (header rows come between tests)."""
        return self.get_row_index(str(index))

    def current_test(self) -> Row | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        if key is None or key.startswith(GROUP_KEY):
            return None
        return self.rows_by_index.get(int(key))

    def _set(self, index: int, status: Text | str, time: str = "", memory: str = "") -> None:
        key = str(index)
        self.update_cell(key, "status", _padded(status), update_width=True)
        self.update_cell(key, "time", time)
        self.update_cell(key, "memory", memory)

    def mark_queued(self, only: set[int] | None = None) -> None:
        for index, row in self.rows_by_index.items():
            if only is None or index in only:
                row.state, row.result = "queued", None
                self._set(index, Text("· queued", style="dim"))

    def mark_waiting(self, ahead: int) -> None:
        """A judge server holds the run in its queue: rows not begun say how
        many runs it takes first."""
        for index, row in self.rows_by_index.items():
            if row.state == "queued":
                self._set(index, Text(f"· queued, {ahead} ahead", style="dim"))

    def replace_test(self, test: TestCase) -> None:
        """The same row with its test made anew (an expected output found, say)."""
        row = self.rows_by_index.get(test.index)
        if row is not None:
            row.test = test
            self.update_cell(str(test.index), "name", Text(test.name), update_width=True)

    def mark_running(self, index: int) -> None:
        row = self.rows_by_index.get(index)
        if row is None or row.state == "done":
            return
        row.state = "running"
        self._set(index, self._running_text())
        self._spinner.resume()
        if not self.has_focus:  # the user isn't looking through the rows: follow the run
            # After the refresh: rows just added have no height until then.
            self.call_after_refresh(self._bring_into_view, self.get_row_index(str(index)))

    def _bring_into_view(self, position: int) -> None:
        """Scrolls just enough for the row at `position` to be seen, without
        moving the cursor."""
        visible = self.scrollable_content_region.height - self.header_height
        if visible <= 0:
            return
        top = round(self.scroll_y)
        if position < top:
            self.scroll_to(y=position, animate=False)
        elif position >= top + visible:
            self.scroll_to(y=position - visible + 1, animate=False)

    def mark_finished(self, result: TestResult, judged: bool = True) -> None:
        row = self.rows_by_index.get(result.index)
        if row is None:
            return
        row.state, row.result, row.judged = "done", result, judged
        self._set(result.index, status_text(result, judged, self._colors()), format_time(result), format_memory(result))

    def _colors(self) -> dict[str, str]:
        if self._palette is None:
            self._palette = self.app.get_css_variables()
        return self._palette

    def restyle(self) -> None:
        """Finished rows again, in the colours of a new theme."""
        for index, row in self.rows_by_index.items():
            if row.state == "done" and row.result is not None:
                self.update_cell(str(index), "status", _padded(status_text(row.result, row.judged, self._colors())), update_width=True)

    def mark_compiling(self) -> None:
        for index, row in self.rows_by_index.items():
            if row.state == "queued":
                self.update_cell(str(index), "status", _padded(Text("· compiling", style="dim")))

    def mark_unfinished(self, label: str) -> None:
        """After a cancel or a failed run: rows that never finished say so."""
        for index, row in self.rows_by_index.items():
            if row.state in ("queued", "running"):
                row.state = "cancelled"
                self._set(index, Text("— " + label, style="dim"))
        self._spinner.pause()

    def _running_text(self) -> Text:
        color = self._colors().get("text-warning", "yellow")
        return Text(f"{SPINNER[self._frame % len(SPINNER)]} running", style=f"bold {color}")

    def _spin(self) -> None:
        self._frame += 1
        running = [i for i, row in self.rows_by_index.items() if row.state == "running"]
        if not running:
            self._spinner.pause()
            return
        text = _padded(self._running_text())
        for index in running:
            self.update_cell(str(index), "status", text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete_custom":
            row = self.current_test()
            return True if row is not None and row.test.origin == "custom" else None  # shown, dimmed
        return True

    def on_click(self, event: events.Click) -> None:
        # Runs before DataTable's own click handling: a click on a row that
        # isn't the cursor's only moves the cursor there, so select it after.
        row = event.style.meta.get("row")
        if isinstance(row, int) and row >= 0 and row != self.cursor_row:
            self.call_later(self.action_select_cursor)

    def on_data_table_row_highlighted(self) -> None:
        self.refresh_bindings()

    def action_delete_custom(self) -> None:
        row = self.current_test()
        if row is not None and row.test.origin == "custom":
            self.post_message(self.DeleteCustom(row.test))

    @dataclass
    class DeleteCustom(Message):
        test: TestCase

    def action_run_one(self) -> None:
        row = self.current_test()
        if row is not None:
            self.post_message(self.RunOne(row.test))

    @dataclass
    class RunOne(Message):
        """Run just this test."""

        test: TestCase
