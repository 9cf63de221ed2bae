"""`exam grade`: the official result (README: For proctors; JSON and CSV:
docs/exam.md).

For each student and each problem of the exam, the last code the student ran
(the last `run` record of the part of the log that verifies) is judged again
on the proctor's engines against every test (a submit-answer problem's run
holds its answers under language "answers": they are judged again).  The
log's verdicts are shown beside the result and trusted for nothing: a student
who rewrote the log can change what it says, but only the code it holds is
graded.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field

from tui import languages
from tui.exam.engines import Engine, Job, Outcome
from tui.exam.examfile import Exam
from tui.exam.report import StudentLog
from tui.judging import answers
from tui.languages import Language


@dataclass
class Submission:
    student: str
    problem: str  # slug
    language: Language
    code: str
    run: dict  # the run record it comes from


@dataclass
class StudentGrade:
    log: StudentLog
    submissions: dict[str, Submission] = field(default_factory=dict)  # by problem slug
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def student(self) -> str:
        return self.log.student

    def solved(self) -> int:
        # A scoring problem's partial score (AC, below the maximum) is not solved.
        return sum(1 for o in self.outcomes.values() if o.report is not None and o.report.full_marks)


def collect(exam: Exam, logs: list[StudentLog]) -> list[StudentGrade]:
    """Each student's last run per problem of the exam, with what is worth a
    proctor's attention about the log noted."""
    known = languages.all_languages()
    slugs = {p.slug for p in exam.problems}
    grades = []
    for log in logs:
        grade = StudentGrade(log)
        if not log.ok:
            kept = f"graded on lines 1–{log.bad_line - 1}" if log.bad_line > 1 else "nothing in it can be graded"
            grade.notes.append(f"log broken at line {log.bad_line} ({log.reason}): {kept}")
        if log.records and log.exam_sha256 != exam.sha256:
            grade.notes.append(f"the log was started for another exam file ({log.exam!r}, sha256 {log.exam_sha256[:12]}…)")
        others = set()
        for record in log.records:
            if record.get("event") != "run":
                continue
            slug, code, lang = record.get("problem"), record.get("code"), record.get("language")
            if slug not in slugs:
                others.add(str(slug))
                continue
            language = answers.ANSWERS if lang == answers.LANGUAGE and exam.problem(slug).submit_answer else known.get(str(lang))
            if not isinstance(code, str) or language is None:
                grade.notes.append(f"run #{record.get('seq')} for {slug} has no usable code or language ({lang!r}): skipped")
                continue
            if record.get("code_sha256") != hashlib.sha256(code.encode("utf-8")).hexdigest():
                grade.notes.append(f"run #{record.get('seq')} for {slug}: code_sha256 does not match its code")
            grade.submissions[slug] = Submission(log.student, slug, language, code, record)
        if others:
            grade.notes.append(f"runs for problems not in this exam, not graded: {', '.join(sorted(others))}")
        grades.append(grade)
    return grades


def jobs_of(exam: Exam, grades: list[StudentGrade]) -> list[Job]:
    return [Job((g.student, id(g), slug), exam.problem(slug), s.language, s.code) for g in grades for slug, s in g.submissions.items()]


def attach(grades: list[StudentGrade], outcomes: list[Outcome]) -> None:
    by_grade = {id(g): g for g in grades}
    for outcome in outcomes:
        _, grade_id, slug = outcome.job.key
        by_grade[grade_id].outcomes[slug] = outcome


# ---- what the proctor reads -------------------------------------------------
def _rows(exam: Exam, grade: StudentGrade, factors: dict[str, float]) -> list[dict]:
    rows = []
    for problem in exam.problems:
        submission, outcome = grade.submissions.get(problem.slug), grade.outcomes.get(problem.slug)
        row = {"student": grade.student, "problem": problem.slug, "submitted": submission is not None, "language": None}
        row |= {"verdict": None, "passed": 0, "total": len(problem.tests), "log_verdict": None, "log_passed": None}
        row |= {"run_seq": None, "run_time": None, "code_sha256": None, "engine": None, "time_factor": None, "error": ""}
        if submission is not None:
            run = submission.run
            row |= {"language": submission.language.id, "log_verdict": run.get("verdict"), "log_passed": run.get("passed")}
            row |= {"run_seq": run.get("seq"), "run_time": run.get("time"), "code_sha256": run.get("code_sha256")}
        if outcome is not None:
            row |= {"engine": outcome.engine, "time_factor": factors.get(outcome.engine, 1.0), "error": outcome.error}
            if outcome.report is not None:
                row |= {"verdict": str(outcome.report.verdict), "passed": outcome.report.passed, "total": outcome.report.total}
            else:
                row["verdict"] = "IE"
        rows.append(row)
    return rows


