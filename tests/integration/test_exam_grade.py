"""`proctorx exam grade`: each student's last code re-judged for real, the
log's verdicts trusted for nothing, on one engine and spread over two (the
test machine's engine reached by its unix socket and by a loopback TCP
forwarder: two URLs, one engine)."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timezone

import pytest

from tests.app.helpers import PROBLEMS
from tests.conftest import containers_of
from tests.integration.forwarder import Forwarder
from tui.cli.main import main
from tui.exam.examfile import load_exam
from tui.exam.records import LogFolder
from tui.exam.session import ExamSession
from tui.judging import Report, TestResult

pytestmark = pytest.mark.docker

ADD = "a, b = map(int, input().split())\nprint(a + b)\n"
ADD_C = '#include <stdio.h>\nint main(void) { long a, b; scanf("%ld %ld", &a, &b); printf("%ld\\n", a + b); return 0; }\n'
ADD_WRONG = "a, b = map(int, input().split())\nprint(a + b + (a + b > 100))\n"
REVERSE = "print(' '.join(reversed(input().split())))\n"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def claimed(verdict: str, total: int) -> Report:
    """What a log may say, true or not."""
    return Report("x", "python", None, [TestResult(i, f"t{i}", False, verdict) for i in range(1, total + 1)])


@pytest.fixture
def exam_and_logs(tmp_path):
    path = tmp_path / "exam.yaml"
    path.write_text(f"title: Lab exam\nproblems: [{PROBLEMS / 'add-two'}, {PROBLEMS / 'reverse-words'}]\nduration: 90\n")
    exam = load_exam(path, [PROBLEMS])
    folder = LogFolder(tmp_path / "logs")
    runs = {
        "s1": [("add-two", "python", ADD_WRONG, "WA"), ("add-two", "python", ADD, "AC"), ("reverse-words", "python", REVERSE, "AC")],
        "s2": [("add-two", "c", ADD_C, "AC")],
        "s3": [("add-two", "python", ADD, "AC"), ("add-two", "python", ADD_WRONG, "AC")],  # the log lies about the last run
        "s4": [("add-two", "python", ADD, "AC"), ("reverse-words", "python", REVERSE, "AC")],
        "s5": [("reverse-words", "python", REVERSE, "AC"), ("add-two", "python", ADD, "AC")],
        "s6": [("add-two", "python", ADD_WRONG, "WA"), ("reverse-words", "python", REVERSE + "# 2\n", "AC")],
    }
    for student, work in runs.items():
        session = ExamSession(exam, student, folder, clock=lambda: T0)
        session.begin()
        for slug, lang, code, verdict in work:
            session.record_run(slug, lang, code, claimed(verdict, len(exam.problem(slug).tests)))
        session.end()
    # s4's log is edited at its last run: only the lines before it count.
    log = folder.path("s4")
    lines = log.read_text().splitlines(keepends=True)
    lines[2] = lines[2].replace('"verdict":"AC"', '"verdict":"WA"')
    log.write_text("".join(lines))
    return path, tmp_path / "logs"


EXPECTED = {
    ("s1", "add-two"): ("python", "AC", 3),
    ("s1", "reverse-words"): ("python", "AC", 1),
    ("s2", "add-two"): ("c", "AC", 3),
    ("s2", "reverse-words"): ("", "", 0),
    ("s3", "add-two"): ("python", "WA", 2),
    ("s3", "reverse-words"): ("", "", 0),
    ("s4", "add-two"): ("python", "AC", 3),
    ("s4", "reverse-words"): ("", "", 0),
    ("s5", "add-two"): ("python", "AC", 3),
    ("s5", "reverse-words"): ("python", "AC", 1),
    ("s6", "add-two"): ("python", "WA", 2),
    ("s6", "reverse-words"): ("python", "AC", 1),
}


def grade(capsys, exam, logs, *args) -> tuple[int, dict]:
    code = main(["exam", "grade", str(exam), str(logs), "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def results(data: dict) -> dict:
    return {
        (s["student"], p["problem"]): (p["language"] or "", p["verdict"] or "", p["passed"])
        for s in data["students"]
        for p in s["problems"]
    }


def test_grade_on_one_engine_rejudges_the_last_code_and_trusts_no_verdict(exam_and_logs, capsys, tmp_path):
    exam, logs = exam_and_logs
    sheet = tmp_path / "grade.csv"
    code, data = grade(capsys, exam, logs, "--csv", str(sheet))
    assert code == 0
    assert results(data) == EXPECTED
    assert data["graded"] == 9 and data["ungraded"] == 0
    [engine] = data["engines"]
    assert engine["url"] == "unix:///var/run/docker.sock" and engine["graded"] == 9 and engine["error"] is None
    assert (engine["time_factor"], engine["calibrated"]) == (1.0, False)
    students = {s["student"]: s for s in data["students"]}
    s3 = next(p for p in students["s3"]["problems"] if p["problem"] == "add-two")
    assert (s3["log_verdict"], s3["verdict"], s3["run_seq"]) == ("AC", "WA", 3)
    assert students["s4"]["log_ok"] is False and "graded on lines 1–2" in students["s4"]["notes"][0]
    assert [students[s]["solved"] for s in sorted(students)] == [2, 1, 0, 1, 2, 1]
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    assert {(r["student"], r["problem"]): (r["language"], r["verdict"], int(r["passed"] or 0)) for r in rows} == EXPECTED


def test_the_table_says_the_factor_and_what_the_log_claimed(exam_and_logs, capsys):
    exam, logs = exam_and_logs
    assert main(["exam", "grade", str(exam), str(logs)]) == 0
    out = capsys.readouterr().out
    assert "time limits × 1 (not calibrated: proctorx calibrate)" in out
    s3 = next(line for line in out.splitlines() if line.startswith("s3 ") and "add-two" in line)
    assert "2/3 WA" in s3 and "3/3 AC ≠" in s3
    assert "note: log broken at line 3" in out
    assert out.rstrip().endswith("9 submissions graded")


def test_grade_spreads_over_two_engine_urls_and_merges_one_table(exam_and_logs, capsys):
    exam, logs = exam_and_logs
    forwarder = Forwarder()
    try:
        code, data = grade(capsys, exam, logs, "--engine", "unix:///var/run/docker.sock", "--engine", forwarder.url, "--jobs", "1")
    finally:
        forwarder.close()
    assert code == 0
    assert results(data) == EXPECTED
    by_url = {e["url"]: e for e in data["engines"]}
    assert set(by_url) == {"unix:///var/run/docker.sock", forwarder.url}
    assert all(e["error"] is None and e["graded"] >= 1 for e in by_url.values())
    assert sum(e["graded"] for e in by_url.values()) == 9
    assert by_url[forwarder.url]["engine_id"] == by_url["unix:///var/run/docker.sock"]["engine_id"]  # one engine, two paths
    engines_used = {p["engine"] for s in data["students"] for p in s["problems"] if p["engine"]}
    assert engines_used == set(by_url)
    assert forwarder.connections > 0


def test_an_engine_that_cant_be_reached_leaves_the_work_to_the_others(exam_and_logs, capsys):
    exam, logs = exam_and_logs
    code, data = grade(capsys, exam, logs, "--engine", "tcp://127.0.0.1:9", "--engine", "unix:///var/run/docker.sock")
    assert code == 0 and results(data) == EXPECTED
    dead = next(e for e in data["engines"] if e["url"] == "tcp://127.0.0.1:9")
    assert dead["error"] and dead["graded"] == 0


def test_no_engine_at_all_is_exit_3(exam_and_logs, capsys):
    exam, logs = exam_and_logs
    assert main(["exam", "grade", str(exam), str(logs), "--engine", "tcp://127.0.0.1:9"]) == 3
    assert "no engine could be used (tcp://127.0.0.1:9:" in capsys.readouterr().err


def test_no_container_is_left_behind(docker_sandbox, exam_and_logs, capsys):
    exam, logs = exam_and_logs
    assert main(["exam", "grade", str(exam), str(logs), "--json"]) == 0
    capsys.readouterr()
    assert not containers_of(docker_sandbox)


def test_an_engine_that_stops_answering_hands_its_share_to_the_other(docker_sandbox):
    from tui import languages
    from tui.exam.engines import Job, close_engine, judge_all, open_engine
    from tui.packages import load

    problem, python = load(PROBLEMS / "add-two"), languages.get("python")
    jobs = [Job(n, problem, python, ADD + f"# {n}\n") for n in range(8)]
    forwarder = Forwarder()
    engines = [open_engine(forwarder.url, 1, [python]), open_engine("unix:///var/run/docker.sock", 1, [python])]

    def progress(done, total, engines) -> None:
        if engines[0].graded >= 1:
            forwarder.cut()  # the first engine's path dies mid-grade

    try:
        outcomes, left = judge_all(engines, jobs, progress)
    finally:
        forwarder.cut()
        for engine in engines:
            close_engine(engine)
    assert not left
    assert sorted(o.job.key for o in outcomes) == list(range(8))  # each graded once
    assert all(o.report.verdict == "AC" for o in outcomes)
    assert engines[0].error and "stopped answering" in engines[0].error
    assert engines[1].graded >= 4 and engines[0].graded + engines[1].graded == 8
    assert not containers_of(docker_sandbox)
