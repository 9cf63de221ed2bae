"""`proctorx serve demo bounded-subarrays` as a teacher uses it: the server on
a free loopback port, the page over HTTP, then a real headless chromium that
shows the app, walks from the reference to the wrong submission's diff with
one key each, and closes its tab; the app process and its containers end
with it, and stopping the server ends the rest.

The screenshots of the browser view in the README (docs/teacher-browser*.png)
are the ones this test takes: PROCTORX_README_SCREENSHOTS=docs writes them there.  Under CI a browser that can't be had fails the test."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.integration.browser import Browser, ensure_chromium

pytestmark = pytest.mark.docker
BUILD_S = 600  # the first C++ or Python run may build its image
SETTLE_S = 60.0


@pytest.fixture(scope="module")
def chromium() -> str:
    found, why = ensure_chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"no browser for the serve test: {why}", pytrace=False)
        pytest.skip(why)
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def containers_of_pid(pid: int) -> list[str]:
    """Containers whose owner is the process `pid` on this machine (tui.sandbox.docker's owner tag: host:pid:start)."""
    import docker

    client = docker.from_env()
    try:
        found = client.api.containers(all=True, filters={"label": "proctorx.owner"})
    finally:
        client.close()
    prefix = f"{socket.gethostname()}:{pid}:"
    return [c["Id"][:12] for c in found if (c.get("Labels") or {}).get("proctorx.owner", "").startswith(prefix)]


def wait_until(condition, timeout: float) -> bool:
    give_up = time.monotonic() + timeout
    while time.monotonic() < give_up:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = {**os.environ, "PROCTORX_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", "--port", str(port), "demo", "bounded-subarrays"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"

    def up() -> bool:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            return process.poll() is not None

    assert wait_until(up, 60) and process.poll() is None, process.stdout.read() if process.poll() is not None else "no answer"
    yield process, url
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(90)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


async def walk_the_demo(executable: str, url: str, shots: Path, server_pid: int) -> tuple[dict[str, str], list[int]]:
    """The teacher's walk in one tab: the screens seen, and the server's app processes while the tab was open."""
    browser = Browser(executable)
    try:
        await browser.open()
        await browser.goto(url)
        screens = {}
        screens["reference"] = await browser.wait_for_text(
            "Bounded Subarrays", "Showing: solutions/solution.py", "You have passed 16/16 tests", timeout=BUILD_S
        )
        (shots / "reference.png").write_bytes(await browser.screenshot())
        await browser.press("F6")
        screens["starter"] = await browser.wait_for_text("Showing: starters/main.py", "Diff", "expected '3', got '0'", timeout=BUILD_S)
        await browser.press("F6")
        screens["wrong"] = await browser.wait_for_text("Showing: wrong_answer/int_overflow.cpp", "Diff", "20000100000", timeout=BUILD_S)
        (shots / "wrong.png").write_bytes(await browser.screenshot())
        return screens, children(server_pid)
    finally:
        await browser.close()


def test_a_teacher_serves_the_demo_and_walks_it_in_a_browser(server, chromium, tmp_path):
    process, url = server
    with urllib.request.urlopen(url, timeout=10) as response:
        page = response.read().decode()
    assert response.status == 200
    assert "<title>ProctorX — demo bounded-subarrays</title>" in page and "textual.js" in page
    assert "googleapis" not in page  # the page asks nothing of other hosts

    shots = tmp_path / "shots"
    shots.mkdir()
    screens, sessions = asyncio.run(walk_the_demo(chromium, url, shots, process.pid))
    assert len(sessions) == 1, sessions  # the tab's own app process
    app_pid = sessions[0]

    assert "F6 next program" in screens["reference"]
    assert "-1474736480" in screens["wrong"]  # the overflowed count, in the diff of a hidden test
    for name in ("reference.png", "wrong.png"):
        png = (shots / name).read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000  # a page with the app on it, not a blank one
    if os.environ.get("PROCTORX_README_SCREENSHOTS"):
        folder = ROOT / os.environ["PROCTORX_README_SCREENSHOTS"]
        shutil.copyfile(shots / "reference.png", folder / "teacher-browser.png")
        shutil.copyfile(shots / "wrong.png", folder / "teacher-browser-diff.png")

    # The tab is closed: its app ends, and its containers with it.
    try:
        assert wait_until(lambda: not alive(app_pid), SETTLE_S), f"the app {app_pid} outlived its tab"
        assert wait_until(lambda: not containers_of_pid(app_pid), SETTLE_S), containers_of_pid(app_pid)
    finally:
        end_leftovers([app_pid])
    assert process.poll() is None  # the server itself goes on for the next tab

    process.send_signal(signal.SIGINT)
    assert process.wait(90) == 0
    output = process.stdout.read()
    assert f"in a browser: {url}" in output and "WARNING" not in output


def test_stopping_the_server_ends_every_session_and_its_containers(server, chromium):
    process, url = server

    async def stop_with_a_tab_open() -> list[int]:
        browser = Browser(chromium)
        try:
            await browser.open()
            await browser.goto(url)
            await browser.wait_for_text("Showing: solutions/solution.py", timeout=BUILD_S)
            sessions = children(process.pid)
            process.send_signal(signal.SIGINT)  # mid-run, with the tab still open
            await asyncio.to_thread(process.wait, 90)
            return sessions
        finally:
            await browser.close()

    sessions = asyncio.run(stop_with_a_tab_open())
    try:
        assert len(sessions) == 1, sessions
        assert process.returncode == 0
        assert not alive(sessions[0])
        assert wait_until(lambda: not containers_of_pid(sessions[0]), SETTLE_S), containers_of_pid(sessions[0])
    finally:
        end_leftovers(sessions)


def test_an_app_whose_server_dies_stops_and_removes_its_containers(server, chromium):
    process, url = server

    async def kill_with_a_tab_open() -> list[int]:
        browser = Browser(chromium)
        try:
            await browser.open()
            await browser.goto(url)
            await browser.wait_for_text("Showing: solutions/solution.py", timeout=BUILD_S)
            sessions = children(process.pid)
            process.kill()  # no chance to end its sessions: the app sees its input end
            await asyncio.to_thread(process.wait, 30)
            return sessions
        finally:
            await browser.close()

    sessions = asyncio.run(kill_with_a_tab_open())
    try:
        assert len(sessions) == 1, sessions
        assert wait_until(lambda: not alive(sessions[0]), SETTLE_S), f"the app {sessions[0]} outlived its server"
        assert wait_until(lambda: not containers_of_pid(sessions[0]), SETTLE_S), containers_of_pid(sessions[0])
    finally:
        end_leftovers(sessions)


def end_leftovers(pids: list[int]) -> None:
    """A failed test still leaves no app behind (SIGTERM: it removes its containers)."""
    for pid in pids:
        if alive(pid):
            os.kill(pid, signal.SIGTERM)
