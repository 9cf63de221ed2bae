"""Several judge servers behind a real load balancer (Debian's haproxy),
sharing one real PostgreSQL (a throwaway cluster of Debian's postgresql):
a batch of exam judgements from several clients at once is judged right and
recorded once, by both servers, in one record of the class; a database that
goes down is a clear 503 and judges nothing."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.app.helpers import PROBLEMS
from tests.integration.services import Haproxy, JudgeServer, Postgres
from tui.exam import chain
from tui.exam.database import Database
from tui.exam.examfile import load_exam
from tui.server.client import Failed, JudgeClient
from tui.server.wire import request_json

AC = "a, b = map(int, input().split())\nprint(a + b)\n"
WRONG = "a, b = map(int, input().split())\nprint(a - b)\n"
STUDENTS = [f"student{n}" for n in range(1, 7)]


@pytest.fixture(scope="module")
def postgres():
    cluster = Postgres().start()
    yield cluster
    cluster.remove()


def test_appends_from_several_servers_keep_one_chain_per_student(postgres):
    servers = [Database(postgres.url) for _ in range(3)]
    exam = "c" * 64

    def append(db: Database, n: int) -> None:
        for i in range(10):
            db.append("carol", {"event": "run", "time": "t", "student": "carol", "exam_sha256": exam, "n": n, "i": i})

    try:
        threads = [threading.Thread(target=append, args=(db, n)) for n, db in enumerate(servers) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        view = Database(f"{postgres.url}?exam={exam}")
        checked = chain.verify(view.lines("carol"))
        assert checked.ok, checked.reason
        assert [r["seq"] for r in checked.records] == list(range(1, 61))
        view.close()
    finally:
        for db in servers:
            db.close()


@pytest.mark.docker
def test_a_load_balanced_batch_is_judged_right_recorded_once_by_both_servers(postgres, tmp_path):
    (tmp_path / "exam.yaml").write_text("title: Cluster exam\nproblems: [add-two]\nduration: 30\nlanguages: [python]\n")
    tokens = {student: f"{student}-token-{n:04d}" for n, student in enumerate(STUDENTS)}
    (tmp_path / "tokens.txt").write_text("".join(f"{token} {student} exam.yaml\n" for student, token in tokens.items()))
    exam = load_exam(tmp_path / "exam.yaml", [PROBLEMS])
    common = ["--problems", str(PROBLEMS), "--tokens", str(tmp_path / "tokens.txt"), "--db", postgres.url, "--jobs", "2"]
    servers = [JudgeServer(tmp_path / name, *common, name=name) for name in ("judge-a", "judge-b")]
    with ThreadPoolExecutor(2) as starting:
        list(starting.map(JudgeServer.start, servers))
    balancer = Haproxy(tmp_path / "haproxy", servers).start()
    try:
        seen = set()
        for _ in range(100):  # until the balancer's health checks have both servers up
            seen.add(httpx.get(balancer.url + "/v1/health", timeout=30).json()["server"])
            if len(seen) == 2:
                break
        assert seen == {"judge-a", "judge-b"}

        def student_runs(student: str) -> list[tuple[str, str]]:
            client = JudgeClient(balancer.url, tokens[student], timeout=60)
            try:
                return [
                    (expected, client.judge(request_json("python", code, problem="add-two"))[0].verdict)
                    for expected, code in (("AC", AC), ("WA", WRONG))
                ]
            finally:
                client.close()

        with ThreadPoolExecutor(len(STUDENTS)) as clients:
            results = dict(zip(STUDENTS, clients.map(student_runs, STUDENTS)))
        for student, runs in results.items():
            assert [verdict for _, verdict in runs] == [expected for expected, _ in runs], student

        record = Database(f"{postgres.url}?exam={exam.sha256}")
        try:
            assert record.students() == sorted(STUDENTS)  # one record of the class
            judged_by = set()
            for student in STUDENTS:
                checked = chain.verify(record.lines(student))
                assert checked.ok, (student, checked.reason)
                events = [r["event"] for r in checked.records]
                assert events.count("start") == 1 and events.count("run") == 2, (student, events)  # each run once
                runs = [r for r in checked.records if r["event"] == "run"]
                assert sorted(r["verdict"] for r in runs) == ["AC", "WA"]
                judged_by |= {r["server"] for r in runs}
            assert judged_by == {"judge-a", "judge-b"}
        finally:
            record.close()
    finally:
        balancer.stop()
        for server in servers:
            server.stop()
    for server in servers:
        assert server.containers() == [], server.name


@pytest.mark.docker
def test_a_database_that_is_down_is_a_clear_error_and_nothing_is_judged(tmp_path):
    cluster = Postgres().start()
    (tmp_path / "exam.yaml").write_text("title: Down exam\nproblems: [add-two]\nduration: 30\n")
    (tmp_path / "tokens.txt").write_text("dana-token-0001 dana exam.yaml\n")
    server = JudgeServer(tmp_path / "s", "--problems", str(PROBLEMS), "--tokens", str(tmp_path / "tokens.txt"), "--db", cluster.url).start()
    client = JudgeClient(server.url, "dana-token-0001", timeout=60)
    body = request_json("python", AC, problem="add-two")
    try:
        assert client.judge(body)[1]["recorded"] is True
        cluster.stop()
        with pytest.raises(Failed, match="record database"):
            client.judge(body)
        cluster.start()
        report, finished = client.judge(body)  # back: judged and recorded again
        assert report.verdict == "AC" and finished["recorded"] is True
    finally:
        client.close()
        server.stop()
        cluster.remove()
    log = (tmp_path / "s" / "logs" / "server.log").read_text()
    assert log.count("recorded") == 2  # the refused run was never judged
