#!/usr/bin/env python3
"""Judging speed, side by side in one run (issue 5).

A     = `proctorx judge` end to end, the command a user runs;
B     = the seed design: one `docker run --rm ...` per test, one after another
        (compile once with the same image for C++);
floor = bare processes on the host, no container.

Runs alternate A B floor A B floor ..., and the table shows the median of
--repeat runs each, with the ratios A/B and A/floor.  Each timed run starts
on a quiet engine (no ProctorX container left, see settle()).  Then the engine's own
per-test breakdown (create, attach, start, run, remove) and the peak memory of
the `proctorx judge` process over the largest case.

    python3 benchmarks/judge_speed.py [--repeat 5] [--cases py8,cpp8,py32,py128]
"""

from __future__ import annotations

import argparse
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

from tui import languages  # noqa: E402

PY = "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n"
CPP = '#include <iostream>\nint main(){long long s=0,x;while(std::cin>>x)s+=x;std::cout<<s<<"\\n";}\n'
CASES = {"py8": ("python", 8), "cpp8": ("cpp", 8), "py32": ("python", 32), "py128": ("python", 128)}


def make_problem(root: Path, tests: int) -> Path:
    folder = root / f"bench-{tests}"
    (folder / "data" / "secret").mkdir(parents=True, exist_ok=True)
    (folder / "problem.yaml").write_text(f"title: Bench {tests}\ntime_limit: 1\n")
    for i in range(1, tests + 1):
        (folder / "data" / "secret" / f"{i:03}.in").write_text(f"{i} {i * 7} {i * 13}\n")
        (folder / "data" / "secret" / f"{i:03}.ans").write_text(f"{i * 21}\n")
    return folder


def settle() -> None:
    """Waits until the engine holds no ProctorX container.  ProctorX leaves
    the removal of ended containers to the engine (auto-remove), which may
    still be at it when the command returns: the next timed run must not
    pay for that work."""
    for _ in range(100):
        left = subprocess.run(["docker", "ps", "-aq", "--filter", "label=proctorx"], capture_output=True, text=True)
        if not left.stdout.strip():
            return
        time.sleep(0.05)


def run_a(problem: Path, solution: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "tui", "judge", str(problem), str(solution)], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"proctorx judge failed:\n{done.stdout}\n{done.stderr}")
    return elapsed


def docker_run(image: str, job: Path, command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            "docker",
            "run",
            "--rm",
            "--network",
            "none",
            "--memory",
            "256m",
            "--cpus",
            "0.5",
            "--pids-limit",
            "64",
            "--cap-drop",
            "ALL",
            "--user",
            "10001",
            "-v",
            f"{job}:/workspace",
            "--entrypoint",
            "sh",
            image,
            "-c",
            command,
        ],
        capture_output=True,
        text=True,
    )


def run_b(lang: str, problem: Path, solution: Path, job: Path) -> float:
    """The seed design, faithfully: compile once (C++), then a docker run per test."""
    image = languages.get(lang).image
    start = time.perf_counter()
    shutil.copy(solution, job / solution.name)
    if lang == "cpp":
        built = docker_run(image, job, f"cd /workspace && g++ -O2 -std=gnu++17 -o sol {solution.name}")
        assert built.returncode == 0, built.stderr
        run = "/workspace/sol"
    else:
        run = f"python3 /workspace/{solution.name}"
    for infile in sorted((problem / "data" / "secret").glob("*.in")):
        shutil.copy(infile, job / "input.txt")
        result = docker_run(image, job, f"timeout 3s {run} < /workspace/input.txt")
        assert result.stdout.strip() == infile.with_suffix(".ans").read_text().strip(), result.stderr
    return time.perf_counter() - start


def run_floor(lang: str, problem: Path, solution: Path, job: Path) -> float:
    start = time.perf_counter()
    if lang == "cpp":
        subprocess.run(["g++", "-O2", "-std=gnu++17", "-o", str(job / "floor"), str(solution)], check=True)
        argv = [str(job / "floor")]
    else:
        argv = [sys.executable, str(solution)]
    for infile in sorted((problem / "data" / "secret").glob("*.in")):
        with open(infile, "rb") as stdin:
            subprocess.run(argv, stdin=stdin, capture_output=True, check=True)
    return time.perf_counter() - start


