"""A class on one judge server (issue 20): runs queue per student and are
served round robin, a student's newer run replaces the one still waiting, a
waiting run hears how many are ahead of it, and a full queue is a 429 that
says when to try again.  A real server process and the real engine, driven
by the real client (the one `judge --judge URL` and the app use).

One lane judges at a time here (--lanes 1) and a run that sleeps holds it
while the class sends its runs, so every position is known: the assertions
are on order and places, never on how long anything took."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading

import httpx
import pytest

from tests.app.helpers import PROBLEMS
from tests.integration.services import ROOT, JudgeServer
from tui.judging import EventKind
from tui.server.client import JudgeClient, JudgeServerError, Superseded
from tui.server.wire import request_json

pytestmark = pytest.mark.docker

AC = "a, b = map(int, input().split())\nprint(a + b)\n"
STUDENTS = ["busy", "flood", "lone1", "lone2", "lone3", "lone4", "late"]
TOKENS = {s: f"{s}-token-{n:04d}-queue" for n, s in enumerate(STUDENTS)}
CAPACITY = 5  # the four lone students and the flooder's one waiting run


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("queue-server")
    (folder / "tokens.txt").write_text("".join(f"{token} {student}\n" for student, token in TOKENS.items()))
    args = ["--problems", str(PROBLEMS), "--tokens", str(folder / "tokens.txt"), "--jobs", "2", "--lanes", "1"]
    running = JudgeServer(folder, *args, "--max-queued", str(CAPACITY)).start()
    yield running
    running.stop()
    assert running.containers() == []


ORDER = itertools.count()  # one sequence for every stream: the order things arrived in


class Student(threading.Thread):
    """One run through the real client, in a thread: what it heard, in order."""

    def __init__(self, server, student: str, body: dict) -> None:
        super().__init__(daemon=True)
        self.client = JudgeClient(server.url, TOKENS[student], timeout=120)
        self.body, self.cancel = body, threading.Event()
        self.waiting = threading.Event()  # set once it has queued (or ended)
        self.ahead: list[int] = []
        self.started: int | None = None
        self.report, self.error = None, None

    def run(self) -> None:
        def on_event(event) -> None:
            if event.kind is EventKind.QUEUED:
                self.ahead.append(event.ahead)
                self.waiting.set()
            elif event.kind is EventKind.TEST_STARTED and self.started is None:
                self.started = next(ORDER)
                self.waiting.set()

        try:
            self.report, _ = self.client.judge(self.body, None, on_event, self.cancel)
        except JudgeServerError as exc:
            self.error = exc
        finally:
            self.waiting.set()
            self.client.close()

    def send(self) -> Student:
        self.start()
        assert self.waiting.wait(60), "the run neither queued nor started"
        return self


def proctorx(*args: str, token: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PROCTORX_TOKEN": token}
    command = [sys.executable, "-m", "tui", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT, bufsize=1)


def test_a_lone_students_run_is_not_starved_by_a_flood_and_a_full_queue_says_when(server, tmp_path):
    sleeper = request_json("python", "import time\ntime.sleep(25)\n", tests=[])
    sleeper["tests"], sleeper["limits"] = [{"input": ""}], {"time_s": 10}
    add_two = request_json("python", AC, problem="add-two")
    solution = tmp_path / "add.py"
    solution.write_text(AC)

    busy = Student(server, "busy", sleeper).send()  # holds the one lane until it is cancelled
    assert busy.started is not None
    flood, lone, cli = [], [], None
    for n in range(1, 11):  # ten ctrl+r, the lone students' runs sent between the first ones
        flood.append(Student(server, "flood", add_two).send())
        if n <= 4 and n != 3:
            lone.append(Student(server, f"lone{n}", add_two).send())
        elif n == 3:  # lone3 is `proctorx judge --judge URL`: its rows say where it waits
            cli = proctorx("judge", "add-two", str(solution), "--judge", server.url, token=TOKENS["lone3"])
            heard = [cli.stdout.readline() for _ in range(2)]
            assert heard[1].strip() == "queued, 3 ahead", heard
    try:
        # The queue holds its five (the lone four, the flooder's newest): one more student is refused.
        full = httpx.post(server.url + "/v1/judgements", json=add_two, headers={"Authorization": f"Bearer {TOKENS['late']}"})
        assert full.status_code == 429 and "queue is full (5 runs waiting)" in full.json()["error"]
        assert int(full.headers["retry-after"]) >= 1
        late = proctorx("judge", "add-two", str(solution), "--judge", server.url, token=TOKENS["late"])
        _, err = late.communicate(timeout=120)
        assert late.returncode == 3 and err.count("\n") == 1 and "is full (429)" in err and "try again in" in err, err
        assert httpx.get(server.url + "/v1/health").json()["queued"] == CAPACITY
    finally:
        busy.cancel.set()  # the lane is free: the queue is judged in its order
    out, err = cli.communicate(timeout=300)
    for student in [busy, *flood, *lone]:
        student.join(300)

    # Nine of the flooder's runs were replaced while waiting; the newest is judged, once.
    assert all(isinstance(f.error, Superseded) and "superseded" in str(f.error) for f in flood[:9])
    assert flood[9].error is None and flood[9].report.verdict == "AC"
    # Each lone student waited behind the students who came before, never behind the flood.
    assert [s.ahead[0] for s in lone] == [1, 2, 4]
    assert all(s.ahead == sorted(s.ahead, reverse=True) for s in lone), [s.ahead for s in lone]
    assert all(s.report is not None and s.report.verdict == "AC" for s in lone)
    assert max(s.started for s in lone) < flood[9].started  # every one of them began before the flooder's newest
    assert cli.returncode == 0 and "You have passed 3/3 tests" in out, out + err
