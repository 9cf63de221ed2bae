#!/usr/bin/env python3
"""ctrl+r to the final banner in the app, warm, against the seed design (issue 5).

The app (driven by Textual's Pilot, the real Docker engine) opens a problem of
8 Python tests and is given time to start its single-use containers ahead of
need, as it does while a user reads; then ctrl+r is pressed and the clock runs
until the banner reads "You have passed 8/8 tests".  Alternates with B, the seed
design (one `docker run` per test), median of --repeat runs each.

    python3 benchmarks/app_warm.py [--repeat 5] [--tests 8]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from judge_speed import PY, make_problem, run_b  # noqa: E402


async def app_runs(problem: Path, solution: Path, repeat: int, data_dir: Path, between) -> list[float]:
    from tui.app.app import ProctorXApp
    from tui.app.widgets.banner import ResultBanner

    app = ProctorXApp([problem.parent], problem=str(problem), solution=solution, data_dir=data_dir)
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        expected = f"You have passed {len(list((problem / 'data' / 'secret').glob('*.in')))}/"
        for _ in range(repeat):
            await _wait_warm(app, pilot)
            banner = app.screen.query_one(ResultBanner)
            start = time.perf_counter()
            await pilot.press("ctrl+r")
            while not banner.headline.startswith(expected):
                await pilot.pause(0.005)
            times.append(time.perf_counter() - start)
            await asyncio.to_thread(between)
        await pilot.press("ctrl+q")
    return times


async def _wait_warm(app, pilot, limit: float = 30.0) -> None:
    """Until the pool holds what it will hold (a user reading takes longer)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        sandbox = app.runner.sandbox
        pool = getattr(sandbox, "pool", None)
        if pool is not None and not pool._starting and len(pool._ready) >= min(pool.depth, pool._remaining) > 0:
            return
        await pilot.pause(0.05)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tests", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="proctorx-bench-") as tmp:
        root = Path(tmp)
        problem = make_problem(root, args.tests)
        solution = root / "sol.py"
        solution.write_text(PY)
        job = root / "job"
        job.mkdir(mode=0o777)
        job.chmod(0o777)
        seed: list[float] = []
        # B runs right after each app run, while the app waits to be warm again.
        app = asyncio.run(
            app_runs(problem, solution, args.repeat, root / "data", lambda: seed.append(run_b("python", problem, solution, job)))
        )
        a, b = statistics.median(app), statistics.median(seed)
        print(f"\nmedian of {args.repeat} runs each, alternating\n")
        print("| case | tests | app, warm: ctrl+r → banner | B docker run per test | app/B |")
        print("|---|---:|---:|---:|---:|")
        print(f"| py{args.tests} | {args.tests} | {a:.2f} s | {b:.2f} s | {a / b:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
