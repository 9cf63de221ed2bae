"""ProctorApp: the proctor's live view of the room (`proctorx proctor URL`).

A thread worker reads the judge server's room stream (/v1/proctor/events)
and posts each snapshot; the handler updates the table's cells in place
(rows keyed by exam and student, as Dolphie does).  Between snapshots the
time left counts down here: the server sends a snapshot only when something
in the room changed.  The source of snapshots is injectable, so the tests
feed it a room without a server.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from rich.markup import escape
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from tui.app import messages as msg

Source = Callable[[Callable[[dict], None], threading.Event], None]
RETRY_S = 2.0
STATE_ORDER = {"not started": 0, "sitting": 1, "ended": 2}


class Cell(Text):
    """A table cell that knows how it sorts (a time left, a score: not its text)."""

    def __init__(self, text: str, order, style: str = "", justify=None) -> None:
        super().__init__(text, style=style, justify=justify)
        self.order = order


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    whole = math.ceil(seconds)  # a countdown shows 30:00 until a whole second has gone
    hours, minutes, secs = whole // 3600, whole // 60 % 60, whole % 60
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def hhmmss(moment: str | None) -> str:
    return moment[11:19] if moment else "-"


def columns(snapshot: dict) -> list[tuple[str, str]]:
    """(key, label) of the table's columns for this room."""
    cols = [("student", "student")]
    if len(snapshot.get("exams", [])) > 1:
        cols.append(("exam", "exam"))
    cols += [("state", "state"), ("time", "time left"), ("runs", "runs")]
    slugs = dict.fromkeys(slug for exam in snapshot.get("exams", []) for slug in exam["problems"])
    cols += [(f"p:{slug}", slug) for slug in slugs]
    return [*cols, ("last", "last activity"), ("chain", "chain")]


def cells(student: dict, titles: dict[str, str], left: float | None) -> dict[str, Cell]:
    """A student's row, cell by column key."""
    row = {
        "student": Cell(student["student"], student["student"]),
        "exam": Cell(titles.get(student["exam"], ""), titles.get(student["exam"], "")),
        "state": Cell(student["state"], STATE_ORDER.get(student["state"], 3), "dim" if student["state"] == "ended" else ""),
        "time": Cell(clock(left), -1 if left is None else left, justify="right"),
        "runs": Cell(str(student["runs"]), student["runs"], justify="right"),
        "last": Cell(hhmmss(student.get("last_activity")), student.get("last_activity") or ""),
    }
    for slug, p in student["problems"].items():
        if p["runs"]:
            done = p["best_verdict"] == "AC"
            row[f"p:{slug}"] = Cell(
                f"{p['best_passed']}/{p['total']} {p['best_verdict']}",
                p["best_passed"] / max(1, p["total"]) + done,
                "green" if done else "",
            )
        else:
            row[f"p:{slug}"] = Cell("-", -1)
    verified = student["chain"]
    row["chain"] = Cell("ok", 1, "green") if verified["ok"] else Cell(f"BROKEN line {verified['bad_line']}", 0, "bold red")
    return row


