"""One student's sitting of an exam: the countdown and the records it writes.

The countdown runs from the time of the first `start` record of the student's
log (wall clock), so quitting and reopening resumes it (a `resume` record) and
never resets it.  Every record goes through Records (the log folder, or the
judge server's database), sealed into the student's chain.  Knows no UI; the
clock is injectable, so tests move time instead of waiting for it.
"""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Callable
from datetime import datetime, timedelta

from tui.exam import chain
from tui.exam.examfile import Exam
from tui.exam.records import Records, RecordsError, check_student
from tui.exam.report import ProblemResult, tally
from tui.exam.sources import where
from tui.judging import Report

Clock = Callable[[], datetime]


def now() -> datetime:
    return datetime.now().astimezone()


def stamp(moment: datetime) -> str:
    """ISO 8601 with the offset, to the millisecond."""
    return moment.isoformat(timespec="milliseconds")


def parse_time(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


class SessionError(Exception):
    """The exam can't be started or continued; the message says why and what to do."""


class ExamSession:
    """What the app knows of the exam while the student sits it (`app.exam`)."""

    def __init__(self, exam: Exam, student: str, records: Records, clock: Clock = now, host: str | None = None) -> None:
        try:
            self.student = check_student(student)
        except RecordsError as exc:
            raise SessionError(str(exc)) from None
        self.exam = exam
        self.records = records
        self.clock = clock
        self.host = host or socket.gethostname()
        self.where = where(records, student)
        self.history: list[dict] = []  # every record of the student's log, sealed
        self.pending: list[dict] = []  # records the log could not take yet (retried first on the next append)
        self.started_at: datetime | None = None
        self._read()

    def _read(self) -> None:
        try:
            lines = self.records.lines(self.student)
        except RecordsError as exc:
            raise SessionError(str(exc)) from None
        found = chain.verify(lines)
        if not found.ok:
            raise SessionError(
                f"{self.where}: line {found.bad_line} is broken ({found.reason}), so this exam can't be continued in it; "
                "keep the file for the proctor and start in another --log folder"
            )
        self.history = found.records
        if not self.history:
            return
        first = self.history[0]
        if first.get("event") != "start":
            raise SessionError(
                f"{self.where}: the log does not begin with a start record; keep it for the proctor and use another --log folder"
            )
        if first.get("exam_sha256") != self.exam.sha256:
            raise SessionError(
                f"{self.where} was started for another exam file ({first.get('exam')!r}, sha256 {str(first.get('exam_sha256'))[:12]}…); "
                f"open it with that file, or give this exam another --log folder"
            )
        self.started_at = parse_time(first.get("time"))
        if self.started_at is None:
            raise SessionError(f"{self.where}: the start record's time {first.get('time')!r} can't be read; keep the log for the proctor")

    # ---- where the exam stands ------------------------------------------
    @property
    def state(self) -> str:
        """new (no record yet), running, or ended (an `end` record closed the log)."""
        if not self.history and not self.pending:
            return "new"
        return "ended" if any(r.get("event") == "end" for r in self.all_records) else "running"

    @property
    def all_records(self) -> list[dict]:
        return self.history + self.pending

    @property
    def deadline(self) -> datetime | None:
        return None if self.started_at is None else self.started_at + timedelta(seconds=self.exam.duration_s)

    def remaining_s(self) -> float:
        """Seconds left; the whole duration before the exam starts."""
        if self.started_at is None:
            return self.exam.duration_s
        left = (self.deadline - self.clock()).total_seconds()
        return max(0.0, min(left, self.exam.duration_s))

    @property
    def expired(self) -> bool:
        return self.started_at is not None and self.remaining_s() <= 0

    # ---- records --------------------------------------------------------
    def begin(self) -> str:
        """Starts the exam (a `start` record) or resumes it (`resume`);
        returns "started", "resumed" or "ended" (nothing written)."""
        if self.state == "ended":
            return "ended"
        starting = self.state == "new"
        moment = self.clock()
        record = {"event": "resume", "host": self.host}
        if starting:
            record = {
                "event": "start",
                "exam": self.exam.title,
                "exam_sha256": self.exam.sha256,
                "host": self.host,
                "duration_min": round(self.exam.duration_s / 60, 4),
            }
        try:
            self._append(record, moment)
        except SessionError:
            # Before the exam begins, a log that can't be written stops it: nothing is kept for later.
            self.pending.clear()
            raise
        if starting:
            self.started_at = moment
            return "started"
        return "resumed"

    def record_run(self, problem: str, language: str, code: str, report: Report | None, total: int = 0) -> dict:
        """A `run` record: the code as run and what the judge said of it (a
        run that could not happen at all is IE, its code kept all the same)."""
        if getattr(self.records, "records_runs", False):
            # The judge server sealed this run into the chain as it judged it.
            self.reread()
            return self.last_run(problem, language) or {}
        if report is None:
            verdict, passed, tests = "IE", 0, [{"index": i, "verdict": "SKIP", "time_ms": 0, "memory_kb": 0} for i in range(1, total + 1)]
        else:
            verdict, passed, total = str(report.verdict), report.passed, report.total
            tests = [{"index": t.index, "verdict": str(t.verdict), "time_ms": t.time_ms, "memory_kb": t.memory_kb} for t in report.tests]
        return self._append(
            {
                "event": "run",
                "problem": problem,
                "language": language,
                "code": code,
                "code_sha256": hashlib.sha256(code.encode("utf-8")).hexdigest(),
                "verdict": verdict,
                "passed": passed,
                "total": total,
                "tests": tests,
            }
        )

    def reread(self) -> None:
        """Reads the chain again (records written by someone else: the judge
        server's runs); what is pending stays pending."""
        try:
            found = chain.verify(self.records.lines(self.student))
        except RecordsError as exc:
            raise SessionError(str(exc)) from None
        if found.ok:
            self.history = found.records

    def quit(self) -> None:
        if self.state == "running":
            self._append({"event": "quit"})

    def end(self, reason: str = "time") -> None:
        """Closes the log: nothing is written after an `end`."""
        if self.state == "running":
            self._append({"event": "end", "reason": reason})

    def _append(self, record: dict, moment: datetime | None = None) -> dict:
        if self.state == "ended":
            raise SessionError(f"{self.where}: the exam is over; nothing more is recorded")
        record = {"time": stamp(moment or self.clock()), "student": self.student, **record}
        self.pending.append(record)
        self.flush()
        return self.history[-1] if not self.pending else record

    def flush(self) -> None:
        """Writes what the log could not take before (SessionError if it still can't)."""
        while self.pending:
            try:
                sealed = self.records.append(self.student, self.pending[0])
            except RecordsError as exc:
                raise SessionError(
                    f"{exc} — nothing is lost: the app keeps the run and writes it as soon as the log can be written"
                ) from None
            self.pending.pop(0)
            self.history.append(sealed)

    # ---- what was run ---------------------------------------------------
    def runs(self, problem: str | None = None) -> list[dict]:
        return [r for r in self.all_records if r.get("event") == "run" and (problem is None or r.get("problem") == problem)]

    def last_run(self, problem: str, language: str | None = None) -> dict | None:
        runs = [r for r in self.runs(problem) if language is None or r.get("language") == language]
        return runs[-1] if runs else None

    def tallies(self) -> dict[str, ProblemResult]:
        return tally(self.all_records)

    def store_key(self) -> str:
        """Where this sitting keeps its code in the data folder: the exam's and the student's own."""
        return f"{self.exam.sha256[:16]}-{self.student}"
