"""The proctor's live view against a real judge server and the real engine:
admin tokens open it and students' never do, the room says who has not
started, who sits and who is done, a judged run reaches the stream within
seconds, a record edited in the database shows as a broken chain, and the
same in the app (Pilot) and on the page in headless chromium."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time

import httpx
import pytest
import sqlalchemy as sa

from tests.app.helpers import PROBLEMS
from tests.integration.browser import Browser, ensure_chromium
from tests.integration.services import ROOT, JudgeServer, free_port, in_ci
from tui.exam.database import Database, records, sqlite_url
from tui.server.streaming import read_events

pytestmark = pytest.mark.docker

STUDENTS = ("alice", "bob", "carol", "dan", "erin", "fay")
TOKENS = {name: f"{name}-token-0123" for name in STUDENTS}
ADMIN, HEAD, PRACTICE = "proctor-lee-token", "head-of-lab-token", "practice-pc14-token"
AC = "a, b = map(int, input().split())\nprint(a + b)\n"
WA = "print(0)\n"
STREAM_S = 20.0  # a judged run is in the room's stream well within this (a run takes a few seconds)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("proctor")
    (folder / "exam.yaml").write_text("title: Lab exam 1\nproblems: [add-two]\nduration: 60\nlanguages: [python]\n")
    lines = [f"{token} {name} exam.yaml" for name, token in TOKENS.items()]
    lines += [f"{ADMIN} admin:lee exam.yaml  # the exam's proctor", f"{HEAD} admin:head", f"{PRACTICE} pc14"]
    (folder / "tokens.txt").write_text("\n".join(lines) + "\n")
    running = JudgeServer(folder, "--problems", str(PROBLEMS), "--tokens", str(folder / "tokens.txt"), "--jobs", "2").start()
    yield running
    running.stop()
    assert running.containers() == []


def bearer(token: str | None) -> dict:
    return {"Authorization": f"Bearer {token}"} if token else {}


def room(server, token=ADMIN) -> dict:
    r = httpx.get(server.url + "/v1/proctor", headers=bearer(token), timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def row(snapshot: dict, student: str) -> dict:
    return next(s for s in snapshot["students"] if s["student"] == student)


def start(server, student: str) -> None:
    r = httpx.post(server.url + "/v1/exam/events", json={"event": "start"}, headers=bearer(TOKENS[student]), timeout=30)
    assert r.status_code == 201, r.text


def judge(server, student: str, code: str) -> dict:
    body = {"language": "python", "code": code, "problem": "add-two"}
    with httpx.stream("POST", server.url + "/v1/judgements", json=body, headers=bearer(TOKENS[student]), timeout=300) as r:
        assert r.status_code == 200, r.read()
        events = list(read_events(r.iter_lines()))
    assert events[-1][0] == "finished", events[-1]
    return events[-1][1]


def proctorx(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout)


def test_a_students_token_never_opens_the_proctors_view_and_no_token_is_401(server):
    paths = [("GET", "/v1/proctor"), ("GET", "/v1/proctor/events"), ("POST", "/v1/proctor/session")]
    for method, path in paths:
        for token, status in ((TOKENS["alice"], 403), (PRACTICE, 403), (None, 401), ("not-a-known-token", 401)):
            r = httpx.request(method, server.url + path, headers=bearer(token), timeout=30)
            assert r.status_code == status, (method, path, token, r.text)
            assert "token" in r.json()["error"]
    assert httpx.get(server.url + "/v1/whoami", headers=bearer(ADMIN)).json()["admin"] is True
    assert httpx.get(server.url + "/v1/whoami", headers=bearer(TOKENS["alice"])).json()["admin"] is False
    refused = proctorx("proctor", server.url, "--token", TOKENS["alice"], "--json")
    assert refused.returncode == 3 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "admin token" in refused.stderr and "Traceback" not in refused.stderr
    app_refused = proctorx("proctor", server.url, "--token", "not-a-known-token")  # refused before the app opens
    assert app_refused.returncode == 3 and app_refused.stderr.count("\n") == 1 and "refused the token" in app_refused.stderr
    gone = proctorx("proctor", f"http://127.0.0.1:{free_port()}", "--token", ADMIN, "--json")
    assert gone.returncode == 3 and gone.stderr.count("\n") == 1 and "can't reach" in gone.stderr


def test_the_room_says_who_has_not_started_who_sits_and_who_is_done(server):
    start(server, "alice")
    start(server, "bob")
    r = httpx.post(server.url + "/v1/exam/events", json={"event": "end"}, headers=bearer(TOKENS["bob"]), timeout=30)
    assert r.status_code == 201
    printed = proctorx("proctor", server.url, "--token", ADMIN, "--json")
    assert printed.returncode == 0, printed.stderr
    snapshot = json.loads(printed.stdout)
    assert [e["title"] for e in snapshot["exams"]] == ["Lab exam 1"] and snapshot["server"] == server.name
    assert sorted(s["student"] for s in snapshot["students"]) == sorted(STUDENTS)  # every token of the exam, started or not
    alice, bob, fay = row(snapshot, "alice"), row(snapshot, "bob"), row(snapshot, "fay")
    assert alice["state"] == "sitting" and 3500 < alice["time_left_s"] <= 3600 and alice["chain"]["ok"]
    assert (bob["state"], bob["end_reason"], bob["time_left_s"]) == ("ended", "closed", None)
    assert (fay["state"], fay["runs"], fay["problems"]["add-two"]["runs"]) == ("not started", 0, 0)
    head = room(server, HEAD)  # an admin without an exam file watches every exam of the tokens file
    assert [e["title"] for e in head["exams"]] == ["Lab exam 1"] and len(head["students"]) == len(STUDENTS)


def test_a_judged_run_reaches_the_rooms_stream_within_seconds(server):
    snapshots: list[tuple[float, dict]] = []
    opened, stop = threading.Event(), threading.Event()

    def listen() -> None:
        with httpx.stream("GET", server.url + "/v1/proctor/events", headers=bearer(ADMIN), timeout=60) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
            for kind, data in read_events(r.iter_lines()):
                if kind == "snapshot":
                    snapshots.append((time.monotonic(), data))
                    opened.set()
                if stop.is_set():
                    return

    reader = threading.Thread(target=listen, daemon=True)
    reader.start()
    assert opened.wait(30), "the stream sent no first snapshot"
    assert row(snapshots[0][1], "carol")["runs"] == 0
    finished = judge(server, "carol", WA)
    judged = time.monotonic()
    assert finished["recorded"] is True
    give_up = judged + STREAM_S
    while time.monotonic() < give_up and not any(row(s, "carol")["runs"] == 1 for _, s in snapshots):
        time.sleep(0.1)
    stop.set()
    seen = next(((at, s) for at, s in snapshots if row(s, "carol")["runs"] == 1), None)
    assert seen is not None, f"carol's run never reached the stream in {STREAM_S} s"
    carol = row(seen[1], "carol")
    assert carol["state"] == "sitting" and carol["problems"]["add-two"] | {"first_full_pass": None} == {
        "runs": 1,
        "best_passed": 0,
        "total": 3,
        "best_verdict": "WA",
        "first_full_pass": None,
    }
    print(f"carol's run reached the room's stream {seen[0] - judged:.2f} s after its judgement finished")
    assert seen[0] - judged < 3.0  # the server polls the heads every second


def test_a_record_edited_in_the_database_shows_as_a_broken_chain(server):
    judge(server, "dan", WA)
    judge(server, "dan", AC)
    assert row(room(server), "dan")["chain"]["ok"] is True
    db = Database(sqlite_url(server.folder / "logs" / "proctorx.db"))
    try:
        with db.engine.begin() as conn:  # what a student with the database file might try: their WA made an AC
            conn.execute(
                records.update()
                .where(records.c.student == "dan", records.c.seq == 2)
                .values(line=sa.func.replace(records.c.line, '"verdict":"WA"', '"verdict":"AC"'))
            )
    finally:
        db.close()
    dan = row(room(server), "dan")
    assert dan["chain"]["ok"] is False and dan["chain"]["bad_line"] == 2 and "edited" in dan["chain"]["reason"]
    assert dan["runs"] == 0  # only the records before the break count
    assert row(room(server), "alice")["chain"]["ok"] is True


async def test_the_proctors_app_shows_a_run_as_the_server_records_it(server):
    from tui.app.proctor_app import ProctorApp
    from tui.server.client import JudgeClient

    client = JudgeClient(server.url, ADMIN)
    app = ProctorApp(client, client.proctor())
    try:
        async with app.run_test(size=(160, 30)) as pilot:
            fay = next(r for r in app.rows() if r[0] == "fay")
            assert fay[1:5] == ["not started", "-", "0", "-"]
            await asyncio.to_thread(judge, server, "fay", AC)
            for _ in range(200):
                fay = next(r for r in app.rows() if r[0] == "fay")
                if fay[3] == "1":
                    break
                await pilot.pause(0.1)
            assert fay[1] == "sitting" and fay[3:5] == ["1", "3/3 AC"] and fay[-1] == "ok"
    finally:
        client.close()


@pytest.fixture(scope="module")
def chromium() -> str:
    found, why = ensure_chromium()
    if found is None:
        if in_ci():
            pytest.fail(f"no browser for the proctor's page: {why}", pytrace=False)
        pytest.skip(why)
    return found


ROWS = "[...document.querySelectorAll('#rows tr')].map(tr => [...tr.children].map(td => td.textContent))"
HEADERS = "[...document.querySelectorAll('#head th')].map(th => th.textContent)"


def test_the_page_asks_for_the_token_then_shows_the_room_live_and_sorts(server, chromium):
    async def walk() -> None:
        browser = Browser(chromium)
        try:
            await browser.open()
            await browser.goto(server.url + "/proctor")

            async def until(expression: str, what: str, timeout: float = 30.0):
                give_up = time.monotonic() + timeout
                while time.monotonic() < give_up:
                    value = await browser.evaluate(expression)
                    if value:
                        return value
                    await asyncio.sleep(0.2)
                raise AssertionError(f"the page never showed {what}: {await browser.evaluate('document.body.innerText')}")

            await until("!document.getElementById('login').hidden", "the token's form")
            await browser.evaluate(
                f"document.getElementById('token').value = {TOKENS['erin']!r}; document.getElementById('login').requestSubmit()"
            )
            await until("document.getElementById('login-error').textContent.includes('admin token')", "the student token's refusal")
            await browser.evaluate(f"document.getElementById('token').value = {ADMIN!r}; document.getElementById('login').requestSubmit()")
            await until(f"{ROWS}.length === {len(STUDENTS)}", "the room's rows")
            headers = await browser.evaluate(HEADERS)
            assert headers[:5] == ["student", "state", "time left", "runs", "add-two"] and headers[-1] == "chain"
            erin = f"{ROWS}.find(r => r[0] === 'erin')"
            assert (await browser.evaluate(erin))[1:5] == ["not started", "-", "0", "-"]
            cookie = await browser.evaluate("document.cookie")
            assert "proctorx_proctor" not in cookie  # HttpOnly: the page's script can't read it
            await asyncio.to_thread(judge, server, "erin", AC)
            await until(f"{erin}[3] === '1'", "erin's run", timeout=STREAM_S)
            shown = await browser.evaluate(erin)
            assert shown[1] == "sitting" and shown[4] == "3/3 AC" and shown[-1] == "ok"
            await browser.evaluate("[...document.querySelectorAll('#head th')].find(th => th.textContent.startsWith('runs')).click()")
            await browser.evaluate("[...document.querySelectorAll('#head th')].find(th => th.textContent.startsWith('runs')).click()")
            ordered = await browser.evaluate(ROWS)
            runs = [int(r[3]) for r in ordered]
            assert runs == sorted(runs, reverse=True) and runs[0] >= 1  # most runs first, after two clicks
            (server.folder / "proctor-page.png").write_bytes(await browser.screenshot())
        finally:
            await browser.close()

    asyncio.run(walk())


def test_a_server_told_to_stop_ends_the_rooms_streams_and_stops_promptly(tmp_path):
    (tmp_path / "exam.yaml").write_text("title: Lab exam 2\nproblems: [add-two]\nduration: 30\n")
    (tmp_path / "tokens.txt").write_text(f"{ADMIN} admin:lee exam.yaml\n{TOKENS['alice']} alice exam.yaml\n")
    running = JudgeServer(tmp_path, "--problems", str(PROBLEMS), "--tokens", str(tmp_path / "tokens.txt"), "--jobs", "1").start()
    ended, kinds = threading.Event(), []

    def listen() -> None:
        try:
            with httpx.stream("GET", running.url + "/v1/proctor/events", headers=bearer(ADMIN), timeout=60) as r:
                kinds.extend(kind for kind, _ in read_events(r.iter_lines()))
        except httpx.HTTPError:
            pass
        ended.set()

    threading.Thread(target=listen, daemon=True).start()
    give_up = time.monotonic() + 30
    while not kinds and time.monotonic() < give_up:
        time.sleep(0.1)
    assert kinds == ["snapshot"]
    asked = time.monotonic()
    assert running.stop(timeout=30) == 0
    stopped = time.monotonic() - asked
    assert ended.wait(10), "the room's stream did not end with the server"
    print(f"the server stopped {stopped:.2f} s after SIGTERM with a proctor watching")
    assert stopped < 10  # the stream notices within a poll: uvicorn's 20 s of grace is never waited out


def test_the_room_over_postgresql_reads_heads_and_finds_an_edit(tmp_path):
    from datetime import timedelta

    from tests.integration.services import Postgres
    from tests.unit.test_proctor_room import T0, a_run
    from tests.unit.test_proctor_room import start as start_record
    from tui.exam.examfile import load_exam
    from tui.server.proctor import Room

    (tmp_path / "exam.yaml").write_text("title: Lab exam 3\nproblems: [add-two]\nduration: 60\n")
    exam = load_exam(tmp_path / "exam.yaml", [PROBLEMS])
    cluster = Postgres().start()
    try:
        db = Database(cluster.url)
        db.register_exam(exam.sha256, exam.title)
        for name in ("alice", "bob"):
            db.append(name, start_record(name, exam))
        db.append("alice", a_run("alice", exam, 3, "add-two", 2, 3, "WA"))
        room = Room(db, [exam], {exam.sha256: ["alice", "bob", "carol"]}, clock=lambda: T0 + timedelta(minutes=5), reverify_s=3600)
        assert room.refresh() == 3
        assert [(s["student"], s["state"], s["runs"]) for s in room.snapshot()["students"]] == [
            ("alice", "sitting", 1),
            ("bob", "sitting", 0),
            ("carol", "not started", 0),
        ]
        db.append("bob", a_run("bob", exam, 4, "add-two", 3, 3, "AC"))
        assert room.refresh() == 1 and row(room.snapshot(), "bob")["problems"]["add-two"]["best_verdict"] == "AC"
        with db.engine.begin() as conn:
            conn.execute(
                records.update()
                .where(records.c.student == "alice", records.c.seq == 2)
                .values(line=sa.func.replace(records.c.line, '"passed":2', '"passed":3'))
            )
        room.reverify_s = 0
        room.refresh()
        alice = row(room.snapshot(), "alice")
        assert (alice["chain"]["ok"], alice["chain"]["bad_line"], alice["runs"]) == (False, 2, 0)
        db.close()
    finally:
        cluster.remove()


def test_a_proctor_on_one_server_sees_a_run_judged_by_another_sharing_the_database(tmp_path):
    from tests.integration.services import Postgres

    (tmp_path / "exam.yaml").write_text("title: Lab exam 4\nproblems: [add-two]\nduration: 60\nlanguages: [python]\n")
    (tmp_path / "tokens.txt").write_text(f"{ADMIN} admin:lee exam.yaml\n{TOKENS['alice']} alice exam.yaml\n")
    cluster = Postgres().start()
    servers = []
    try:
        for name in ("judge1", "judge2"):
            args = ("--problems", str(PROBLEMS), "--tokens", str(tmp_path / "tokens.txt"), "--db", cluster.url, "--jobs", "1")
            servers.append(JudgeServer(tmp_path / name, *args, name=name).start())
        watching, judging = servers
        snapshots: list[dict] = []
        stop = threading.Event()

        def listen() -> None:
            with httpx.stream("GET", watching.url + "/v1/proctor/events", headers=bearer(ADMIN), timeout=60) as r:
                for kind, data in read_events(r.iter_lines()):
                    if kind == "snapshot":
                        snapshots.append(data)
                    if stop.is_set():
                        return

        threading.Thread(target=listen, daemon=True).start()
        judge(judging, "alice", AC)
        give_up = time.monotonic() + STREAM_S
        while time.monotonic() < give_up and not any(row(s, "alice")["runs"] == 1 for s in snapshots):
            time.sleep(0.1)
        stop.set()
        alice = next((row(s, "alice") for s in snapshots if row(s, "alice")["runs"] == 1), None)
        assert alice is not None, "judge2's run never reached judge1's room"
        assert alice["state"] == "sitting" and alice["problems"]["add-two"]["best_verdict"] == "AC" and alice["chain"]["ok"]
        assert snapshots[-1]["server"] == "judge1"
    finally:
        for server in servers:
            server.stop()
        cluster.remove()
