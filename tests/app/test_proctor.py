"""The proctor's app (`proctorx proctor URL`) with a room fed by hand: the
table shows each student's state, time left, runs, best results and chain;
a new snapshot updates the cells in place; s, r and a header click sort.
Against a real server: tests/integration/test_server_proctor.py."""

from __future__ import annotations

import queue
import threading

from tui.app.proctor_app import ProctorApp

EXAM = {"title": "Lab exam", "sha256": "e" * 64, "duration_s": 3600, "problems": ["add-two", "reverse-words"]}


def student(name: str, state: str = "sitting", left: float | None = 1800, runs: dict | None = None, ok: bool = True) -> dict:
    problems = {"add-two": {"runs": 0, "best_passed": 0, "total": 0, "best_verdict": "", "first_full_pass": None}}
    problems["reverse-words"] = dict(problems["add-two"])
    for slug, (passed, total, verdict, count) in (runs or {}).items():
        problems[slug] = {"runs": count, "best_passed": passed, "total": total, "best_verdict": verdict, "first_full_pass": None}
    return {
        "student": name,
        "exam": EXAM["sha256"],
        "state": state,
        "time_left_s": left if state == "sitting" else None,
        "runs": sum(p["runs"] for p in problems.values()),
        "problems": problems,
        "last_activity": "2026-12-07T09:12:34.000+00:00" if runs else None,
        "chain": {"ok": ok, "records": 3, "bad_line": None if ok else 2, "reason": "" if ok else "hash does not match the line's content"},
    }


def room(*students: dict) -> dict:
    return {
        "server": "s1",
        "now": "2026-12-07T09:20:00.000+00:00",
        "verified": "2026-12-07T09:19:50.000+00:00",
        "exams": [EXAM],
        "students": list(students),
    }


class FedRoom:
    """A stream of snapshots the test puts in, as the server would send them."""

    def __init__(self) -> None:
        self.snapshots: queue.Queue = queue.Queue()

    def __call__(self, on_snapshot, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                on_snapshot(self.snapshots.get(timeout=0.05))
            except queue.Empty:
                continue


FIRST = room(
    student("carol", "not started", None),
    student("alice", runs={"add-two": (3, 3, "AC", 2)}),
    student("bob", "ended", runs={"add-two": (1, 3, "WA", 1)}),
)


async def until(pilot, condition, tries: int = 100) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never got there")


async def test_the_room_shows_each_student_and_updates_cells_as_snapshots_come():
    fed = FedRoom()
    app = ProctorApp(snapshot=FIRST, source=fed)
    async with app.run_test(size=(140, 30)) as pilot:
        rows = app.rows()
        assert [r[0] for r in rows] == ["alice", "bob", "carol"]
        assert rows[0][1:4] == ["sitting", "30:00", "2"] and rows[0][4:6] == ["3/3 AC", "-"]
        assert rows[1][1:5] == ["ended", "-", "1", "1/3 WA"] and rows[2][1:3] == ["not started", "-"]
        assert rows[0][-1] == "ok"
        fed.snapshots.put(
            room(
                FIRST["students"][0],
                student("alice", runs={"add-two": (3, 3, "AC", 2), "reverse-words": (0, 4, "CE", 1)}, ok=False),
                FIRST["students"][2],
            )
        )
        await until(pilot, lambda: app.rows()[0][5] == "0/4 CE")
        assert app.rows()[0][3] == "3" and app.rows()[0][-1] == "BROKEN line 2"
        assert "1 chain BROKEN" in str(app.query_one("#room-status").render())
        assert "alice: line 2: hash does not match" in str(app.query_one("#room-broken").render())


async def test_the_time_left_counts_down_between_snapshots():
    app = ProctorApp(snapshot=room(student("alice", left=65)))
    async with app.run_test(size=(140, 30)) as pilot:
        assert app.rows()[0][2] == "1:05"
        await until(pilot, lambda: app.rows()[0][2] in ("1:03", "1:02", "1:01"), tries=80)


async def test_s_cycles_the_sort_column_r_reverses_and_a_header_click_sorts():
    app = ProctorApp(snapshot=FIRST)
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.press("s")  # by state: not started, sitting, ended
        assert app.sort_key == "state" and [r[0] for r in app.rows()] == ["carol", "alice", "bob"]
        await pilot.press("r")
        assert [r[0] for r in app.rows()] == ["bob", "alice", "carol"]
        await pilot.press("s", "s")  # time left, then runs
        assert app.sort_key == "runs" and [r[0] for r in app.rows()] == ["carol", "bob", "alice"]
        await pilot.click("#room", offset=(2, 0))  # the student header
        assert app.sort_key == "student" and [r[0] for r in app.rows()] == ["alice", "bob", "carol"]
        assert "sorted by student" in str(app.query_one("#room-status").render())


async def test_a_broken_stream_is_said_and_tried_again():
    calls = []

    def failing(on_snapshot, stop):
        calls.append(1)
        raise ConnectionError("can't reach the judge server at http://x: connection refused")

    app = ProctorApp(snapshot=FIRST, source=failing)
    async with app.run_test(size=(140, 30)) as pilot:
        await until(pilot, lambda: "connection refused" in str(app.query_one("#room-status").render()))
        assert app.rows()[0][0] == "alice"  # the last room stays on screen


def test_snapshot_of_the_room(snap_compare):
    broken = student("dan", runs={"add-two": (3, 3, "AC", 1)}, left=2801, ok=False)
    app = ProctorApp(snapshot=room(*FIRST["students"], broken))
    assert snap_compare(app, terminal_size=(120, 16))


async def test_an_admin_of_several_exams_sees_an_exam_column_and_every_exams_problems():
    other = {"title": "Lab exam 2", "sha256": "f" * 64, "duration_s": 1800, "problems": ["add-two", "maximum-subarray"]}
    zoe = student("zoe") | {"exam": other["sha256"]}
    zoe["problems"] = {"add-two": zoe["problems"]["add-two"], "maximum-subarray": dict(zoe["problems"]["add-two"])}
    snapshot = room(student("alice")) | {"exams": [EXAM, other]}
    snapshot["students"].append(zoe)
    app = ProctorApp(snapshot=snapshot)
    async with app.run_test(size=(160, 30)):
        table = app.query_one("#room")
        labels = [str(column.label) for column in table.columns.values()]
        assert labels[:3] == ["student", "exam", "state"] and labels[5:8] == ["add-two", "reverse-words", "maximum-subarray"]
        assert [r[:2] for r in app.rows()] == [["alice", "Lab exam"], ["zoe", "Lab exam 2"]]
        assert app.rows()[0][7] == "" and app.rows()[1][6] == ""  # a problem not of the student's exam
