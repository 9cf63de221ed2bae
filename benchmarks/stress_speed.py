#!/usr/bin/env python3
"""Stress testing's rounds per second, side by side in one run (issue 10).

A = `proctorx stress ... --json`, the command a user runs: its own
    rounds_per_second (first round to last, compiles not counted) and the
    whole command's wall time;
B = the same three programs as one `docker run --rm ...` each, round after
    round (generator > input; brute < input; solution < input; compare),
    with the C++ ones compiled once beforehand (not counted).

Both run the same number of rounds of a small sum problem, for small Python
programs and small C++ programs; runs alternate A B A B ..., and the table
shows the median of --repeat runs each.

    python3 benchmarks/stress_speed.py [--repeat 3] [--rounds 40] [--cases py,cpp]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.judge_speed import docker_run, settle  # noqa: E402
from tui import languages  # noqa: E402

PROGRAMS = {
    "py": {
        "gen.py": "import random, sys\nr = random.Random(int(sys.argv[1]))\nprint(*(r.randint(1, 99) for _ in range(3)))\n",
        "brute.py": "import sys\ntotal = 0\nfor x in sys.stdin.read().split():\n    total += int(x)\nprint(total)\n",
        "sol.py": "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n",
    },
    "cpp": {
        "gen.cpp": (
            "#include <cstdio>\n#include <cstdlib>\n#include <random>\nint main(int c, char **v) {\n"
            "  std::mt19937 r(std::atoi(v[1]));\n"
            '  std::printf("%d %d %d\\n", 1 + (int)(r() % 99), 1 + (int)(r() % 99), 1 + (int)(r() % 99));\n}\n'
        ),
        "brute.cpp": '#include <iostream>\nint main(){long long s=0,x;while(std::cin>>x)s+=x;std::cout<<s<<"\\n";}\n',
        "sol.cpp": '#include <cstdio>\nint main(){long long s=0,x;while(std::scanf("%lld",&x)==1)s+=x;std::printf("%lld\\n",s);}\n',
    },
}


def make_problem(root: Path) -> Path:
    folder = root / "bench-sum"
    (folder / "data" / "sample").mkdir(parents=True, exist_ok=True)
    (folder / "problem.yaml").write_text("title: Bench Sum\ntime_limit: 1\n")
    (folder / "data" / "sample" / "1.in").write_text("1 2 3\n")
    (folder / "data" / "sample" / "1.ans").write_text("6\n")
    return folder


def run_a(problem: Path, files: dict[str, Path], rounds: int) -> tuple[float, float]:
    """(rounds per second as the command reports it, the command's wall time)."""
    gen, brute, sol = (next(path for name, path in files.items() if name.startswith(stem + ".")) for stem in ("gen", "brute", "sol"))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tui", "stress", str(problem), str(sol), "-g", str(gen), "-b", str(brute), "--runs", str(rounds), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"proctorx stress failed:\n{done.stdout}\n{done.stderr}")
    report = json.loads(done.stdout)
    assert report["status"] == "passed" and report["rounds"] == rounds, report
    return report["rounds"] / report["elapsed_s"], wall


def compile_b(case: str, job: Path, files: dict[str, Path]) -> dict[str, str]:
    """The command that runs each program inside its container."""
    commands = {}
    for name, path in files.items():
        shutil.copy(path, job / name)
        stem = name.split(".")[0]
        if case == "cpp":
            built = docker_run(languages.get("cpp").image, job, f"cd /workspace && g++ -O2 -std=gnu++17 -o {stem} {name}")
            assert built.returncode == 0, built.stderr
            commands[stem] = f"/workspace/{stem}"
        else:
            commands[stem] = f"python3 /workspace/{name}"
    return commands


def run_b(case: str, job: Path, commands: dict[str, str], rounds: int) -> float:
    """Rounds per second: three `docker run`s a round, one after another."""
    image = languages.get("cpp" if case == "cpp" else "python").image
    start = time.perf_counter()
    for seed in range(1, rounds + 1):
        made = docker_run(image, job, f"timeout 5s {commands['gen']} {seed} > /workspace/input.txt")
        assert made.returncode == 0, made.stderr
        brute = docker_run(image, job, f"timeout 10s {commands['brute']} < /workspace/input.txt")
        sol = docker_run(image, job, f"timeout 3s {commands['sol']} < /workspace/input.txt")
        assert brute.stdout.split() == sol.stdout.split(), (brute.stdout, sol.stdout)
    return rounds / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--cases", default="py,cpp")
    args = parser.parse_args()
    if shutil.which("docker") is None:
        raise SystemExit("B needs the docker CLI")
    subprocess.run([sys.executable, "-m", "tui", "images", "build", "python", "cpp"], cwd=ROOT, check=True, capture_output=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="proctorx-stress-bench-") as tmp:
        root = Path(tmp)
        problem = make_problem(root)
        for case in args.cases.split(","):
            files = {}
            for name, code in PROGRAMS[case].items():
                files[name] = root / case / name
                files[name].parent.mkdir(exist_ok=True)
                files[name].write_text(code)
            job = root / f"job-{case}"
            job.mkdir()
            os.chmod(job, 0o777)
            commands = compile_b(case, job, files)
            run_a(problem, files, 4)  # the images and the page cache, once
            a_rate, a_wall, b_rate = [], [], []
            for _ in range(args.repeat):
                settle()
                rate, wall = run_a(problem, files, args.rounds)
                a_rate.append(rate)
                a_wall.append(wall)
                settle()
                b_rate.append(run_b(case, job, commands, args.rounds))
            row = (case, args.rounds, statistics.median(a_rate), statistics.median(a_wall), statistics.median(b_rate))
            rows.append(row)
            print(f"  {case}: A {row[2]:.2f} rounds/s ({row[3]:.1f} s in all), B {row[4]:.2f} rounds/s", file=sys.stderr, flush=True)
    load = os.getloadavg()[0]
    print(f"\nmedian of {args.repeat} runs each, alternating A B; {args.rounds} rounds; {os.cpu_count()} cores, load average {load:.0f}\n")
    print("| case | rounds | A proctorx stress | A whole command | B docker run ×3 per round | A/B |")
    print("|---|---:|---:|---:|---:|---:|")
    for case, rounds, a, wall, b in rows:
        print(f"| {case} | {rounds} | {a:.2f} rounds/s | {wall:.1f} s | {b:.2f} rounds/s | {a / b:.1f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
