"""Nothing lost under faults (issue 20): a judge server killed (SIGKILL) with
runs in its queue judges them at its next start, or ends them as failed
saying why; each student sees the outcome by fetching the judgement by id,
and an exam's run reaches the record.  A real server process, killed."""

from __future__ import annotations

import json
import signal
import threading
import time

import httpx
import pytest
import sqlalchemy as sa

from tests.app.helpers import PROBLEMS
from tests.integration.services import JudgeServer
from tui.exam import chain
from tui.exam.database import Database, sqlite_url
from tui.server.client import JudgeClient, JudgeServerError
from tui.server.streaming import read_events
from tui.server.wire import request_json

pytestmark = pytest.mark.docker

AC = "a, b = map(int, input().split())\nprint(a + b)\n"
TOKENS = {
    "busy": "busy-token-0000-faults",
    "alice": "alice-token-0001-faults",
    "bob": "bob-token-0002-faults",
    "carol": "carol-token-03-faults",
}


def tokens_file(folder, *students: str):
    path = folder / "tokens.txt"
    path.write_text("".join(f"{TOKENS[s]} {s}{' exam.yaml' if s == 'alice' else ''}\n" for s in students))
    return path


def accepted(server, student: str, body: dict, streams: list) -> str:
    """Sends a run and reads its stream until it waits in the queue; its id.
    The stream is left open (the server is killed under it)."""
    stream = httpx.stream("POST", server.url + "/v1/judgements", json=body, headers={"Authorization": f"Bearer {TOKENS[student]}"})
    response = stream.__enter__()
    events = read_events(response.iter_lines())
    streams.append((stream, events))  # held: a stream let go would close, and a run whose client left is dropped
    kind, data = next(events)
    assert kind == "accepted"
    assert next(events)[0] == "queued"
    return data["id"]


def outcome(server, student: str, judgement: str) -> dict:
    """The judgement as its student fetches it, once it has ended."""
    give_up = time.monotonic() + 180
    while True:
        found = httpx.get(f"{server.url}/v1/judgements/{judgement}", headers={"Authorization": f"Bearer {TOKENS[student]}"}).json()
        if found.get("status") not in ("queued", "running") or time.monotonic() > give_up:
            return found
        time.sleep(0.2)


def test_a_killed_server_judges_its_queue_at_its_next_start_or_says_why_not(tmp_path):
    (tmp_path / "exam.yaml").write_text("title: Faults\nproblems: [add-two]\nduration: 60\n")
    tokens = tokens_file(tmp_path, *TOKENS)
    server = JudgeServer(tmp_path, "--problems", str(PROBLEMS), "--tokens", str(tokens), "--lanes", "1", "--jobs", "2", name="faults")
    server.start()
    sleeper = {"language": "python", "code": "import time\ntime.sleep(25)\n", "tests": [{"input": ""}], "limits": {"time_s": 10}}
    started, streams, lost = threading.Event(), [], []
    busy = JudgeClient(server.url, TOKENS["busy"])

    def hold() -> None:
        try:
            busy.judge(sleeper, None, lambda e: started.set() if e.kind.value == "test-started" else None)
        except JudgeServerError as exc:  # its server is killed under it
            lost.append(str(exc))

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    try:
        assert started.wait(120)  # the one lane is busy: what follows waits in the queue
        ids = {
            "alice": accepted(server, "alice", request_json("python", AC, problem="add-two"), streams),
            "bob": accepted(server, "bob", {"language": "python", "code": AC, "tests": [{"input": "2 3\n", "expected": "5\n"}]}, streams),
            "carol": accepted(server, "carol", request_json("python", AC, problem="add-two"), streams),
        }
        assert server.stop(signal.SIGKILL) == -signal.SIGKILL
    finally:
        for stream, _ in streams:
            stream.__exit__(None, None, None)
        holder.join(60)
        busy.close()

    assert len(lost) == 1 and "went away before the run ended" in lost[0] and "fetch judgement " in lost[0]
    # busy's and carol's tokens are taken away before the server comes back.
    tokens_file(tmp_path, "alice", "bob")
    server.start()
    try:
        assert "2 runs accepted before a stop judged now, 2 ended as failed" in server.stdout()
        alice, bob = outcome(server, "alice", ids["alice"]), outcome(server, "bob", ids["bob"])
        assert alice["status"] == "finished" and alice["report"]["verdict"] == "AC" and alice["recorded"] is True
        assert bob["status"] == "finished" and bob["report"]["tests"][0]["verdict"] == "AC"
    finally:
        server.stop()
    assert server.containers() == []
    db = Database(sqlite_url(tmp_path / "logs" / "proctorx.db"))
    try:
        checked = chain.verify(db.lines("alice"))
        assert checked.ok, checked.reason
        assert [r["judgement"] for r in checked.records if r["event"] == "run"] == [ids["alice"]]
        assert db.unfinished_judgements("faults") == []
        # Those that can't be judged any more (busy's, running when killed, and carol's) end as failed, saying why.
        failed = {id: error for id, status, error in statuses(db) if status == "failed"}
        assert len(failed) == 2 and ids["carol"] in failed
        assert all("its token is no longer in the server's tokens file" in error for error in failed.values())
    finally:
        db.close()


def statuses(db: Database) -> list[tuple[str, str, str]]:
    """(id, status, error) of every judgement kept, read as an administrator would."""
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, status, body FROM judgements")).all()
    return [(id, status, json.loads(body).get("error") or "") for id, status, body in rows]
