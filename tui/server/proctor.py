"""The proctor's live view of the room (docs/server.md: The proctor's view):
per student of an exam, where they stand (not started, sitting with the time
left, ended), their runs and best result per problem, their last activity,
and whether their chain verifies, all read from the server's records.

A Room is what one proctor watches.  `refresh()` asks the database for every
student's head (records and last seq: one cheap query) and reads again only
the chains that moved; every `REVERIFY_S` it reads and verifies them all, so
a record edited in place (which moves no head) shows as broken within that.
`snapshot()` is the JSON the API sends.  Knows no HTTP and no UI.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tui.exam import chain
from tui.exam.database import Database
from tui.exam.examfile import Exam
from tui.exam.report import tally
from tui.exam.session import now, parse_time, stamp

POLL_S = 1.0  # how often a stream asks the database for the heads
REVERIFY_S = 30.0  # how often every chain is read and verified again
STATES = ("not started", "sitting", "ended")


@dataclass
class Chain:
    """One student's chain as last read: what verified, and where it broke."""

    found: chain.Verification
    head: tuple[int, int] | None = None  # (records, last seq) when it was read


def student_view(exam: Exam, student: str, found: chain.Verification, moment: datetime) -> dict:
    """One row of the room: the student's state, runs and best results, from
    the records that verify (those before a break, as `exam report` counts)."""
    records = found.records
    start = next((r for r in records if r.get("event") == "start"), None)
    end = next((r for r in records if r.get("event") == "end"), None)
    started = parse_time(start.get("time")) if start else None
    deadline = started + timedelta(seconds=exam.duration_s) if started else None
    state, left, ended = "not started", None, None
    if end is not None:
        state, ended = "ended", str(end.get("time"))
    elif deadline is not None and moment >= deadline:
        state, ended = "ended", stamp(deadline)
    elif started is not None:
        state, left = "sitting", round((deadline - moment).total_seconds(), 1)
    results = tally(records)
    problems = {}
    for slug in [p.slug for p in exam.problems] + [s for s in results if exam.problem(s) is None]:
        result = results.get(slug)
        problems[slug] = {
            "runs": result.runs if result else 0,
            "best_passed": result.best_passed if result else 0,
            "total": result.total if result else 0,
            "best_verdict": result.best_verdict if result else "",
            "first_full_pass": result.first_full_pass if result else None,
        }
    return {
        "student": student,
        "exam": exam.sha256,
        "state": state,
        "started": str(start.get("time")) if start else None,
        "deadline": stamp(deadline) if deadline else None,
        "ended": ended,
        "end_reason": (str(end.get("reason") or "closed") if end else "time") if ended else None,
        "time_left_s": left,
        "runs": sum(p["runs"] for p in problems.values()),
        "problems": problems,
        "last_activity": str(records[-1].get("time")) if records else None,
        "chain": {"ok": found.ok, "records": len(records), "bad_line": found.bad_line, "reason": found.reason},
    }


def exam_json(exam: Exam) -> dict:
    return {"title": exam.title, "sha256": exam.sha256, "duration_s": exam.duration_s, "problems": [p.slug for p in exam.problems]}


def changes(snapshot: dict) -> str:
    """What a snapshot says, less the clock's ticking: a stream sends a new
    snapshot only when this moves (the clients count the time left down)."""
    steady = {k: v for k, v in snapshot.items() if k not in ("now", "verified")}
    steady["students"] = [{k: v for k, v in s.items() if k != "time_left_s"} for s in snapshot["students"]]
    return json.dumps(steady, sort_keys=True)


class Room:
    """The students of some exams, as one proctor watches them."""

    def __init__(
        self,
        database: Database,
        exams: list[Exam],
        roll: dict[str, list[str]] | None = None,
        server: str = "",
        clock: Callable[[], datetime] = now,
        reverify_s: float = REVERIFY_S,
    ) -> None:
        self.database, self.exams, self.server, self.clock = database, exams, server, clock
        self.roll = roll or {}  # exam sha256 -> the students of the tokens file who sit it
        self.reverify_s = reverify_s
        self.chains: dict[tuple[str, str], Chain] = {}
        self.verified_at: float | None = None  # time.monotonic() of the last full verification
        self.verified_stamp: str | None = None

    def refresh(self) -> int:
        """Reads the chains that moved (all of them when a full verification
        is due); how many it read.  RecordsError when the database can't be read."""
        full = self.verified_at is None or time.monotonic() - self.verified_at >= self.reverify_s
        read = 0
        for exam in self.exams:
            db = self.database.for_exam(exam.sha256)
            heads = db.heads()
            for student in sorted(set(heads) | set(self.roll.get(exam.sha256, []))):
                key, head = (exam.sha256, student), heads.get(student)
                known = self.chains.get(key)
                if full or known is None or known.head != head:
                    lines = db.lines(student) if head is not None else []
                    self.chains[key] = Chain(chain.verify(lines), head)
                    read += 1
        if full:
            self.verified_at, self.verified_stamp = time.monotonic(), stamp(self.clock())
        return read

    def snapshot(self) -> dict:
        moment = self.clock()
        students = []
        for exam in self.exams:
            for (sha, student), known in sorted(self.chains.items()):
                if sha == exam.sha256:
                    students.append(student_view(exam, student, known.found, moment))
        return {
            "server": self.server,
            "now": stamp(moment),
            "verified": self.verified_stamp,
            "exams": [exam_json(e) for e in self.exams],
            "students": students,
        }
