#!/usr/bin/env python3
"""What watching the room costs the judge server (tui/server/proctor.py): a
class's records in SQLite, then the Room's full verification (every chain
read and verified: at a stream's start and every 30 s), a poll when nothing
moved (the heads query and a snapshot: every second per stream), and a poll
after one run (that student's chain read again).

    python3 benchmarks/proctor_room.py [--students 40] [--runs 60]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.app.helpers import PROBLEMS
from tui.exam.database import Database, sqlite_url
from tui.exam.examfile import load_exam
from tui.server.proctor import Room

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)


def record(exam, student: str, minute: int, event: str = "run", **more) -> dict:
    moment = (T0 + timedelta(minutes=minute)).isoformat(timespec="milliseconds")
    return {"event": event, "time": moment, "student": student, "exam_sha256": exam.sha256, **more}


def a_run(exam, student: str, minute: int, passed: int) -> dict:
    tests = [{"index": i, "verdict": "AC" if i <= passed else "WA", "time_ms": 5, "memory_kb": 9000} for i in range(1, 17)]
    return record(exam, student, minute, problem="add-two", passed=passed, total=16, verdict="WA", code="x" * 2000, tests=tests)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--runs", type=int, default=60, help="runs per student (2 KB of code, 16 tests each)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="proctorx-room-"))
    (folder / "exam.yaml").write_text("title: Bench\nproblems: [add-two, reverse-words]\nduration: 90\n")
    exam = load_exam(folder / "exam.yaml", [PROBLEMS])
    db = Database(sqlite_url(folder / "records.db"))
    students = [f"s{i:03d}" for i in range(args.students)]
    for student in students:
        db.append(student, record(exam, student, 0, "start") | {"exam": exam.title})
        for n in range(args.runs):
            db.append(student, a_run(exam, student, n, n % 16))
    room = Room(db, [exam], {exam.sha256: students}, clock=lambda: T0 + timedelta(minutes=10))

    def timed(step) -> float:
        began = time.perf_counter()
        step()
        return (time.perf_counter() - began) * 1000

    full = timed(room.refresh)
    idle = timed(lambda: (room.refresh(), room.snapshot()))
    db.append(students[0], a_run(exam, students[0], args.runs, 16))
    moved = timed(lambda: (room.refresh(), room.snapshot()))
    size = len(json.dumps(room.snapshot())) / 1024
    print(
        f"{args.students} students x {args.runs + 1} records (SQLite): full verification {full:.0f} ms; "
        f"a poll with nothing moved {idle:.1f} ms; a poll after one run {moved:.1f} ms; a snapshot {size:.0f} KiB"
    )
    db.close()


if __name__ == "__main__":
    main()
