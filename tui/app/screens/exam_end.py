"""The end of an exam: "time is up" while the last code is judged and
logged, then the summary (per problem: best passed/total), locked."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static


class TimeUpScreen(Screen):
    """Covers the locked editors while the app judges and logs the code on screen."""

    def compose(self) -> ComposeResult:
        with Vertical(id="exam-end"):
            yield Static(Text("Time is up", style="bold"), id="exam-end-title")
            yield Static(Text("The editor is locked. Your code is being judged and logged one last time…"), id="exam-end-status")
        yield Footer()

    def show(self, line: str) -> None:
        self.query_one("#exam-end-status", Static).update(Text(line))


class ExamSummaryScreen(Screen):
    """The exam is over: what the log holds, per problem; only quitting is left."""

    BINDINGS = [Binding("ctrl+q", "app.quit", "Quit", id="summary.quit", priority=True)]

    def compose(self) -> ComposeResult:
        session = self.app.exam
        with Vertical(id="exam-end"):
            yield Static(Text(f"{session.exam.title} · {session.student}", style="bold"), id="exam-end-title")
            yield Static(Text(self.headline()), id="exam-end-status")
            yield DataTable(id="exam-summary", cursor_type="none", zebra_stripes=True)
            yield Static(
                Text(
                    f"Your log is closed: {session.where}\n"
                    "The proctor grades the last code you ran for each problem, judged again on their machine."
                ),
                id="exam-end-note",
            )
        yield Footer()

    def headline(self) -> str:
        end = next((r for r in reversed(self.app.exam.all_records) if r.get("event") == "end"), None)
        if end is not None and end.get("reason") != "time":
            return f"The exam is over ({end.get('reason')})."
        return "Time is up: the exam is over."

    def on_mount(self) -> None:
        session = self.app.exam
        tallies = session.tallies()
        table = self.query_one(DataTable)
        table.add_columns("Problem", "Best", "Runs")
        for problem in session.exam.problems:
            found = tallies.get(problem.slug)
            best = f"{found.best_passed}/{found.total} {found.best_verdict}" if found else "not run"
            table.add_row(problem.title, best, str(found.runs if found else 0), key=problem.slug)

    def rows(self) -> list[list[str]]:
        """The table's cells as text, top to bottom (for tests and people)."""
        table = self.query_one(DataTable)
        return [[str(cell) for cell in table.get_row(row.key)] for row in table.ordered_rows]
