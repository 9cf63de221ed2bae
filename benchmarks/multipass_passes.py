#!/usr/bin/env python3
"""What a pass of a multi-pass test costs, side by side in one run.

The doubling relay of tests/fixtures/kattis-multipass-relay, copied to a
temporary folder with one test `1 P` (P passes; validation_passes raised to
P): each pass is a fresh container for the program and one for the Python
validator.  Alternated, median of --repeat judgements each, wall time of the
whole judgement (compile included, which Python has none of):

  A  one pass (`1 1`): the floor a test of any problem pays;
  B  P passes: (B - A) / (P - 1) is what each further pass adds;
  C  P passes with no container started ahead (multipass.warm_runs off):
     what warming the passes' containers saves.

    python3 benchmarks/multipass_passes.py [--passes 10] [--repeat 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui import languages, packages  # noqa: E402
from tui.judging import Judge, multipass  # noqa: E402
from tui.sandbox.docker import DockerSandbox  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "kattis-multipass-relay"


def package(where: Path, passes: int) -> packages.Problem:
    folder = where / f"relay-{passes}"
    shutil.copytree(FIXTURE, folder, ignore=shutil.ignore_patterns("submissions", "data"))
    yaml = (folder / "problem.yaml").read_text().replace("validation_passes: 3", f"validation_passes: {max(2, passes)}")
    (folder / "problem.yaml").write_text(yaml)
    (folder / "data" / "sample").mkdir(parents=True)
    (folder / "data" / "sample" / "1.in").write_text(f"1 {passes}\n")
    (folder / "data" / "sample" / "1.ans").write_text(f"{passes}\n")
    return packages.load(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    code = (FIXTURE / "submissions" / "accepted" / "double.py").read_text()
    python = languages.get("python")
    sandbox = DockerSandbox(jobs=1)
    try:
        sandbox.prepare([python])
        with tempfile.TemporaryDirectory() as tmp:
            problems = {"A": package(Path(tmp), 1), "B": package(Path(tmp), args.passes)}
            judge = Judge(sandbox, jobs=1, reveal_hidden=True)
            judge.judge(problems["A"], python, code)  # the validator compiled, the images warm
            times: dict[str, list[float]] = {"A": [], "B": [], "C": []}
            warm = multipass.warm_runs
            for _ in range(args.repeat):
                for name in times:
                    multipass.warm_runs = warm if name != "C" else (lambda *a: [])
                    started = time.perf_counter()
                    report = judge.judge(problems["A" if name == "A" else "B"], python, code)
                    times[name].append(time.perf_counter() - started)
                    assert report.verdict == "AC", [t.message for t in report.tests]
                    assert len(report.tests[0].passes) == (1 if name == "A" else args.passes)
            multipass.warm_runs = warm
    finally:
        sandbox.close()
    a, b, c = (statistics.median(times[name]) for name in "ABC")
    more = max(1, args.passes - 1)
    print(f"A  1 pass:                 {a:.2f} s")
    print(f"B  {args.passes} passes:              {b:.2f} s   each further pass {(b - a) / more:.2f} s (fresh containers, warmed)")
    print(f"C  {args.passes} passes, not warmed:  {c:.2f} s   each further pass {(c - a) / more:.2f} s")


if __name__ == "__main__":
    main()
