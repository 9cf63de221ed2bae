#!/usr/bin/env python3
"""A class at once (issue 20): one judge server and thirty students, beside
`proctorx judge` back to back on the same judgements, side by side in one run.

- CLI: `proctorx judge PROBLEM solution --json`, once per judgement, one after
  another (a new process each time, as a script grading them would run it);
- server + SQLite: one `proctorx server` (its default record, a file), and
  --clients students sending their --each judgements at once through the
  real client (`tui.server.client`, what `judge --judge URL` and the app
  use), each with its own exam token, so every run is queued, judged and
  recorded as in a lab exam;
- server + PostgreSQL: the same against a throwaway PostgreSQL cluster on
  loopback (Debian's packages, installed when missing, as the cluster test
  does).

The set-ups alternate --repeat times; the table shows each one's median,
its tests per second and the ratio to the CLI's, with the load average (the
machine may be shared: a busy one makes every figure slower).  Then the
server's memory: its RSS idle and with --queued runs waiting (its lanes held
by sleeping runs), and so what one queued run holds.

    python3 benchmarks/server_class.py [--clients 30] [--each 1] [--repeat 1] [--queued 60] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.services import JudgeServer, Postgres  # noqa: E402
from tui.resources import problems_dir  # noqa: E402
from tui.server.client import JudgeClient  # noqa: E402
from tui.server.wire import request_json  # noqa: E402

PROBLEM = "bounded-subarrays"
SLEEPER = {"language": "python", "code": "import time\ntime.sleep(60)\n", "tests": [{"input": ""}], "limits": {"time_s": 10}}


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def cli_batch(solution: Path, judgements: int) -> tuple[float, int, int]:
    """Seconds, tests judged and judgements not AC, `proctorx judge` back to back."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    tests = not_ac = 0
    start = time.monotonic()
    for _ in range(judgements):
        done = subprocess.run(
            [sys.executable, "-m", "tui", "judge", PROBLEM, str(solution), "--json"], capture_output=True, text=True, env=env, cwd=ROOT
        )
        report = json.loads(done.stdout)
        tests += report["total"]
        not_ac += report["verdict"] != "AC"
    return time.monotonic() - start, tests, not_ac


