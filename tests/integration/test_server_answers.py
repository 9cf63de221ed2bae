"""Submit-answer problems on a real judge server and the real engine: the
answers sent by slug as language "answers" (pack's text) through the client,
the app's RemoteRunner and `proctorx judge ... --judge URL`; what hidden tests
say; the requests refused; and an exam's run of answers recorded and graded
again by `exam grade`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.app.helpers import PROBLEMS
from tests.integration.services import ROOT, JudgeServer
from tui.app.remote_runner import RemoteRunner
from tui.exam import chain
from tui.exam.database import Database, sqlite_url
from tui.judging import Verdict
from tui.judging.answers import ANSWERS, pack
from tui.judging.answers import test_key as key_of
from tui.packages import load
from tui.sandbox import SandboxUnavailable
from tui.server.client import JudgeClient, Rejected
from tui.server.wire import problem_from_json

pytestmark = pytest.mark.docker

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SUMS, FACTORS = "kattis-2025-submit-sums", "kattis-2025-submit-factors"
STUDENT, PRACTICE = "carol-token-0123", "practice-pc07-token"
RIGHT = {"sample/1": "5\n", "secret/01-negative": "6\n", "secret/02-big": "1111111110\n"}
WRONG = RIGHT | {"secret/02-big": "1111111111\n"}  # the hidden 02-big is wrong


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("answers-server")
    problems = folder / "problems"
    for name in (SUMS, FACTORS):
        shutil.copytree(FIXTURES / name, problems / name)
    (folder / "exam.yaml").write_text(
        f"title: Answers exam\nproblems: [{problems / SUMS}, {PROBLEMS / 'add-two'}]\nduration: 60\nlanguages: [python]\n"
    )
    (folder / "tokens.txt").write_text(f"{STUDENT} carol exam.yaml\n{PRACTICE} pc07\n")
    running = JudgeServer(
        folder,
        "--problems",
        str(problems),
        "--problems",
        str(PROBLEMS),
        "--tokens",
        str(folder / "tokens.txt"),
        "--jobs",
        "2",
        "--max-answers-kb",
        "64",
    ).start()
    yield running
    running.stop()
    assert running.containers() == []


def client(server, token=PRACTICE) -> JudgeClient:
    return JudgeClient(server.url, token, timeout=30)


def post(server, body, token=PRACTICE) -> httpx.Response:
    return httpx.post(server.url + "/v1/judgements", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=120)


def answers_body(answers: dict[str, str], problem: str = SUMS) -> dict:
    return {"language": "answers", "code": pack(answers), "problem": problem}


def proctorx(*args: str, token: str | None = PRACTICE) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PROCTORX_TOKEN", None)
    if token:
        env["PROCTORX_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)


def test_the_servers_problem_says_submit_answer_and_gives_the_same_keys_without_hidden_data(server):
    local = load(FIXTURES / SUMS)
    c = client(server)
    try:
        data = c.problem(SUMS)
        listed = {p["slug"]: p for p in c.problems()}
    finally:
        c.close()
    assert data["submit_answer"] is True and listed[SUMS]["submit_answer"] is True and listed["add-two"]["submit_answer"] is False
    assert [t["key"] for t in data["tests"]] == [key_of(t) for t in local.tests] == list(RIGHT)
    hidden = [t for t in data["tests"] if t["hidden"]]
    assert hidden and all(set(t) == {"index", "name", "hidden", "key"} for t in hidden)
    assert "1111111110" not in json.dumps(data)  # a hidden test's answer never leaves the server
    served = problem_from_json(data, server.url)
    assert served.submit_answer and [key_of(t) for t in served.tests] == list(RIGHT)
    assert served.samples[0].input() == b"2 3\n" and served.hidden[0].input() is None


def test_answers_by_slug_are_judged_ac_or_wa_and_hidden_tests_say_only_their_verdict(server):
    c = client(server)
    try:
        events = []
        report, finished = c.judge(answers_body(RIGHT), on_event=events.append)
        assert (report.verdict, report.passed, report.total, report.language) == (Verdict.AC, 3, 3, "answers")
        assert finished["report"]["language"] == "answers" and finished["recorded"] is False
        report, finished = c.judge(answers_body(WRONG))
        assert (report.verdict, report.passed) == (Verdict.WA, 2)
        hidden = [t for t in finished["report"]["tests"] if t["hidden"]]
        assert [t["verdict"] for t in hidden] == ["AC", "WA"]
        assert all(t["stdout"] is None and t["message"] is None for t in hidden)
        assert "1111111111" not in json.dumps(finished) and "1111111110" not in json.dumps(finished)
        # An output validator (any factorisation is right) runs sandboxed on the server.
        factors = {"sample/1": "2 3\n", "secret/01-seven-thirteen": "7 13\n", "secret/02-million": "1000 1000\n"}
        report, _ = c.judge(answers_body(factors, FACTORS))
        assert (report.verdict, report.passed) == (Verdict.AC, 3), [t.message for t in report.tests]
    finally:
        c.close()


def test_the_apps_remote_runner_judges_answers_of_a_held_problem_and_refuses_a_local_one(server):
    runner = RemoteRunner(server.url, PRACTICE)
    try:
        runner.open()
        assert runner.available, runner.error
        problem = runner.problems[SUMS]
        keys = {key_of(t) for t in problem.tests}
        assert keys == set(RIGHT)
        report = runner.judge(problem, ANSWERS, pack(RIGHT), problem.tests, lambda event: None, threading.Event())
        assert (report.verdict, report.passed, report.total) == (Verdict.AC, 3, 3)
        local = load(FIXTURES / SUMS)  # the same package, from this machine's disk: not the server's copy
        with pytest.raises(SandboxUnavailable, match="only if it holds the problem"):
            runner.judge(local, ANSWERS, pack(RIGHT), local.tests, lambda event: None, threading.Event())
    finally:
        runner.close()


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (answers_body(RIGHT, "add-two"), 422, "add-two is not a submit-answer problem"),
        ({"language": "python", "code": "print(5)\n", "problem": SUMS}, 422, 'send the answers as language "answers"'),
        (answers_body(RIGHT) | {"tests": [{"input": "1 2\n", "expected": "3\n"}]}, 422, "come without `tests`"),
        ({"language": "answers", "code": pack(RIGHT), "tests": [{"input": "1\n"}]}, 422, "need `problem`"),
        ({"language": "answers", "code": "5", "problem": SUMS}, 422, "the answers are not a JSON object"),
        (answers_body({"secret/03-none": "1\n"}), 422, "answers to tests kattis-2025-submit-sums doesn't have: secret/03-none"),
        (answers_body({"secret/02-big": "1" * (100 << 10)}), 413, "this server takes at most 64 KiB of them"),
    ],
)
def test_requests_that_cant_be_answers_are_refused_saying_why(server, body, status, words):
    r = post(server, body)
    assert r.status_code == status, r.text
    assert words in r.json()["error"] and "\n" not in r.json()["error"]


def test_judge_with_the_server_packs_a_folders_answer_files_and_prints_rows(server, tmp_path):
    accepted = FIXTURES / SUMS / "submissions" / "accepted" / "all-right"
    wrong = FIXTURES / SUMS / "submissions" / "wrong_answer" / "one-wrong"
    right = proctorx("judge", SUMS, str(accepted), "--judge", server.url)
    assert right.returncode == 0, right.stderr
    first = right.stdout.splitlines()[0]
    assert "submit-answer: 3 of 3 tests answered" in first and f"judge server {server.url}" in first
    assert "You have passed 3/3 tests — Accepted" in right.stdout
    failed = proctorx("judge", SUMS, str(wrong), "--judge", server.url)
    assert failed.returncode == 1 and "You have passed 2/3 tests — Wrong Answer" in failed.stdout
    assert [line.split()[0] for line in failed.stdout.splitlines() if line.strip().startswith(("1 ", "2 ", "3 "))] == ["1", "2", "3"]
    # --json: the same object as a local judge of the same answer files.
    remote = proctorx("judge", SUMS, str(wrong), "--judge", server.url, "--json")
    local = proctorx("judge", str(FIXTURES / SUMS), str(wrong), "--json")
    assert (remote.returncode, local.returncode) == (1, 1), remote.stderr + local.stderr
    remote_json, local_json = json.loads(remote.stdout), json.loads(local.stdout)
    assert list(remote_json) == list(local_json) and remote_json["language"] == local_json["language"] == "answers"
    assert [(t["index"], t["name"], t["verdict"]) for t in remote_json["tests"]] == [
        (1, "sample 1", "AC"),
        (2, "hidden 1", "AC"),
        (3, "hidden 2", "WA"),
    ]
    assert [list(t) for t in remote_json["tests"]] == [list(t) for t in local_json["tests"]]


def test_judge_with_the_server_refuses_answers_it_cant_send(server, tmp_path):
    binary = tmp_path / "answers"
    (binary / "sample").mkdir(parents=True)
    (binary / "sample" / "1.ans").write_bytes(b"\xff\xfe5\n")
    not_text = proctorx("judge", SUMS, str(binary), "--judge", server.url)
    assert not_text.returncode == 2 and "is not UTF-8 text" in not_text.stderr and "Traceback" not in not_text.stderr
    accepted = FIXTURES / SUMS / "submissions" / "accepted" / "all-right"
    local = proctorx("judge", str(FIXTURES / SUMS), str(accepted), "--judge", server.url)
    assert local.returncode == 2 and "give the slug of a problem it holds" in local.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    none = proctorx("judge", SUMS, str(empty), "--judge", server.url)
    assert none.returncode == 2 and "holds no answer to any test" in none.stderr


def test_an_exams_run_of_answers_is_recorded_as_answers_and_exam_grade_judges_it_again(server, tmp_path):
    c = client(server, STUDENT)
    try:
        report, finished = c.judge(answers_body(WRONG))
        assert (report.verdict, finished["recorded"]) == (Verdict.WA, True)
        report, finished = c.judge(answers_body(RIGHT))
        assert (report.verdict, finished["recorded"]) == (Verdict.AC, True)
        with pytest.raises(Rejected, match="not a language of the exam"):
            c.judge({"language": "c", "code": "int main(){}", "problem": "add-two"})
    finally:
        c.close()
    url = sqlite_url(server.folder / "logs" / "proctorx.db")
    db = Database(url)
    try:
        checked = chain.verify(db.lines("carol"))
        assert checked.ok, checked.reason
        runs = [r for r in checked.records if r["event"] == "run"]
        assert [(r["problem"], r["language"], r["verdict"], r["passed"]) for r in runs] == [
            (SUMS, "answers", "WA", 2),
            (SUMS, "answers", "AC", 3),
        ]
        assert runs[-1]["code"] == pack(RIGHT)
    finally:
        db.close()
    exam = str(server.folder / "exam.yaml")
    graded = proctorx("exam", "grade", exam, url, "--json", "--jobs", "1", token=None)
    assert graded.returncode == 0, graded.stderr
    rows = {p["problem"]: p for s in json.loads(graded.stdout)["students"] if s["student"] == "carol" for p in s["problems"]}
    assert (rows[SUMS]["language"], rows[SUMS]["verdict"], rows[SUMS]["passed"], rows[SUMS]["log_verdict"]) == ("answers", "AC", 3, "AC")
    assert rows["add-two"]["submitted"] is False
    table = proctorx("exam", "grade", exam, url, "--jobs", "1", token=None)
    assert table.returncode == 0 and "carol: 1 of 2 problems solved" in table.stdout
    report = proctorx("exam", "report", url, "--json", token=None)
    assert report.returncode == 0, report.stderr
    carol = next(log for log in json.loads(report.stdout)["logs"] if log["student"] == "carol")
    sums = next(p for p in carol["problems"] if p["problem"] == SUMS)
    assert carol["ok"] and (sums["best_passed"], sums["total"], sums["best_verdict"], sums["runs"]) == (3, 3, "AC", 2)