def to_json(exam: Exam, engines: list[Engine], grades: list[StudentGrade], ungraded: int) -> dict:
    factors = {e.url: e.factor for e in engines}
    return {
        "exam": exam.title,
        "exam_file": str(exam.path),
        "exam_sha256": exam.sha256,
        "engines": [
            {
                "url": e.url,
                "engine_id": e.engine_id or None,
                "name": e.name or None,
                "version": e.version or None,
                "jobs": e.jobs,
                "time_factor": e.factor,
                "calibrated": e.calibration is not None,
                "graded": e.graded,
                "error": e.error,
            }
            for e in engines
        ],
        "students": [
            {
                "student": g.student,
                "log": g.log.where,
                "log_ok": g.log.ok,
                "bad_line": g.log.bad_line,
                "notes": g.notes,
                "solved": g.solved(),
                "problems": _rows(exam, g, factors),
            }
            for g in grades
        ],
        "graded": sum(len(g.outcomes) for g in grades),
        "ungraded": ungraded,
    }


CSV_COLUMNS = (
    "student", "problem", "language", "verdict", "passed", "total", "log_verdict", "log_passed",
    "run_seq", "run_time", "code_sha256", "engine", "time_factor", "log_ok", "notes",
)  # fmt: skip


def to_csv(exam: Exam, engines: list[Engine], grades: list[StudentGrade]) -> str:
    factors = {e.url: e.factor for e in engines}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for grade in grades:
        for row in _rows(exam, grade, factors):
            row = row | {"log_ok": grade.log.ok, "notes": "; ".join(grade.notes)}
            writer.writerow(["" if row.get(c) is None else row.get(c) for c in CSV_COLUMNS])
    return out.getvalue()


def table(exam: Exam, engines: list[Engine], grades: list[StudentGrade], ungraded: int) -> str:
    factors = {e.url: e.factor for e in engines}
    lines = [f"{exam.title} — {exam.path} (sha256 {exam.sha256[:12]}…)", "engines:"]
    for e in engines:
        if e.error:
            lines.append(f"  {e.url}  not used: {e.error}" if not e.graded else f"  {e.url}  graded {e.graded}, then {e.error}")
        else:
            lines.append(f"  {e.url}  Docker {e.version} on {e.name} · {e.jobs} at once · {e.describe_factor()} · graded {e.graded}")
    rows = [("student", "problem", "language", "result", "log said", "run")]
    for grade in grades:
        for row in _rows(exam, grade, factors):
            if not row["submitted"]:
                rows.append((row["student"], row["problem"], "-", "no submission", "-", "-"))
                continue
            result = "not graded" if row["verdict"] is None else f"{row['passed']}/{row['total']} {row['verdict']}"
            said = f"{row['log_passed']}/{row['total']} {row['log_verdict']}"
            differs = row["verdict"] is not None and (row["log_verdict"] != row["verdict"] or row["log_passed"] != row["passed"])
            rows.append(
                (
                    row["student"],
                    row["problem"],
                    row["language"],
                    result,
                    said + (" ≠" if differs else ""),
                    f"#{row['run_seq']} {row['run_time']}",
                )
            )
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    for grade in grades:
        passed = sum(o.report.passed for o in grade.outcomes.values() if o.report is not None)
        total = sum(len(p.tests) for p in exam.problems)
        lines.append(f"{grade.student}: {grade.solved()} of {len(exam.problems)} problems solved · {passed}/{total} tests")
        lines += [f"  note: {note}" for note in grade.notes]
    graded = sum(len(g.outcomes) for g in grades)
    lines.append(f"{graded} submissions graded" + (f"; {ungraded} could not be graded (no engine left)" if ungraded else ""))
    return "\n".join(lines)
