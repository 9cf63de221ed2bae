"""The judge server's HTTP API against a real server process and the real
engine: auth, limits and their status codes, what hidden tests say, the order
a judgement streams in, fetching it again, and what an exam's run leaves in
the record."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading

import httpx
import pytest

from tests.app.helpers import PROBLEMS
from tests.integration.services import ROOT, JudgeServer, free_port
from tui.exam import chain
from tui.exam.database import Database, sqlite_url
from tui.server.streaming import read_events

pytestmark = pytest.mark.docker

ALICE, BOB, PRACTICE = "alice-token-0123", "bob-token-4567", "practice-pc14-token"
AC = "a, b = map(int, input().split())\nprint(a + b)\n"
WRONG_BIG = "a, b = map(int, input().split())\nprint(a + b + (a + b > 100))\n"  # fails the hidden test only
SLOW = "import time\ntime.sleep(2.0)\n" + AC


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("server")
    (folder / "exam.yaml").write_text("title: Lab exam 1\nproblems: [add-two]\nduration: 60\nlanguages: [python, c]\n")
    (folder / "tokens.txt").write_text(
        f"# the lab's tokens\n{ALICE} alice exam.yaml\n{BOB}   bob   exam.yaml  # a comment\n{PRACTICE} pc14\n"
    )
    running = JudgeServer(
        folder,
        "--problems",
        str(PROBLEMS),
        "--tokens",
        str(folder / "tokens.txt"),
        "--max-code-kb",
        "4",
        "--max-tests",
        "3",
        "--max-runs-per-client",
        "1",
        "--jobs",
        "2",
    ).start()
    yield running
    running.stop()
    assert running.containers() == []


def post(server, body, token=ALICE, path="/v1/judgements") -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(server.url + path, content=body if isinstance(body, bytes) else json.dumps(body), headers=headers, timeout=120)


def judge(server, body, token=ALICE) -> list[tuple[str, dict]]:
    """Every event of one judgement, in the order it streamed."""
    with httpx.stream("POST", server.url + "/v1/judgements", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=120) as r:
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream")
        return list(read_events(r.iter_lines()))


def test_health_needs_no_token_and_says_who_is_there(server):
    r = httpx.get(server.url + "/v1/health")
    assert r.status_code == 200
    assert r.json()["server"] == server.name and r.json()["sandbox"] == "docker"


@pytest.mark.parametrize("token", [None, "not-a-known-token"])
def test_without_a_known_token_nothing_is_served_or_judged(server, token):
    for response in (
        httpx.get(server.url + "/v1/problems", headers={"Authorization": f"Bearer {token}"} if token else {}),
        post(server, {"language": "python", "code": AC, "problem": "add-two"}, token=token),
    ):
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        assert "token" in response.json()["error"]
    assert "anonymous" not in (server.folder / "logs" / "server.log").read_text()


def test_an_exam_token_sees_its_exam_and_hidden_tests_keep_their_data(server):
    listed = httpx.get(server.url + "/v1/problems", headers={"Authorization": f"Bearer {ALICE}"}).json()["problems"]
    assert [p["slug"] for p in listed] == ["add-two"]
    practice = httpx.get(server.url + "/v1/problems", headers={"Authorization": f"Bearer {PRACTICE}"}).json()["problems"]
    assert [p["slug"] for p in practice] == ["add-two", "reverse-words"]
    add_two = listed[0]
    assert (add_two["samples"], add_two["hidden"]) == (2, 1)
    hidden = [t for t in add_two["tests"] if t["hidden"]]
    assert hidden and all(set(t) == {"index", "name", "hidden"} for t in hidden)
    assert [t["input"] for t in add_two["tests"] if not t["hidden"]] == ["1 2\n", "5 7\n"]


def test_a_judgement_streams_in_order_and_hidden_tests_say_only_verdict_time_memory(server):
    events = judge(server, {"language": "python", "code": WRONG_BIG, "problem": "add-two"})
    kinds = [kind for kind, _ in events]
    assert kinds[:3] == ["accepted", "compile-started", "compile-finished"] and kinds[-1] == "finished"
    started = [data["index"] for kind, data in events if kind == "test-started"]
    finished = [data["test"]["index"] for kind, data in events if kind == "test-finished"]
    assert sorted(started) == sorted(finished) == [1, 2, 3]
    began = {data["index"]: i for i, (kind, data) in enumerate(events) if kind == "test-started"}
    ended = {data["test"]["index"]: i for i, (kind, data) in enumerate(events) if kind == "test-finished"}
    assert all(began[index] < ended[index] for index in ended)  # each test starts before it finishes
    report = events[-1][1]["report"]
    assert (report["verdict"], report["passed"], report["total"], report["sandbox"]) == ("WA", 2, 3, "docker")
    streamed = {d["test"]["index"]: d["test"] for k, d in events if k == "test-finished"}
    for test in [*report["tests"], *streamed.values()]:
        if test["hidden"]:
            assert test["verdict"] == "WA"
            assert {k: test[k] for k in ("stdout", "stderr", "message", "exit_code", "signal", "wall_ms")} == dict.fromkeys(
                ("stdout", "stderr", "message", "exit_code", "signal", "wall_ms")
            )
            assert isinstance(test["time_ms"], int) and test["memory_kb"] > 0
        else:
            assert test["stdout"] in ("3\n", "12\n")
    assert events[-1][1]["recorded"] is True


def test_explicit_tests_in_the_seed_shape_with_and_without_answers(server):
    tests = [{"input": "1 2\n", "expected": "3\n"}, {"input": "2 2\n", "expected_output": "5\n"}, {"input": "40 2\n"}]
    events = judge(server, {"language": "python", "code": AC, "tests": tests}, token=PRACTICE)
    report = events[-1][1]["report"]
    assert [t["verdict"] for t in report["tests"]] == ["AC", "WA", "AC"]
    assert report["tests"][2]["stdout"] == "42\n"
    assert events[-1][1]["recorded"] is False  # not an exam's problem: practice
    seed = post(server, {"language": "python", "code": AC, "tests": tests[:1]}, token=PRACTICE, path="/run")
    assert seed.status_code == 200 and "event: finished" in seed.text


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 400, "not JSON"),
        ({"language": "python", "problem": "add-two"}, 400, "`code` is required"),
        ({"language": "cobol", "code": AC, "problem": "add-two"}, 422, "cobol"),
        ({"language": "python", "code": "#" * 5000, "problem": "add-two"}, 413, "at most 4 KiB"),
        ({"language": "python", "code": AC, "tests": [{"input": ""}] * 4}, 413, "at most 3"),
        ({"language": "python", "code": AC, "tests": [{"input": "", "expected": 3}]}, 400, "expected must be a string"),
        ({"language": "python", "code": AC, "problem": "no-such-problem"}, 404, "no problem"),
        ({"language": "python", "code": AC, "problem": "reverse-words"}, 403, "not a problem of the exam"),
        ({"language": "cpp", "code": AC, "problem": "add-two"}, 403, "not a language of the exam"),
        ({"language": "python", "code": AC, "tests": [{"input": ""}], "limits": {"time_s": 99}}, 422, "at most 10"),
    ],
)
def test_bad_requests_get_a_clear_4xx(server, body, status, words):
    response = post(server, body)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_a_students_runs_are_judged_one_at_a_time_and_the_newest_waiting_one_wins(server):
    """--max-runs-per-client 1: BOB's second run waits for his first; a third
    replaces the second, which hears that it was superseded."""
    first, second = [], []
    body = {"language": "python", "code": AC, "problem": "add-two"}
    threads = [threading.Thread(target=lambda: first.extend(judge(server, {**body, "code": SLOW}, BOB)))]
    threads[0].start()
    try:
        with httpx.Client(timeout=30) as http:
            for _ in range(600):
                if http.get(server.url + "/v1/health").json()["judging"]:
                    break
                threading.Event().wait(0.05)
            with httpx.stream("POST", server.url + "/v1/judgements", json=body, headers={"Authorization": f"Bearer {BOB}"}) as waiting:
                events = read_events(waiting.iter_lines())
                second.append(next(events))
                second.append(next(events))  # it waits: the lane is free, but BOB's first run is being judged
                third = judge(server, body, BOB)
                second.extend(events)
    finally:
        threads[0].join(120)
    assert [kind for kind, _ in second] == ["accepted", "queued", "error"]
    assert second[1][1] == {"ahead": 0}
    assert second[2][1]["status"] == 409 and "superseded" in second[2][1]["error"]
    kinds = [kind for kind, _ in third]
    assert kinds[:2] == ["accepted", "queued"] and kinds[-1] == "finished", kinds
    assert first[-1][0] == "finished"
    gone = httpx.get(f"{server.url}/v1/judgements/{second[0][1]['id']}", headers={"Authorization": f"Bearer {BOB}"}).json()
    assert gone["status"] == "superseded" and "newer run" in gone["error"]


def test_a_finished_judgement_can_be_fetched_again_by_its_owner(server):
    events = judge(server, {"language": "python", "code": AC, "problem": "add-two"})
    judgement = events[-1][1]["id"]
    again = httpx.get(f"{server.url}/v1/judgements/{judgement}", headers={"Authorization": f"Bearer {ALICE}"})
    assert again.status_code == 200
    assert again.json()["report"] == events[-1][1]["report"] and again.json()["status"] == "finished"
    stranger = httpx.get(f"{server.url}/v1/judgements/{judgement}", headers={"Authorization": f"Bearer {BOB}"})
    assert stranger.status_code == 404


def test_exam_runs_are_recorded_chained_with_hidden_verdicts_and_tokens_never_logged(server):
    judge(server, {"language": "python", "code": AC, "problem": "add-two"}, token=ALICE)
    db = Database(sqlite_url(server.folder / "logs" / "proctorx.db"))
    try:
        assert {"alice", "bob"} <= set(db.students()) and "pc14" not in db.students()
        checked = chain.verify(db.lines("alice"))
        assert checked.ok, checked.reason
        records = checked.records
        assert records[0]["event"] == "start" and records[0]["exam"] == "Lab exam 1"
        runs = [r for r in records if r["event"] == "run"]
        assert runs and all(r["server"] == server.name and r["exam_sha256"] == db.exam for r in runs)
        last = runs[-1]
        assert (last["problem"], last["language"], last["verdict"], last["passed"], last["total"]) == ("add-two", "python", "AC", 3, 3)
        assert last["code"] == AC and [t["index"] for t in last["tests"]] == [1, 2, 3]
        assert set(last["tests"][2]) == {"index", "verdict", "time_ms", "memory_kb"}
        assert any(r["verdict"] == "WA" for r in runs)  # the run whose hidden test failed is there too
    finally:
        db.close()
    logs = (server.folder / "logs" / "server.log").read_text() + server.stderr() + server.stdout()
    assert "judgement" in logs
    for token in (ALICE, BOB, PRACTICE):
        assert token not in logs


def test_exam_events_join_the_same_chain(server):
    headers = {"Authorization": f"Bearer {BOB}"}
    info = httpx.get(server.url + "/v1/exam", headers=headers).json()
    assert info["title"] == "Lab exam 1" and info["problems"] == ["add-two"] and info["duration_s"] == 3600
    quit_ = httpx.post(server.url + "/v1/exam/events", json={"event": "quit"}, headers=headers)
    assert quit_.status_code == 201 and quit_.json()["event"] == "quit"
    bad = httpx.post(server.url + "/v1/exam/events", json={"event": "run"}, headers=headers)
    assert bad.status_code == 400
    assert httpx.get(server.url + "/v1/exam", headers={"Authorization": f"Bearer {PRACTICE}"}).status_code == 404


# ---- the command line against the server ---------------------------------
def proctorx(*args: str, token: str | None = PRACTICE) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PROCTORX_TOKEN", None)
    if token:
        env["PROCTORX_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)


def test_judge_on_the_server_prints_what_a_local_judge_prints(server, tmp_path):
    solution = tmp_path / "add.py"
    solution.write_text(WRONG_BIG)
    folder = str(PROBLEMS / "add-two")
    remote = proctorx("judge", "add-two", str(solution), "--judge", server.url, "--json")
    local = proctorx("judge", folder, str(solution), "--json")
    assert (remote.returncode, local.returncode) == (1, 1), remote.stderr + local.stderr
    remote_json, local_json = json.loads(remote.stdout), json.loads(local.stdout)
    assert list(remote_json) == list(local_json)
    assert [list(t) for t in remote_json["tests"]] == [list(t) for t in local_json["tests"]]
    strip = lambda report: [{k: v for k, v in t.items() if k not in ("time_ms", "wall_ms", "memory_kb")} for t in report["tests"]]
    assert strip(remote_json) == strip(local_json)
    assert remote_json["verdict"] == local_json["verdict"] == "WA"
    # A local folder's tests travel with the code; the table is the same.
    sent = proctorx("judge", folder, str(solution), "--judge", server.url)
    assert sent.returncode == 1 and "You have passed 2/3 tests — Wrong Answer" in sent.stdout
    assert f"judge server {server.url}" in sent.stdout.splitlines()[0]


def test_judge_on_a_server_that_is_not_there_or_refuses_the_token_exits_3_with_one_line(server, tmp_path):
    solution = tmp_path / "add.py"
    solution.write_text(AC)
    gone = proctorx("judge", "add-two", str(solution), "--judge", f"127.0.0.1:{free_port()}")
    refused = proctorx("judge", "add-two", str(solution), "--judge", server.url, token="wrong-token-000")
    missing = proctorx("judge", "no-such-problem", str(solution), "--judge", server.url)
    for result, words in ((gone, "can't reach the judge server"), (refused, "refused the token"), (missing, "no problem")):
        assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert (gone.returncode, refused.returncode, missing.returncode) == (3, 3, 2)


def test_exam_export_writes_logs_that_verify(server, tmp_path):
    judge(server, {"language": "python", "code": AC, "problem": "add-two"}, token=ALICE)
    url = sqlite_url(server.folder / "logs" / "proctorx.db")
    done = proctorx("exam", "export", url, str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    exported = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "alice.jsonl" in exported
    with open(tmp_path / "out" / "alice.jsonl", encoding="utf-8", newline="") as f:
        checked = chain.verify(f.readlines())
    assert checked.ok and checked.records[-1]["event"] == "run"
    again = proctorx("exam", "export", url, str(tmp_path / "out"))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_judge_on_a_server_that_dies_mid_run_exits_3_saying_so(tmp_path):
    dying = JudgeServer(tmp_path / "dying", "--problems", str(PROBLEMS)).start()
    solution = tmp_path / "slow.py"
    solution.write_text(SLOW)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "tui", "judge", "add-two", str(solution), "--judge", dying.url]
    client = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        for _ in range(600):
            if httpx.get(dying.url + "/v1/health").json()["judging"]:
                break
            threading.Event().wait(0.05)
        dying.stop(signal.SIGKILL)
        _, err = client.communicate(timeout=60)
    finally:
        client.kill()
    assert client.returncode == 3, err
    assert err.count("\n") == 1 and "went away before the run ended" in err
    # Containers it had created but not started when it was killed go at its next start.
    dying.start().stop()
    assert dying.containers() == []
