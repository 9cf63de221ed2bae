#!/usr/bin/env python3
"""Judgements per minute: one judge server, then two behind haproxy (issue 13).

Both set-ups record into one throwaway PostgreSQL cluster, as a lab's would,
and are driven the same way: --clients students at once, each sending its
share of --judgements exam judgements (the shipped bounded-subarrays, 16
tests, its Python reference solution) through the judge server's client.
Alternates the set-ups --repeat times and reports the median.

On one machine the two servers share its Docker engine and its cores, so the
second server adds no judging capacity here: --jobs (runs at once) is the
machine's, split between the two servers, and the figure shows what the load
balancer and the shared database cost, not what a second machine would add.

    python3 benchmarks/server_throughput.py [--judgements 12] [--clients 6] [--repeat 1] [--jobs 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.services import Haproxy, JudgeServer, Postgres  # noqa: E402
from tui.resources import problems_dir  # noqa: E402
from tui.server.client import JudgeClient  # noqa: E402
from tui.server.wire import request_json  # noqa: E402

PROBLEM = "bounded-subarrays"


def batch(url: str, tokens: list[str], judgements: int) -> tuple[float, int]:
    """Seconds for the whole batch, and how many judgements did not come
    back AC (a sound solution: on an overloaded machine, a wall-clock TLE)."""
    code = (problems_dir() / PROBLEM / "solutions" / "solution.py").read_text()
    shares = [judgements // len(tokens) + (i < judgements % len(tokens)) for i in range(len(tokens))]

    def student(token: str, share: int) -> list[str]:
        client = JudgeClient(url, token, timeout=120)
        try:
            return [client.judge(request_json("python", code, problem=PROBLEM))[0].verdict for _ in range(share)]
        finally:
            client.close()

    start = time.monotonic()
    with ThreadPoolExecutor(len(tokens)) as pool:
        verdicts = [v for vs in pool.map(student, tokens, shares) for v in vs]
    took = time.monotonic() - start
    assert len(verdicts) == judgements
    return took, sum(v != "AC" for v in verdicts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judgements", type=int, default=12)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="runs at once on this machine: one server's --jobs, split between two")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="proctorx-bench-"))
    (folder / "exam.yaml").write_text(f"title: Benchmark\nproblems: [{PROBLEM}]\nduration: 60\n")
    tokens = [f"bench-student-{n:03d}-token" for n in range(args.clients)]
    (folder / "tokens.txt").write_text("".join(f"{t} student{n} exam.yaml\n" for n, t in enumerate(tokens)))
    database = Postgres().start()
    common = ["--tokens", str(folder / "tokens.txt"), "--db", database.url]
    half = str(max(1, args.jobs // 2))
    single = JudgeServer(folder / "bench-one", *common, "--jobs", str(args.jobs), name="bench-one")
    pair = [JudgeServer(folder / name, *common, "--jobs", half, name=name) for name in ("bench-a", "bench-b")]
    balancer = None
    results: dict[str, list[tuple[float, int]]] = {"one server": [], "two servers + haproxy": []}
    try:
        with ThreadPoolExecutor(3) as starting:
            list(starting.map(JudgeServer.start, [single, *pair]))
        balancer = Haproxy(folder / "haproxy", pair).start()
        time.sleep(3)  # the balancer's health checks mark both servers up
        batch(single.url, tokens[:2], 2)  # warm: images checked, first containers started
        for _ in range(args.repeat):
            results["one server"].append(batch(single.url, tokens, args.judgements))
            results["two servers + haproxy"].append(batch(balancer.url, tokens, args.judgements))
    finally:
        if balancer is not None:
            balancer.stop()
        for server in [single, *pair]:
            server.stop()
        database.remove()

    print(f"{args.judgements} judgements of {PROBLEM} (16 tests, Python), {args.clients} clients at once")
    print("| set-up | runs at once | median batch | judgements per minute | not AC | runs (s) |")
    print("|---|---:|---:|---:|---:|---|")
    for name, runs in results.items():
        median = statistics.median(t for t, _ in runs)
        jobs = args.jobs if name == "one server" else f"{half} + {half}"
        spread = ", ".join(f"{t:.1f}" for t, _ in runs)
        print(f"| {name} | {jobs} | {median:.1f} s | {args.judgements * 60 / median:.1f} | {sum(n for _, n in runs)} | {spread} |")
    print("(one machine: both servers share its Docker engine and its cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
