"""`exam report`: each run log verified, and per student and problem the
best result, the time of the first full pass and the number of runs
(README: For proctors; the JSON and CSV: docs/exam.md).

What a log's runs say is what the app judged at the time; the official
result is `exam grade`, which re-judges the code and trusts no verdict.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from tui.exam import chain
from tui.exam.records import Records, RecordsError
from tui.exam.sources import open_records, where


@dataclass
class ProblemResult:
    problem: str
    runs: int = 0
    best_passed: int = 0
    total: int = 0
    best_verdict: str = ""
    first_full_pass: str | None = None  # the time of the first run that passed every test
    last_run: dict | None = None

    @property
    def best(self) -> str:
        return f"{self.best_passed}/{self.total} {self.best_verdict}" if self.runs else "-"


def _int(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def tally(records: list[dict]) -> dict[str, ProblemResult]:
    """Per problem, in the order first run: runs, best result (most tests
    passed, AC first on a tie, the earlier on a full tie) and first full pass."""
    found: dict[str, ProblemResult] = {}
    for record in records:
        if record.get("event") != "run" or not isinstance(record.get("problem"), str):
            continue
        result = found.setdefault(record["problem"], ProblemResult(record["problem"]))
        passed, total, verdict = _int(record.get("passed")), _int(record.get("total")), str(record.get("verdict", "?"))
        result.runs += 1
        result.last_run = record
        if result.runs == 1 or (passed, verdict == "AC") > (result.best_passed, result.best_verdict == "AC"):
            result.best_passed, result.total, result.best_verdict = passed, total, verdict
        if result.first_full_pass is None and verdict == "AC" and total > 0 and passed == total:
            result.first_full_pass = str(record.get("time"))
    return found


@dataclass
class StudentLog:
    """One student's records from one source, as far as they verify."""

    source: str
    student: str
    where: str
    records: list[dict] = field(default_factory=list)
    bad_line: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.bad_line is None

    def _first(self, event: str) -> dict | None:
        return next((r for r in self.records if r.get("event") == event), None)

    @property
    def exam(self) -> str:
        start = self._first("start")
        return str(start.get("exam", "")) if start else ""

    @property
    def exam_sha256(self) -> str:
        start = self._first("start")
        return str(start.get("exam_sha256", "")) if start else ""

    @property
    def started(self) -> str | None:
        start = self._first("start")
        return str(start.get("time")) if start else None

    @property
    def ended(self) -> str | None:
        end = self._first("end")
        return str(end.get("time")) if end else None

    def problems(self) -> list[ProblemResult]:
        return list(tally(self.records).values())

    def status(self) -> str:
        if not self.ok:
            return f"BROKEN at line {self.bad_line}"
        return "ok" if self.ended else "ok, not closed"


def read_log(records: Records, student: str, source: str) -> StudentLog:
    log = StudentLog(source, student, where(records, student))
    try:
        lines = records.lines(student)
    except RecordsError as exc:
        log.bad_line, log.reason = 1, str(exc)
        return log
    found = chain.verify(lines)
    log.records = found.records
    if not found.ok:
        log.bad_line, log.reason = found.bad_line, found.reason
    elif not found.records:
        log.bad_line, log.reason = 1, "the log is empty: its lines were deleted"
    return log


def read_logs(sources: list[str]) -> list[StudentLog]:
    """Every student's log of every source; RecordsError for a source that
    can't be used at all (no such folder, no logs in it)."""
    logs: list[StudentLog] = []
    for source in sources:
        records = open_records(source)
        try:
            students = records.students()
            if not students:
                raise RecordsError(f"{source}: holds no run logs (<student>.jsonl)")
            logs += [read_log(records, student, source) for student in students]
        finally:
            records.close()
    return logs


def _short(moment: str | None) -> str:
    """A record's time without its milliseconds, for a table."""
    if not moment:
        return "-"
    head, dot, rest = moment.partition(".")
    return head + (rest[3:] if dot and len(rest) > 3 and rest[:3].isdigit() else "")


def table(logs: list[StudentLog]) -> str:
    rows = [("student", "problem", "best", "first full pass", "runs", "log")]
    for log in logs:
        problems = log.problems()
        if not problems:
            rows.append((log.student, "(no runs)", "-", "-", "0", log.status()))
        for p in problems:
            rows.append((log.student, p.problem, p.best, _short(p.first_full_pass), str(p.runs), log.status()))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(w) if i == 4 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))).rstrip() for row in rows]
    broken = [log for log in logs if not log.ok]
    for log in broken:
        lines.append(f"BROKEN {log.where}: line {log.bad_line}: {log.reason} (only the lines before it are counted above)")
    lines.append(f"{len(logs) - len(broken)} of {len(logs)} logs verify" + (f"; {len(broken)} broken" if broken else ""))
    return "\n".join(lines)


def log_json(log: StudentLog) -> dict:
    return {
        "student": log.student,
        "source": log.source,
        "log": log.where,
        "ok": log.ok,
        "bad_line": log.bad_line,
        "reason": log.reason,
        "exam": log.exam,
        "exam_sha256": log.exam_sha256,
        "started": log.started,
        "ended": log.ended,
        "records": len(log.records),
        "problems": [
            {
                "problem": p.problem,
                "best_passed": p.best_passed,
                "total": p.total,
                "best_verdict": p.best_verdict,
                "first_full_pass": p.first_full_pass,
                "runs": p.runs,
            }
            for p in log.problems()
        ],
    }


def to_json(logs: list[StudentLog]) -> dict:
    return {"ok": all(log.ok for log in logs), "logs": [log_json(log) for log in logs]}


CSV_COLUMNS = (
    "student", "exam", "problem", "best_passed", "total", "best_verdict", "first_full_pass", "runs",
    "log_ok", "bad_line", "reason", "ended", "log",
)  # fmt: skip


def to_csv(logs: list[StudentLog]) -> str:
    """One row per student and problem (one row with an empty problem for a
    log without runs), for the proctor's spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for log in logs:
        base = {"student": log.student, "exam": log.exam, "log_ok": log.ok, "bad_line": log.bad_line or "", "reason": log.reason}
        base |= {"ended": log.ended or "", "log": log.where}
        problems = log.problems() or [None]
        for p in problems:
            row = dict(base)
            if p is not None:
                row |= {"problem": p.problem, "best_passed": p.best_passed, "total": p.total, "best_verdict": p.best_verdict}
                row |= {"first_full_pass": p.first_full_pass or "", "runs": p.runs}
            else:
                row |= {"runs": 0}
            writer.writerow([row.get(column, "") for column in CSV_COLUMNS])
    return out.getvalue()
