#!/usr/bin/env python3
"""A C fork bomb judged on a loaded machine: every verdict must be RE or TLE.

On a busy machine a refused fork's kernel memory is freed late, so a bomb can
fill its 64 MiB before its CPU time runs out.  The kernel then kills the
container's largest process; until the launcher gave that place to the
program, it was sometimes the launcher itself, and the test was IE ("the
container ended without the launcher's report"), 4 judgements in 12 here.

The load: two threads judging a Python solution over and over (containers
created and removed all the while) and two processes spinning on the CPU.
Prints each round's verdicts and a tally; exits 1 when any is neither RE nor TLE.

    python3 benchmarks/fork_bomb_under_load.py [--rounds 12]
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.programs import AC, C_FORK_BOMB  # noqa: E402
from tui import languages, packages  # noqa: E402
from tui.judging import Judge  # noqa: E402
from tui.sandbox.docker import DockerSandbox  # noqa: E402


def spin() -> None:
    while True:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args()
    problem = packages.load(ROOT / "tests" / "fixtures" / "sum")
    sandbox = DockerSandbox()
    done = threading.Event()

    def churn() -> None:
        while not done.is_set():
            Judge(sandbox, jobs=2).judge(problem, languages.get("python"), AC["python"])

    spinners = [multiprocessing.Process(target=spin, daemon=True) for _ in range(2)]
    churners = [threading.Thread(target=churn, daemon=True) for _ in range(2)]
    for worker in (*spinners, *churners):
        worker.start()
    tally: collections.Counter[str] = collections.Counter()
    try:
        for round_ in range(1, args.rounds + 1):
            report = Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get("c"), C_FORK_BOMB)
            verdicts = [t.verdict.value for t in report.tests]
            tally.update(verdicts)
            print(f"round {round_:2}: {' '.join(verdicts)}", flush=True)
    finally:
        done.set()
        for spinner in spinners:
            spinner.terminate()
        for churner in churners:
            churner.join()
        sandbox.close()
    print("tally:", ", ".join(f"{verdict} {count}" for verdict, count in sorted(tally.items())))
    return 0 if set(tally) <= {"RE", "TLE"} else 1


if __name__ == "__main__":
    sys.exit(main())