def server_batch(url: str, tokens: list[str], code: str, each: int) -> tuple[float, int, int]:
    """Seconds, tests judged and judgements not AC: every student at once."""

    def student(token: str) -> list:
        client = JudgeClient(url, token, timeout=300)
        try:
            return [client.judge(request_json("python", code, problem=PROBLEM))[0] for _ in range(each)]
        finally:
            client.close()

    start = time.monotonic()
    with ThreadPoolExecutor(len(tokens)) as pool:
        reports = [r for rs in pool.map(student, tokens) for r in rs]
    took = time.monotonic() - start
    return took, sum(r.total for r in reports), sum(r.verdict != "AC" for r in reports)


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def queued_memory(server: JudgeServer, holders: list[str], waiting: list[str], code: str) -> tuple[int, int, int, int]:
    """(RSS with the lanes held by sleeping runs, RSS with half of `waiting`
    queued, RSS with all of it queued, runs queued): what a queued run holds
    is the step from half to all, so first allocations don't count.  The
    runs are let go afterwards."""
    cancel = threading.Event()
    threads = []

    def send(token: str, body: dict, there: threading.Event) -> None:
        def note(event) -> None:
            if event.kind.value in ("test-started", "queued"):
                there.set()

        client = JudgeClient(server.url, token, timeout=300)
        try:
            client.judge(body, None, note, cancel)
        except Exception:  # cancelled or superseded: only memory is measured here
            pass
        finally:
            there.set()
            client.close()

    marks = []
    senders = [*holders, *waiting]
    for n, token in enumerate(senders):
        there = threading.Event()
        body = SLEEPER if n < len(holders) else request_json("python", code, problem=PROBLEM)
        threads.append(threading.Thread(target=send, args=(token, body, there), daemon=True))
        threads[-1].start()
        there.wait(120)  # in its lane, or in the queue, before the next is sent
        if n + 1 in (len(holders), len(holders) + len(waiting) // 2, len(senders)):
            time.sleep(1)  # the server settles (its threads' buffers) before it is measured
            marks.append(rss_kb(server.process.pid))
    health = JudgeClient(server.url, holders[0]).health()
    cancel.set()
    for thread in threads:
        thread.join(120)
    return marks[0], marks[1], marks[2], int(health.get("queued") or 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--each", type=int, default=1, help="judgements each student sends, one after another")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="the server's --jobs (the CLI's: the cores)")
    parser.add_argument("--queued", type=int, default=200, help="runs held waiting for the memory figure")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="proctorx-class-"))
    (folder / "exam.yaml").write_text(f"title: Class benchmark\nproblems: [{PROBLEM}]\nduration: 600\n")
    students = max(args.clients, args.queued + args.jobs + 1)
    tokens = [f"class-student-{n:03d}-token" for n in range(students)]
    (folder / "tokens.txt").write_text("".join(f"{t} student{n:03d} exam.yaml\n" for n, t in enumerate(tokens)))
    solution = problems_dir() / PROBLEM / "solutions" / "solution.py"
    code = solution.read_text()
    judgements = args.clients * args.each
    common = ["--tokens", str(folder / "tokens.txt"), "--jobs", str(args.jobs), "--max-queued", str(max(64, args.queued + 8))]
    database = None if args.no_postgres else Postgres().start()
    servers = {"server + SQLite": JudgeServer(folder / "sqlite", *common, name="class-sqlite")}
    if database is not None:
        servers["server + PostgreSQL"] = JudgeServer(folder / "postgres", *common, "--db", database.url, name="class-postgres")
    results: dict[str, list[tuple[float, int, int, str]]] = {"CLI, back to back": [], **{name: [] for name in servers}}
    memory = None
    try:
        for server in servers.values():
            server.start()
            server_batch(server.url, tokens[:2], code, 1)  # warm: images checked, the first containers started
        cli_batch(solution, 1)
        for _ in range(args.repeat):
            before = load()
            results["CLI, back to back"].append((*cli_batch(solution, judgements), before))
            for name, server in servers.items():
                before = load()
                results[name].append((*server_batch(server.url, tokens[: args.clients], code, args.each), before))
        for server in servers.values():
            server.stop()
        # Memory on a server of its own, fresh: what the batches left allocated doesn't hide it.
        fresh = servers["memory"] = JudgeServer(folder / "memory", *common, name="class-memory").start()
        lanes = args.jobs + 1
        memory = queued_memory(fresh, tokens[:lanes], tokens[lanes : lanes + args.queued], code)
    finally:
        for server in servers.values():
            server.stop()
        if database is not None:
            database.remove()

    print(f"{judgements} judgements of {PROBLEM} (16 tests, the Python reference), {args.clients} students at once, --jobs {args.jobs}")
    print("| set-up | median batch | tests/s | × CLI | not AC | batches (s) | load average at start |")
    print("|---|---:|---:|---:|---:|---|---|")
    cli_rate = None
    for name, runs in results.items():
        median = statistics.median(t for t, *_ in runs)
        rate = statistics.median(n / t for t, n, *_ in runs)
        cli_rate = cli_rate or rate
        spread = ", ".join(f"{t:.1f}" for t, *_ in runs)
        loads = ", ".join(r[3] for r in runs)
        print(f"| {name} | {median:.1f} s | {rate:.2f} | {rate / cli_rate:.2f} | {sum(r[2] for r in runs)} | {spread} | {loads} |")
    if memory is not None:
        held, half, full, queued = memory
        per = (full - half) / max(1, queued - queued // 2)
        print(
            f"server RSS: {held / 1024:.1f} MiB with its lanes busy, {half / 1024:.1f} MiB with {queued // 2} runs queued, "
            f"{full / 1024:.1f} MiB with {queued}: {per:.0f} KiB per queued run"
        )
    print(f"load average now: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
