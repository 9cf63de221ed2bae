"""An exam sat through a judge server (`proctorx exam EXAM.yaml --judge URL
--token T`), driven by Pilot against a real server process on loopback and the
real engine: the student is the token's, every run lands in the server's
record (no log folder on the lab machine), the countdown resumes from the
server's start across a restart, and once the exam is over the server judges
nothing more for that student."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from tests.app.helpers import PROBLEMS, SIZE, wait_for
from tests.integration.services import ROOT, JudgeServer
from tui.app.exam_app import ExamApp
from tui.app.remote_runner import RemoteRunner
from tui.app.screens.exam_problem import ExamProblemScreen
from tui.app.screens.exam_start import ExamStartScreen
from tui.app.widgets import ResultBanner
from tui.cli.errors import UsageError
from tui.cli.exam import server_session
from tui.exam import chain
from tui.exam.database import Database, sqlite_url
from tui.exam.examfile import load_exam

pytestmark = pytest.mark.docker

ALICE, CAROL = "alice-exam-token-01", "carol-exam-token-02"
EXAM = "title: Server exam\nproblems: [add-two]\nduration: 45\nlanguages: [python]\n"
RIGHT = "a, b = map(int, input().split())\nprint(a + b)\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exam-server")
    (folder / "exam.yaml").write_text(EXAM)
    (folder / "tokens.txt").write_text(f"{ALICE} alice exam.yaml\n{CAROL} carol exam.yaml\n")
    running = JudgeServer(folder, "--problems", str(PROBLEMS), "--tokens", str(folder / "tokens.txt"), "--jobs", "2").start()
    yield running
    running.stop()
    assert running.containers() == []


def records(server, student: str) -> list[dict]:
    db = Database(sqlite_url(server.folder / "logs" / "proctorx.db"))
    try:
        checked = chain.verify(db.lines(student))
    finally:
        db.close()
    assert checked.ok, checked.reason
    return checked.records


def open_app(server, data_dir, token: str = ALICE, text: str = EXAM) -> ExamApp:
    """The app as `proctorx exam exam.yaml --judge URL --token T` makes it."""
    path = server.folder / "local" / "exam.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text)
    runner = RemoteRunner(server.url, token)
    exam, session = server_session(load_exam(path, [PROBLEMS]), runner)
    return ExamApp(exam, session.records, session=session, data_dir=data_dir, runner=runner)


async def test_runs_go_to_the_servers_record_and_the_countdown_resumes_from_it(server, data_dir):
    app = open_app(server, data_dir)
    assert app.exam.student == "alice"  # the token says who sits it
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ExamStartScreen))
        await pilot.click("#exam-start-button")
        await wait_for(pilot, lambda: isinstance(app.screen, ExamProblemScreen))
        screen = app.screen
        assert f"judge server {server.url}" in app.runner.describe()
        screen.query_one("#editor").text = RIGHT
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: not screen.running and screen.query_one(ResultBanner).headline.startswith("You have"), 120)
        assert screen.query_one(ResultBanner).headline == "You have passed 3/3 tests"
        await wait_for(pilot, lambda: app.exam.runs("add-two"))
        left_before = app.exam.remaining_s()
        await pilot.press("ctrl+q")
    app.runner.close()
    kept = records(server, "alice")
    assert [r["event"] for r in kept] == ["start", "run", "quit"]
    run = kept[1]
    assert (run["problem"], run["language"], run["code"], run["verdict"], run["passed"], run["total"]) == (
        "add-two",
        "python",
        RIGHT,
        "AC",
        3,
        3,
    )
    assert app.exam.tallies()["add-two"].best_passed == 3

    # Reopened: a resume in the same chain, the countdown from the server's start.
    again = open_app(server, data_dir)
    assert again.exam.state == "running" and again.exam.started_at is not None
    async with again.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(again.screen, ExamProblemScreen))
        assert again.exam.remaining_s() <= left_before
        await pilot.press("ctrl+q")
    again.runner.close()
    assert [r["event"] for r in records(server, "alice")] == ["start", "run", "quit", "resume", "quit"]


def test_another_exam_file_or_a_token_of_no_exam_is_one_line(server, tmp_path):
    other = tmp_path / "exam.yaml"
    other.write_text(EXAM.replace("Server exam", "Another exam"))
    with pytest.raises(UsageError, match="holds another exam"):
        server_session(load_exam(other, [PROBLEMS]), RemoteRunner(server.url, ALICE))
    mine = tmp_path / "mine.yaml"
    mine.write_text(EXAM)
    with pytest.raises(UsageError, match="this token is alice's"):
        server_session(load_exam(mine, [PROBLEMS]), RemoteRunner(server.url, ALICE), student="bob")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PROCTORX_TOKEN": "not-a-token"}
    refused = subprocess.run(
        [sys.executable, "-m", "tui", "exam", str(mine), "--judge", server.url], capture_output=True, text=True, timeout=120, env=env
    )
    assert refused.returncode == 3 and "refused the token" in refused.stderr and "Traceback" not in refused.stderr
    assert refused.stderr.strip().count("\n") == 0, refused.stderr


def test_once_the_log_is_closed_the_server_judges_nothing_more_for_that_student(server):
    headers = {"Authorization": f"Bearer {CAROL}"}
    body = {"language": "python", "code": RIGHT, "problem": "add-two"}
    with httpx.stream("POST", server.url + "/v1/judgements", json=body, headers=headers, timeout=120) as first:
        assert first.status_code == 200
        first.read()
    ended = httpx.post(server.url + "/v1/exam/events", json={"event": "end"}, headers=headers)
    assert ended.status_code == 201 and ended.json()["record"]["event"] == "end"
    late = httpx.post(server.url + "/v1/judgements", json=body, headers=headers, timeout=120)
    assert late.status_code == 403 and "is over for carol" in late.json()["error"]
    assert [r["event"] for r in records(server, "carol")] == ["start", "run", "end"]
    log = httpx.get(server.url + "/v1/exam/log", headers=headers)
    assert log.status_code == 200 and chain.verify(log.json()["lines"]).ok
