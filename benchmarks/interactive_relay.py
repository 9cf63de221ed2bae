#!/usr/bin/env python3
"""What a round trip of an interactive problem costs, side by side in one run.

A ping-pong pair in C: the interactor writes a number, the program writes it
back, N times, each line flushed.  The interactor times the N round trips
itself (clock_gettime around the loop) and leaves the figure in its
judgemessage.txt.  Three ways, alternated, median of --repeat runs each:

  A  direct pipe: the two programs compiled on this host and joined by two
     pipes (no container, no relay): the floor.
  B  ProctorX: DockerSandbox.run_interactive, each in its own container, the
     host relaying the attach streams (tui/sandbox/relay.py).
  B' the relay's own share of B: the time the relay spends from a chunk's
     arrival until it is handed to the other side's socket (RelayStats), per
     round trip (two chunks).

    python3 benchmarks/interactive_relay.py [--round-trips 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROGRAM = r"""
#include <stdio.h>
int main(void) {
    long long x;
    while (scanf("%lld", &x) == 1) { printf("%lld\n", x); fflush(stdout); }
    return 0;
}
"""

INTERACTOR = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
int main(int argc, char **argv) {
    long long n = argc > 4 ? atoll(argv[4]) : 1000, x;
    if (argc > 1) { FILE *in = fopen(argv[1], "r"); if (in) { if (fscanf(in, "%lld", &n) != 1) n = 1000; fclose(in); } }
    double start = now();
    for (long long i = 0; i < n; i++) {
        printf("%lld\n", i); fflush(stdout);
        if (scanf("%lld", &x) != 1 || x != i) return 43;
    }
    double us = (now() - start) / n * 1e6;
    char path[4096];
    snprintf(path, sizeof path, "%sjudgemessage.txt", argc > 3 ? argv[3] : "./");
    FILE *out = fopen(path, "w");
    if (out) { fprintf(out, "%.1f", us); fclose(out); } else fprintf(stderr, "%.1f\n", us);
    return 42;
}
"""


def direct_pipe(folder: Path, n: int) -> float:
    """A: the two programs on this host, joined by two pipes."""
    program = subprocess.Popen([str(folder / "program")], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    interactor = subprocess.run(
        [str(folder / "interactor"), "/dev/null", "/dev/null", str(folder) + "/", str(n)],
        stdin=program.stdout,
        stdout=program.stdin,
        capture_output=False,
        check=False,
    )
    program.stdin.close()
    program.wait()
    assert interactor.returncode == 42, interactor.returncode
    return float((folder / "judgemessage.txt").read_text())


def through_proctorx(sandbox, program, interactor, n: int) -> tuple[float, float]:
    """B and B': the round trip as the interactor saw it, and the relay's own share."""
    from tui.judging.interactive import interactor_limits
    from tui.limits import Limits

    limits = Limits(time_s=10.0)
    argv = interactor.language.run_argv(interactor.code, 1024) + ["judge/input", "judge/answer", "feedback/"]
    files = {"judge/input": f"{n}\n".encode(), "judge/answer": b"", "feedback/.keep": b""}
    collect = ("feedback/judgemessage.txt",)
    result = sandbox.run_interactive(program, interactor, argv, files, limits, interactor_limits(limits), collect=collect)
    assert result.interactor.exit_code == 42, (result.interactor, result.program)
    seen = float(result.interactor.files["feedback/judgemessage.txt"])
    stats = sandbox.last_relay
    return seen, stats.handling_s / n * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round-trips", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("gcc") is None:
        print("gcc is needed on this host for the direct-pipe baseline", file=sys.stderr)
        return 2

    from tui import languages
    from tui.sandbox.docker import DockerSandbox

    c = languages.get("c")
    sandbox = DockerSandbox(jobs=1)
    try:
        sandbox.prepare([c])
        compiled = {name: sandbox.compile(c, code) for name, code in (("program", PROGRAM), ("interactor", INTERACTOR))}
        assert all(r.ok for r in compiled.values()), {k: r.output for k, r in compiled.items()}
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            for name, code in (("program", PROGRAM), ("interactor", INTERACTOR)):
                (folder / f"{name}.c").write_text(code)
                subprocess.run(["gcc", "-O2", "-o", str(folder / name), str(folder / f"{name}.c")], check=True)
            a, b, relay = [], [], []
            for _ in range(args.repeat):
                a.append(direct_pipe(folder, args.round_trips))
                seen, share = through_proctorx(sandbox, compiled["program"].program, compiled["interactor"].program, args.round_trips)
                b.append(seen)
                relay.append(share)
    finally:
        sandbox.close()
    n = args.round_trips
    print(f"interactive round trip, {n} round trips a run, median of {args.repeat} runs ({os.cpu_count()} CPUs)")
    print(f"  A  direct pipe on the host:                    {statistics.median(a):8.1f} µs per round trip")
    print(f"  B  ProctorX (two containers, the host relays): {statistics.median(b):8.1f} µs per round trip")
    print(f"  B' of which the relay's own handling:          {statistics.median(relay):8.1f} µs per round trip")
    print(f"  B - A (containers' attach streams + relay):    {statistics.median(b) - statistics.median(a):8.1f} µs per round trip")
    return 0


if __name__ == "__main__":
    sys.exit(main())
