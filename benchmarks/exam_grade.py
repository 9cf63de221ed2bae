#!/usr/bin/env python3
"""`proctorx exam grade` throughput: submissions per minute on one engine URL
and spread over two (issue 8), side by side in one run.

A class is made up: --students students, each with a log holding the shipped
Python reference of two problems (sum-of-two, balanced-brackets: 14 and 13
tests).  The same logs are then graded, alternating, by

  one   --engine unix:///var/run/docker.sock            (its CPU count at once)
  two   --engine unix://... --engine tcp://127.0.0.1:P   (each URL its CPU count at once)
  two/1 the same two URLs with --jobs 1 each            (one URL's concurrency, split)

where tcp://127.0.0.1:P is a loopback forwarder to the same unix socket: on one
machine both URLs reach ONE engine, so "two" measures the cost and the merge
of spreading, not a second machine's speed.  Each timed run starts on a quiet
engine; the table shows the median of --repeat runs.

    python3 benchmarks/exam_grade.py [--students 8] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.forwarder import Forwarder  # noqa: E402
from tui.exam.examfile import load_exam  # noqa: E402
from tui.exam.records import LogFolder  # noqa: E402
from tui.exam.session import ExamSession  # noqa: E402

PROBLEMS = ("sum-of-two", "balanced-brackets")
UNIX = "unix:///var/run/docker.sock"


def make_class(root: Path, students: int) -> tuple[Path, Path]:
    exam_file = root / "exam.yaml"
    exam_file.write_text(f"title: Benchmark exam\nproblems: [{', '.join(PROBLEMS)}]\nduration: 90\nlanguages: [python]\n")
    exam = load_exam(exam_file, [ROOT / "problems"])
    folder = LogFolder(root / "logs")
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    for n in range(1, students + 1):
        session = ExamSession(exam, f"s{n:03}", folder, clock=lambda: moment)
        session.begin()
        for problem in exam.problems:
            code = (problem.path / "solutions" / "solution.py").read_text() + f"# student {n}\n"
            session.record_run(problem.slug, "python", code, None, total=len(problem.tests))
        session.end()
    return exam_file, root / "logs"


def settle() -> None:
    """The engine removes ended containers itself: wait until it has."""
    for _ in range(200):
        left = subprocess.run(["docker", "ps", "-aq", "--filter", "label=proctorx"], capture_output=True, text=True)
        if not left.stdout.strip():
            return
        time.sleep(0.05)


def grade(exam_file: Path, logs: Path, engines: list[str], jobs: int | None) -> tuple[float, dict]:
    settle()
    argv = [sys.executable, "-m", "tui", "exam", "grade", str(exam_file), str(logs), "--json"]
    for url in engines:
        argv += ["--engine", url]
    if jobs:
        argv += ["--jobs", str(jobs)]
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"exam grade failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    data = json.loads(done.stdout)
    verdicts = {p["verdict"] for s in data["students"] for p in s["problems"]}
    if verdicts != {"AC"}:
        raise SystemExit(f"the references should all be AC, got {verdicts}")
    return elapsed, data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    forwarder = Forwarder()
    configs = {"one": ([UNIX], None), "two": ([UNIX, forwarder.url], None), "two/1": ([UNIX, forwarder.url], 1)}
    times: dict[str, list[float]] = {name: [] for name in configs}
    shares: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        exam_file, logs = make_class(Path(tmp), args.students)
        submissions = args.students * len(PROBLEMS)
        grade(exam_file, logs, [UNIX], None)  # images built, caches warm
        for _ in range(args.repeat):
            for name, (engines, jobs) in configs.items():
                elapsed, data = grade(exam_file, logs, engines, jobs)
                times[name].append(elapsed)
                shares[name] = [e["graded"] for e in data["engines"]]
                lanes = [e["jobs"] for e in data["engines"]]
                print(f"  {name:6} {elapsed:6.1f} s  graded per URL {shares[name]}  lanes per URL {lanes}", flush=True)
    forwarder.close()
    print(f"\n{submissions} submissions ({args.students} students × {len(PROBLEMS)} problems), median of {args.repeat}:")
    print("| engine URLs | tests at once | wall | submissions/min | per URL |")
    print("|---|---:|---:|---:|---|")
    base = statistics.median(times["one"])
    for name, (engines, jobs) in configs.items():
        wall = statistics.median(times[name])
        at_once = f"{len(engines)} × {jobs}" if jobs else f"{len(engines)} × cores"
        print(f"| {name} | {at_once} | {wall:.1f} s | {submissions / wall * 60:.0f} ({base / wall:.2f}×) | {shares[name]} |")
    print("\nOn one machine both URLs reach the same engine (unix socket, and a loopback TCP forwarder to it).")


if __name__ == "__main__":
    main()