class ProctorApp(App):
    CSS_PATH = "proctor.tcss"
    TITLE = "ProctorX · the room"
    BINDINGS = [
        Binding("s", "cycle_sort", "Sort by next", id="proctor.sort"),
        Binding("r", "reverse", "Reverse", id="proctor.reverse"),
        Binding("q", "quit", "Quit", id="proctor.quit"),
    ]

    def __init__(self, client=None, snapshot: dict | None = None, source: Source | None = None) -> None:
        super().__init__()
        self.client = client
        self.source = source or (client.proctor_events if client is not None else None)
        self.snapshot: dict | None = None
        self.received = 0.0  # time.monotonic() of the last snapshot: the countdown runs from it
        self.sort_key, self.reverse = "student", False
        self.stop = threading.Event()
        self._first = snapshot
        self._columns: list[tuple[str, str]] = []
        self._shown: dict[str, dict[str, Cell]] = {}  # row key -> the cells on screen
        if client is not None:
            self.sub_title = client.url

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("connecting…", id="room-status")
        yield DataTable(id="room", cursor_type="row", zebra_stripes=True)
        yield Static("", id="room-broken")
        yield Footer()

    def on_mount(self) -> None:
        if self._first is not None:
            self.apply(self._first)
        if self.source is not None:
            self.listen()
        self.set_interval(1.0, self.tick)

    def on_unmount(self) -> None:
        self.stop.set()

    # ---- the stream ----------------------------------------------------------
    @work(thread=True, group="room", exit_on_error=False)
    def listen(self) -> None:
        """Reads the room's stream until the app ends, again after a break."""
        while not self.stop.is_set():
            try:
                self.source(lambda snapshot: self.post_message(msg.RoomSnapshot(snapshot)), self.stop)
            except Exception as exc:  # a JudgeServerError from the client: said on screen, and tried again
                self.post_message(msg.RoomStreamLost(str(exc)))
            self.stop.wait(RETRY_S)

    def on_room_snapshot(self, message: msg.RoomSnapshot) -> None:
        self.apply(message.snapshot)

    def on_room_stream_lost(self, message: msg.RoomStreamLost) -> None:
        self.query_one("#room-status", Static).update(f"[b red]{escape(message.error)}[/] · trying again every {RETRY_S:g} s")

    # ---- the table -------------------------------------------------------------
    def left(self, student: dict) -> float | None:
        if student.get("time_left_s") is None:
            return None
        return max(0.0, student["time_left_s"] - (time.monotonic() - self.received))

    def apply(self, snapshot: dict) -> None:
        self.snapshot, self.received = snapshot, time.monotonic()
        table = self.query_one("#room", DataTable)
        wanted = columns(snapshot)
        if wanted != self._columns:
            table.clear(columns=True)
            for key, label in wanted:
                table.add_column(label, key=key)
            self._columns, self._shown = wanted, {}
            if self.sort_key not in {key for key, _ in wanted}:
                self.sort_key = "student"
        titles = {e["sha256"]: e["title"] for e in snapshot.get("exams", [])}
        keys = [key for key, _ in wanted]
        seen = set()
        for student in snapshot.get("students", []):
            row_key = f"{student['exam']}:{student['student']}"
            seen.add(row_key)
            row = cells(student, titles, self.left(student))
            shown = self._shown.get(row_key)
            if shown is None:
                table.add_row(*(row.get(key, Cell("", "")) for key in keys), key=row_key)
            else:
                for key in keys:
                    if key in row and (row[key].plain, row[key].style) != (shown[key].plain, shown[key].style):
                        table.update_cell(row_key, key, row[key])
            self._shown[row_key] = {key: row.get(key, Cell("", "")) for key in keys}
        for gone in set(self._shown) - seen:
            table.remove_row(gone)
            del self._shown[gone]
        self.sort()
        self.status()

    def status(self) -> None:
        snapshot = self.snapshot or {}
        students = snapshot.get("students", [])
        sitting = sum(s["state"] == "sitting" for s in students)
        broken = [s for s in students if not s["chain"]["ok"]]
        exams = escape(", ".join(e["title"] for e in snapshot.get("exams", [])) or "no exam")
        label = dict(self._columns).get(self.sort_key, self.sort_key)
        self.query_one("#room-status", Static).update(
            f"{exams} · {len(students)} students, {sitting} sitting · "
            + (f"[b red]{len(broken)} {'chain' if len(broken) == 1 else 'chains'} BROKEN[/]" if broken else "every chain verifies")
            + f" · verified {hhmmss(snapshot.get('verified'))} · sorted by {label}{' (reversed)' if self.reverse else ''}"
        )
        self.query_one("#room-broken", Static).update(
            "\n".join(f"[b red]BROKEN[/] {s['student']}: line {s['chain']['bad_line']}: {escape(s['chain']['reason'])}" for s in broken)
        )

    def tick(self) -> None:
        """The time left, counted down between snapshots."""
        if self.snapshot is None:
            return
        table = self.query_one("#room", DataTable)
        for student in self.snapshot.get("students", []):
            if student["state"] == "sitting":
                row_key = f"{student['exam']}:{student['student']}"
                left = self.left(student)
                cell = Cell(clock(left), left, justify="right")
                if row_key in self._shown and cell.plain != self._shown[row_key]["time"].plain:
                    table.update_cell(row_key, "time", cell)
                    self._shown[row_key]["time"] = cell

    # ---- sorting ---------------------------------------------------------------
    def sort(self) -> None:
        table = self.query_one("#room", DataTable)
        if not table.row_count:
            return
        by = (self.sort_key, "student") if self.sort_key != "student" else ("student",)

        def order(values):
            values = values if isinstance(values, tuple) else (values,)
            return tuple(getattr(v, "order", str(v)) for v in values)

        table.sort(*by, key=order, reverse=self.reverse)

    def sort_by(self, key: str, reverse: bool = False) -> None:
        self.sort_key, self.reverse = key, reverse
        self.sort()
        self.status()

    def action_cycle_sort(self) -> None:
        keys = [key for key, _ in self._columns] or ["student"]
        following = keys[(keys.index(self.sort_key) + 1) % len(keys)] if self.sort_key in keys else keys[0]
        self.sort_by(following)

    def action_reverse(self) -> None:
        self.sort_by(self.sort_key, not self.reverse)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        self.sort_by(key, not self.reverse if key == self.sort_key else False)

    def rows(self) -> list[list[str]]:
        """The table's text, row by row as shown."""
        table = self.query_one("#room", DataTable)
        return [[str(getattr(cell, "plain", cell)) for cell in table.get_row_at(i)] for i in range(table.row_count)]
