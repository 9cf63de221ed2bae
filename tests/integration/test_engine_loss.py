"""The engine going away in the middle of a run, and coming back.

A throwaway engine of the test's own is killed (SIGKILL, as in a crash)
while a problem is being judged: the tests it was running end as IE with the
reason, the run ends, and the same DockerSandbox judges again once the engine
is back.  The shared engine is never stopped."""

from __future__ import annotations

import dataclasses
import shutil
import threading

import pytest

from tests.conftest import containers_of
from tui import languages, packages
from tui.judging import EventKind, Judge
from tui.sandbox import SandboxUnavailable
from tui.sandbox.base import source_program
from tui.sandbox.docker import DockerSandbox

pytestmark = pytest.mark.docker
TESTS = 10
SLEEPY = "import sys, time\ntime.sleep(0.5)\nprint(sum(map(int, sys.stdin.read().split())))\n"


@pytest.fixture
def problem(tmp_path):
    folder = tmp_path / "sleepy"
    folder.mkdir()
    cases = "".join(f'  - {{input: "{i} {i}\\n", expected: "{2 * i}\\n"}}\n' for i in range(TESTS))
    (folder / "problem.yaml").write_text(f"title: Sleepy\ntime_limit: 2\nmemory_limit: 64\ntests:\n{cases}")
    return packages.load(folder)


@pytest.fixture
def derived(tmp_path, docker_sandbox, throwaway_engine):
    """A language whose image is built from the Python runner in seconds
    with no network, so the throwaway engine can build it again itself."""
    python = languages.get("python")
    throwaway_engine.copy_image(python.image, docker_sandbox.api)
    folder = tmp_path / "python-derived"
    shutil.copytree(python.folder, folder)
    (folder / "Dockerfile").write_text(f"FROM {python.image}\nLABEL proctorx.test=engine-loss\n")
    return dataclasses.replace(python, id="python-derived", folder=folder)


def test_the_engine_going_away_mid_run_is_ie_and_the_same_sandbox_judges_again_when_it_is_back(throwaway_engine, derived, problem):
    sandbox = DockerSandbox(jobs=2, client=throwaway_engine.client())
    try:
        finished: list = []
        two_done = threading.Event()

        def on_event(event) -> None:
            if event.kind is EventKind.TEST_FINISHED:
                finished.append(event.result)
                if len(finished) >= 2:
                    two_done.set()

        box = {}
        worker = threading.Thread(
            target=lambda: box.update(report=Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, derived, SLEEPY, on_event=on_event))
        )
        worker.start()
        assert two_done.wait(120), "the engine never judged a test"
        throwaway_engine.kill()
        worker.join(60)
        assert not worker.is_alive(), "the run hung after the engine went away"

        report = box["report"]
        verdicts = [t.verdict for t in report.tests]
        assert set(verdicts) <= {"AC", "IE"} and verdicts.count("AC") >= 2 and "IE" in verdicts, verdicts
        for test in report.tests:
            if test.verdict == "IE":
                assert "the Docker engine stopped answering" in test.message, test.message

        # What a caller needs to tell the engine's absence from one test's IE.
        with pytest.raises(SandboxUnavailable, match="the Docker engine stopped answering"):
            sandbox.check()
        with pytest.raises(SandboxUnavailable, match="stopped answering"):
            sandbox.compile(derived, SLEEPY)  # Python's syntax check needs the engine too
        lost = sandbox.run(source_program(derived, SLEEPY), b"1 2\n", problem.limits)
        assert lost.sandbox_lost and "stopped answering" in lost.error
        with pytest.raises(SandboxUnavailable):
            sandbox.compile(languages.get("c"), "int main(void){return 0;}\n")

        # Back, with its data but without the derived image (as an engine
        # that was reset would be): the same object checks its images again.
        throwaway_engine.start()
        sandbox.check()
        sandbox.api.remove_image(derived.image, force=True)
        again = Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, derived, SLEEPY)
        assert [t.verdict for t in again.tests] == ["AC"] * TESTS, [(t.verdict, t.message) for t in again.tests]
        sandbox.wait_removals()
        assert containers_of(sandbox, settle_s=30) == []
    finally:
        sandbox.close()


def test_the_cli_exits_3_with_one_line_when_the_engine_goes_away(throwaway_engine, docker_sandbox, problem, tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    throwaway_engine.start()
    throwaway_engine.copy_image(languages.get("python").image, docker_sandbox.api)
    solution = tmp_path / "sleepy.py"
    solution.write_text(SLEEPY)
    cli = subprocess.Popen(
        [sys.executable, "-m", "tui", "judge", str(problem.path), str(solution), "--jobs", "2"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "DOCKER_HOST": throwaway_engine.url},
    )
    rows = 0
    for line in cli.stdout:
        rows += "✓ Accepted" in line
        if rows == 2:
            throwaway_engine.kill()
            break
    out, err = cli.communicate(timeout=120)
    assert cli.returncode == 3, (out, err)
    assert "stopped answering" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    throwaway_engine.start()


async def test_the_app_says_the_engine_is_gone_and_runs_again_when_it_is_back(throwaway_engine, docker_sandbox, problem, tmp_path):
    from tests.app.helpers import SIZE, wait_for
    from tui.app import ProctorXApp
    from tui.app.widgets import ResultBanner, TestTable

    throwaway_engine.start()
    throwaway_engine.copy_image(languages.get("python").image, docker_sandbox.api)
    solution = tmp_path / "sleepy.py"
    solution.write_text(SLEEPY)
    sandbox = DockerSandbox(jobs=2, client=throwaway_engine.client())
    app = ProctorXApp(
        [problem.path.parent],
        problem=problem,
        solution=solution,
        language=languages.get("python"),
        sandbox=sandbox,
        data_dir=tmp_path / "data",
        jobs=2,
    )
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        table = screen.query_one(TestTable)

        def accepted() -> int:
            return sum(row.result is not None and row.result.passed for row in table.rows_by_index.values())

        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: accepted() >= 2, timeout=120)
        throwaway_engine.kill()
        await wait_for(pilot, lambda: not screen.running, timeout=90)
        banner = screen.query_one(ResultBanner)
        assert banner.headline.startswith("The sandbox went away during the run"), banner.headline
        assert "stopped answering" in banner.headline
        # The status line follows the banner (the screen hears the run's end after the panel).
        await wait_for(pilot, lambda: app.sandbox_state[1] is False, timeout=10)
        assert "engine gone" in app.sandbox_state[0]
        assert "engine gone" in str(screen.query_one("#status-engine").content)
        assert app.store.results() == {}  # an engine's failure is not the user's verdict

        throwaway_engine.start()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: not screen.running, timeout=180)
        assert banner.headline == f"You have passed {TESTS}/{TESTS} tests"
        await wait_for(pilot, lambda: app.sandbox_state[1] is True, timeout=10)
        await pilot.press("ctrl+q")
    assert containers_of(sandbox, settle_s=30) == []
