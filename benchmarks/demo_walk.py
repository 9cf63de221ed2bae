#!/usr/bin/env python3
"""A teacher's walk in demo mode, timed (issue 9), beside `proctorx judge` on the same programs.

The app (Textual's Pilot, the real Docker engine) opens `demo bounded-subarrays`;
the clock runs from the app's start to the reference's banner, then from each
f6 to the moment the next program's first failure is open (the starter, then
the C++ submission with its compile).  Alternates with A, `proctorx judge` on
the same file end to end; median of --repeat runs each.

    python3 benchmarks/demo_walk.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PROBLEM = ROOT / "problems" / "bounded-subarrays"
STEPS = [
    ("reference solution.py, to the banner", PROBLEM / "solutions" / "solution.py"),
    ("f6: starter main.py, to its diff", PROBLEM / "starters" / "main.py"),
    ("f6: int_overflow.cpp, to its diff", PROBLEM / "submissions" / "wrong_answer" / "int_overflow.cpp"),
]


async def walk(data_dir: Path) -> list[float]:
    from tui.app.demo_app import DemoApp
    from tui.app.screens.demo import DemoDetailsScreen, DemoScreen
    from tui.app.widgets.banner import ResultBanner
    from tui.packages import find

    async def until(pilot, condition) -> None:
        while not condition():
            await pilot.pause(0.005)

    times = []
    start = time.perf_counter()
    app = DemoApp([ROOT / "problems"], problem=find("bounded-subarrays", ROOT / "problems"), data_dir=data_dir)
    async with app.run_test(size=(140, 44)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DemoScreen))
        screen = app.screen
        await until(pilot, lambda: screen.query_one(ResultBanner).headline.startswith("You have passed 16/16"))
        times.append(time.perf_counter() - start)
        for _ in STEPS[1:]:
            before = app.screen
            start = time.perf_counter()
            await pilot.press("f6")
            await until(pilot, lambda before=before: isinstance(app.screen, DemoDetailsScreen) and app.screen is not before)
            times.append(time.perf_counter() - start)
        await pilot.press("escape", "ctrl+q")
    return times


def judge(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", "judge", str(PROBLEM), str(path), "--json"], capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    demo: list[list[float]] = []
    judged: list[list[float]] = []
    with tempfile.TemporaryDirectory(prefix="proctorx-bench-") as tmp:
        for run in range(args.repeat):
            demo.append(asyncio.run(walk(Path(tmp) / f"data{run}")))
            judged.append([judge(path) for _, path in STEPS])
    print("| step | demo mode | proctorx judge, same file | demo/judge |")
    print("|---|---:|---:|---:|")
    for number, (what, _) in enumerate(STEPS):
        a = statistics.median(r[number] for r in demo)
        b = statistics.median(r[number] for r in judged)
        print(f"| {what} | {a:.2f} s | {b:.2f} s | {a / b:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
