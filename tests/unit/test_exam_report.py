"""`proctorx exam report`: what a proctor reads of the logs, and every way a
log can be broken named by its file and first bad line (exit 1)."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone

import pytest

from tests.app.helpers import PROBLEMS
from tui.cli.main import main
from tui.exam.examfile import load_exam
from tui.exam.records import LogFolder
from tui.exam.session import ExamSession
from tui.judging import Report, TestResult

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def report(verdicts: str) -> Report:
    tests = [TestResult(i, f"t{i}", i > 2, v, time_ms=10 * i, memory_kb=4000) for i, v in enumerate(verdicts.split(), start=1)]
    return Report("add-two", "python", None, tests)


@pytest.fixture
def logs(tmp_path):
    """Two students: s1 solves add-two at 09:20 on its third run; s2 never does."""
    path = tmp_path / "exam.yaml"
    path.write_text("title: Lab exam\nproblems: [add-two, reverse-words]\nduration: 90\n")
    exam = load_exam(path, [PROBLEMS])
    folder = tmp_path / "logs"
    for student, runs in {
        "s1": [("add-two", "WA WA WA"), ("add-two", "AC AC WA"), ("reverse-words", "AC"), ("add-two", "AC AC AC"), ("add-two", "AC WA AC")],
        "s2": [("add-two", "AC WA WA")],
    }.items():
        moment = [T0]
        session = ExamSession(exam, student, LogFolder(folder), clock=lambda moment=moment: moment[0])
        session.begin()
        for slug, verdicts in runs:
            moment[0] += timedelta(minutes=5)
            session.record_run(slug, "python", f"# {verdicts}\n", report(verdicts))
        session.quit()
    return folder


def lines(path):
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def test_per_student_and_problem_best_first_full_pass_and_runs(logs, capsys):
    assert main(["exam", "report", str(logs)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["student", "problem", "best", "first", "full", "pass", "runs", "log"]
    assert out[1].split() == ["s1", "add-two", "3/3", "AC", "2026-12-01T09:20:00+01:00", "4", "ok,", "not", "closed"]
    assert out[2].split() == ["s1", "reverse-words", "1/1", "AC", "2026-12-01T09:15:00+01:00", "1", "ok,", "not", "closed"]
    assert out[3].split() == ["s2", "add-two", "1/3", "WA", "-", "1", "ok,", "not", "closed"]
    assert out[-1] == "2 of 2 logs verify"


def test_json_and_csv_for_the_proctors_spreadsheet(logs, tmp_path, capsys):
    sheet = tmp_path / "report.csv"
    assert main(["exam", "report", str(logs), "--json", "--csv", str(sheet)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True
    s1 = data["logs"][0]
    assert (s1["student"], s1["exam"], s1["ok"], s1["bad_line"], s1["records"]) == ("s1", "Lab exam", True, None, 7)
    assert s1["problems"][0] == {
        "problem": "add-two",
        "best_passed": 3,
        "total": 3,
        "best_verdict": "AC",
        "first_full_pass": "2026-12-01T09:20:00.000+01:00",
        "runs": 4,
    }
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    assert [(r["student"], r["problem"], r["best_passed"], r["total"], r["runs"], r["log_ok"]) for r in rows] == [
        ("s1", "add-two", "3", "3", "4", "True"),
        ("s1", "reverse-words", "1", "1", "1", "True"),
        ("s2", "add-two", "1", "3", "1", "True"),
    ]


@pytest.mark.parametrize(
    "how, tamper, bad_line, reason",
    [
        ("tampered", lambda ls: ls[:2] + [ls[2].replace('"verdict":"AC"', '"verdict":"XX"')] + ls[3:], 3, "the line was edited"),
        ("verdict raised", lambda ls: ls[:1] + [ls[1].replace('"passed":0', '"passed":3')] + ls[2:], 2, "the line was edited"),
        ("truncated", lambda ls: ls[:5] + [ls[5][:50]], 6, "the log was truncated"),
        ("reordered", lambda ls: [ls[0], ls[2], ls[1], *ls[3:]], 2, "a line was deleted, added or moved"),
        ("line deleted", lambda ls: ls[:3] + ls[4:], 4, "a line was deleted, added or moved"),
        ("emptied", lambda ls: [], 1, "the log is empty"),
    ],
)
def test_a_broken_log_is_named_with_its_first_bad_line(logs, capsys, how, tamper, bad_line, reason):
    path = logs / "s1.jsonl"
    path.write_text("".join(tamper(lines(path))), encoding="utf-8")
    assert main(["exam", "report", str(logs)]) == 1
    out = capsys.readouterr().out
    assert f"BROKEN {path}: line {bad_line}: " in out and reason in out
    assert out.splitlines()[-1] == "1 of 2 logs verify; 1 broken"
    assert main(["exam", "report", str(logs), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and (data["logs"][0]["ok"], data["logs"][0]["bad_line"]) == (False, bad_line)
    assert data["logs"][1]["ok"] is True


def test_one_students_file_alone(logs, capsys):
    assert main(["exam", "report", str(logs / "s2.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "s2" in out and "s1" not in out


@pytest.mark.parametrize(
    "source, message",
    [
        ("nowhere", "nowhere: no such log folder or file"),
    ],
)
def test_a_source_that_is_not_a_log_is_a_usage_error(source, message, capsys):
    assert main(["exam", "report", source]) == 2
    assert message in capsys.readouterr().err


def test_a_folder_without_logs_is_a_usage_error(tmp_path, capsys):
    assert main(["exam", "report", str(tmp_path)]) == 2
    assert "holds no run logs" in capsys.readouterr().err
