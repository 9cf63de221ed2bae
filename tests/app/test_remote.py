"""The app as a judge server's client (`proctorx --judge URL`), driven by
Pilot against a real server process on loopback and the real engine: the
same live rows, banner and details as with a local engine, problems the app
doesn't hold come from the server, and a server that goes away mid-run (a
restart, or a crash) is a clear message; the next run works once it is back.
"""

from __future__ import annotations

import signal
import threading

import pytest

from tests.app.helpers import PROBLEMS, SIZE, table_column, wait_for
from tests.integration.services import JudgeServer
from tui import languages
from tui.app import ProctorXApp, widgets
from tui.app.remote_runner import RemoteRunner
from tui.app.screens import DetailsScreen, EngineErrorScreen, PickerScreen
from tui.app.widgets import ResultBanner
from tui.cli.app import resolve
from tui.server.client import JudgeClient
from tui.server.wire import request_json

pytestmark = pytest.mark.docker

AC = "a, b = map(int, input().split())\nprint(a + b)\n"
WRONG_BIG = "a, b = map(int, input().split())\nprint(a + b + (a + b > 100))\n"
SLOW = "import time\ntime.sleep(1.5)\n" + AC


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = JudgeServer(tmp_path_factory.mktemp("app-server"), "--problems", str(PROBLEMS), "--jobs", "2").start()
    yield running
    running.stop()
    assert running.containers() == []


def make(data_dir, tmp_path, server, code: str | None = None, problem: str | None = "add-two") -> ProctorXApp:
    """The app as the command line makes it with --judge URL, holding no
    problem of its own."""
    roots = [tmp_path / "no-problems-here"]
    roots[0].mkdir(exist_ok=True)
    solution = None
    if code is not None:
        solution = tmp_path / "work" / "main.py"
        solution.parent.mkdir(exist_ok=True)
        solution.write_text(code)
    runner = RemoteRunner(server.url)
    runner.open()
    assert runner.available, runner.error
    return ProctorXApp(roots, **resolve(roots, problem, solution, None, served=runner.problems), data_dir=data_dir, runner=runner)


def headline(screen) -> str:
    return screen.query_one(ResultBanner).headline


async def test_a_server_problem_opens_and_runs_with_live_rows_banner_and_details(data_dir, tmp_path, server):
    app = make(data_dir, tmp_path, server, problem=None)
    app.store.save_code("add-two", languages.get("python"), WRONG_BIG)  # what the student typed last time
    async with app.run_test(size=SIZE) as pilot:
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert table_column(picker.query_one("#picker-table"), "title") == ["Add Two", "Reverse Words"]  # the server's
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, PickerScreen))
        screen = app.screen
        assert screen.problem.slug == "add-two" and "Add Two" in screen.problem.statement
        assert f"judge server {server.url}" in str(screen.query_one("#status-engine").content)
        table = screen.query_one(widgets.TestTable)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: not screen.running, timeout=120)
        await pilot.pause()
        assert headline(screen) == "You have passed 2/3 tests"
        assert table_column(table, "status") == ["✅ Accepted", "✅ Accepted", "❌ Wrong Answer"]
        assert all(t.endswith(" ms") for t in table_column(table, "time"))
        detail = str(screen.query_one("#banner-detail").content)
        assert detail.startswith("First failure: test 3 (hidden 1): Wrong Answer")
        # The hidden test's details: its verdict, time and memory, nothing of its data.
        table.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen))
        shown = " ".join(str(s.content) for s in app.screen.query("Static"))
        assert "Wrong Answer" in shown and "100 200" not in shown and "301" not in shown
        await pilot.press("escape")
        await pilot.press("ctrl+q")
    assert app.store.results()["add-two"].verdict == "WA"


async def test_a_server_restart_or_crash_mid_run_is_said_and_the_next_run_works(data_dir, tmp_path, server):
    app = make(data_dir, tmp_path, server, SLOW)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        table = screen.query_one(widgets.TestTable)
        for stop, says in ((signal.SIGTERM, "shutting down"), (signal.SIGKILL, "went away before the run ended")):
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: any("running" in s for s in table_column(table, "status")), timeout=120)
            server.stop(stop)
            await wait_for(pilot, lambda: not screen.running, timeout=60)
            await pilot.pause()
            assert headline(screen).startswith("Could not run the tests: the judge server at"), headline(screen)
            assert says in headline(screen)
            assert "ctrl+r tries again" in str(screen.query_one("#banner-detail").content)
            if isinstance(app.screen, EngineErrorScreen):  # the server is gone: the app says so, and waits
                assert "judge server" in str(app.screen.query_one("#engine-title").content)
                await pilot.press("escape")
            server.start()
            await pilot.press("ctrl+r")
            try:
                await wait_for(pilot, lambda: not screen.running and headline(screen).startswith("You have passed"), timeout=120)
            except AssertionError:
                raise AssertionError(f"{stop}: {headline(screen)!r} on {app.screen!r}, running={screen.running}") from None
            assert headline(screen) == "You have passed 3/3 tests"
        await pilot.press("ctrl+q")


async def test_an_exam_token_sees_only_the_exams_problems(data_dir, tmp_path):
    (tmp_path / "exam.yaml").write_text("title: Lab exam\nproblems: [reverse-words]\nduration: 30\n")
    (tmp_path / "tokens.txt").write_text("erin-token-0001 erin exam.yaml\n")
    exam_server = JudgeServer(tmp_path / "s", "--problems", str(PROBLEMS), "--tokens", str(tmp_path / "tokens.txt")).start()
    try:
        runner = RemoteRunner(exam_server.url, "erin-token-0001")
        runner.open()
        app = ProctorXApp([PROBLEMS], data_dir=data_dir, runner=runner)  # this PC holds add-two too
        async with app.run_test(size=SIZE) as pilot:
            assert table_column(app.screen.query_one("#picker-table"), "title") == ["Reverse Words"]
            assert "erin" in str(app.screen.query_one("#status-engine").content)
            await pilot.press("ctrl+q")
        refused = RemoteRunner(exam_server.url, "wrong-token-0001")
        refused.open()
        assert not refused.available and "refused the token" in refused.error and "--token" in refused.error
    finally:
        exam_server.stop()


async def test_a_run_waiting_in_the_servers_queue_says_how_many_are_ahead(data_dir, tmp_path, server):
    """Without tokens a server queues per address: a run of this machine
    being judged holds the app's run back, whose rows say where it waits."""
    app = make(data_dir, tmp_path, server, AC)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        table = screen.query_one(widgets.TestTable)
        started = threading.Event()
        other = JudgeClient(server.url, timeout=60)
        body = request_json("python", SLOW, problem="add-two")
        ahead = threading.Thread(
            target=lambda: other.judge(body, None, lambda e: started.set() if e.kind.value == "test-started" else None)
        )
        ahead.start()
        try:
            assert started.wait(120)
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: table_column(table, "status")[0] == "· queued, 0 ahead", timeout=60)
            assert headline(screen).startswith("Queued on the judge server: 0 runs ahead")
            await wait_for(pilot, lambda: not screen.running, timeout=120)
            assert headline(screen) == "You have passed 3/3 tests"
        finally:
            ahead.join(120)
            other.close()
        await pilot.press("ctrl+q")