def breakdown(tests: int = 16) -> dict[str, float]:
    """Median milliseconds of each engine step for one test container."""
    from tui.limits import Limits
    from tui.sandbox import streams, wire
    from tui.sandbox.docker import DockerSandbox

    sandbox = DockerSandbox(jobs=1)
    python = languages.get("python")
    program = sandbox.compile(python, PY).program
    spec = sandbox.run_spec(program, Limits(time_s=1))
    steps: dict[str, list[float]] = {k: [] for k in ("create", "attach", "start", "run", "collect", "remove")}
    for i in range(tests):
        t0 = time.perf_counter()
        from docker.types import LogConfig

        container = sandbox.api.create_container(
            spec.image,
            command=list(spec.argv),
            user="10001:10001",
            stdin_open=True,
            network_disabled=True,
            host_config=sandbox.api.create_host_config(
                network_mode="none",
                read_only=True,
                cap_drop=["ALL"],
                mem_limit="256m",
                memswap_limit="256m",
                pids_limit=64,
                tmpfs={"/box": "rw,exec,uid=10001,gid=10001,size=64m", "/tmp": "rw,size=16m"},
                log_config=LogConfig(type="none"),
            ),
        )
        t1 = time.perf_counter()
        sock = streams.raw_socket(sandbox.api.attach_socket(container["Id"], params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}))
        t2 = time.perf_counter()
        sandbox.api.start(container["Id"])
        t3 = time.perf_counter()
        nonce = wire.new_nonce()
        capture = streams.Capture(1 << 20, 1 << 20, nonce)
        streams.exchange(sock, wire.pack_files(program.files, nonce=nonce) + b"%d %d\n" % (i, i), capture, time.monotonic() + 10, None)
        t4 = time.perf_counter()
        wire.split_report(capture.stderr(), nonce)
        t5 = time.perf_counter()
        sandbox.api.remove_container(container["Id"], force=True)
        t6 = time.perf_counter()
        for key, value in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)):
            value and steps[key].append(value * 1000)
    sandbox.close()
    return {key: statistics.median(values) for key, values in steps.items()}


def peak_memory_kb(problem: Path, solution: Path) -> int:
    """Peak RSS of one `proctorx judge` process (the only child measured here)."""
    code = (
        "import resource, subprocess, sys\n"
        f"subprocess.run([sys.executable, '-m', 'tui', 'judge', {str(problem)!r}, {str(solution)!r}], capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    return int(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cases", default="py8,cpp8,py32,py128")
    args = parser.parse_args()
    if shutil.which("docker") is None:
        raise SystemExit("the seed design (B) needs the docker CLI")
    subprocess.run([sys.executable, "-m", "tui", "images", "build", "python", "cpp"], cwd=ROOT, check=True, capture_output=True)

    with tempfile.TemporaryDirectory(prefix="proctorx-bench-") as tmp:
        root = Path(tmp)
        job = root / "job"
        job.mkdir()
        os.chmod(job, 0o777)
        rows = []
        for case in args.cases.split(","):
            lang, tests = CASES[case]
            problem = make_problem(root, tests)
            solution = root / ("sol.cpp" if lang == "cpp" else "sol.py")
            solution.write_text(CPP if lang == "cpp" else PY)
            times = {"A": [], "B": [], "floor": []}
            run_a(problem, solution)  # warm the page cache and the images once
            for _ in range(args.repeat):
                settle()
                times["A"].append(run_a(problem, solution))
                settle()
                times["B"].append(run_b(lang, problem, solution, job))
                times["floor"].append(run_floor(lang, problem, solution, job))
            med = {k: statistics.median(v) for k, v in times.items()}
            rows.append((case, tests, med["A"], med["B"], med["floor"]))
            print(f"  {case}: A {med['A']:.2f} s, B {med['B']:.2f} s, floor {med['floor']:.2f} s", file=sys.stderr, flush=True)

        print(f"\nmedian of {args.repeat} runs each, alternating A B floor; {os.cpu_count()} cores\n")
        print("| case | tests | A proctorx judge | B docker run per test | floor (bare) | A/B | A/floor | A per test |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for case, tests, a, b, floor in rows:
            print(
                f"| {case} | {tests} | {a:.2f} s | {b:.2f} s | {floor:.2f} s | {a / b:.2f} | {a / floor:.1f} | {a / tests * 1000:.0f} ms |"
            )

        steps = breakdown()
        print("\nengine steps per test container (median ms, one at a time): " + ", ".join(f"{k} {v:.1f}" for k, v in steps.items()))
        sizes = sorted({t for _, t, *_ in rows})
        memory = {t: peak_memory_kb(make_problem(root, t), root / "sol.py") for t in sizes if (root / "sol.py").exists()}
        print("peak memory of `proctorx judge`: " + ", ".join(f"{t} tests {kb / 1024:.1f} MiB" for t, kb in memory.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
