#!/usr/bin/env python3
"""Throughput of the host checkers, side by side with the implementation before issue 15.

"old" is tui/judging/checkers.py as it was at a git revision (--old-rev, default
the commit before the linear checkers), loaded from git history as a module;
"new" is the working tree's.  Each case is built afresh in a child process, the
two alternate case by case, and an old run that outlasts --budget seconds is
stopped and shown as "> budget" (the old token checker is quadratic: a million
tokens would take most of an hour).  Times are the CPU time of the check (the
machine is shared: its load would count in wall time); extra memory is
tracemalloc's peak during one check, beyond the output and the answer.

    python3 benchmarks/checkers.py [--tokens 1000000] [--small 50000] [--repeat 3] [--budget 30]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.packages.model import CheckerSpec  # noqa: E402

TOLERANCE = {"float_abs": 1e-6, "float_rel": 1e-6}
SPECS = {
    "exact": CheckerSpec("exact"),
    "lines": CheckerSpec("lines"),
    "tokens": CheckerSpec("tokens"),
    "tokens, case-insensitive": CheckerSpec("tokens", case_sensitive=False),
    "tokens, float tolerance": CheckerSpec("tokens", **TOLERANCE),
    "tokens, space_change_sensitive": CheckerSpec("tokens", space_change_sensitive=True),
    "tokens, space-sensitive + tolerance": CheckerSpec("tokens", space_change_sensitive=True, **TOLERANCE),
}


def _integers(n: int) -> list[bytes]:
    rnd = random.Random(15)
    return [str(rnd.randrange(10**7)).encode() for _ in range(n)]


def _rows(words: list[bytes], per_row: int = 10, end: bytes = b"\n", space: bytes = b" ") -> bytes:
    return b"".join(space.join(words[i : i + per_row]) + end for i in range(0, len(words), per_row))


def _wrong_last(data: bytes) -> bytes:
    """data with the last character of its last token changed: a WA at the very end."""
    end = len(data.rstrip())
    return data[: end - 1] + (b"x" if data[end - 1 : end] != b"x" else b"y") + data[end:]


def build(case: str, n: int) -> tuple[bytes, bytes]:
    """(output, answer) of a case, n tokens big (the special shapes ignore n)."""
    if case == "exact AC":
        answer = _rows(_integers(n))
        return bytes(bytearray(answer)), answer  # equal bytes, not the same object
    if case == "exact WA at the end":
        answer = _rows(_integers(n))
        return _wrong_last(answer), answer
    if case == "lines AC (trailing spaces, \\r\\n)":
        words = _integers(n)
        return _rows(words, end=b" \r\n"), _rows(words)
    if case == "lines WA at the end":
        answer = _rows(_integers(n))
        return _wrong_last(answer), answer
    if case == "tokens AC (other layout)":
        words = _integers(n)
        return _rows(words, per_row=1), _rows(words)
    if case == "tokens WA at the end":
        words = _integers(n)
        return _wrong_last(_rows(words, per_row=1)), _rows(words)
    if case == "tokens, case-insensitive AC":
        rnd = random.Random(15)
        words = [rnd.choice((b"YES", b"NO", b"Impossible", b"POSSIBLE")) for _ in range(n)]
        return _rows(words).lower(), _rows(words)
    if case in ("tokens, float tolerance AC (9 vs 6 decimals)", "tokens, space-sensitive + tolerance AC"):
        rnd = random.Random(15)
        values = [rnd.uniform(-1000, 1000) for _ in range(n)]
        answer = [f"{v:.6f}".encode() for v in values]
        output = [f"{v + rnd.uniform(-4e-7, 4e-7):.9f}".encode() for v in values]
        return _rows(output), _rows(answer)
    if case == "tokens, float tolerance WA at the end":
        rnd = random.Random(15)
        values = [f"{rnd.uniform(-1000, 1000):.6f}".encode() for _ in range(n)]
        output = values[:-1] + [b"%.6f" % (float(values[-1]) + 1)]
        return _rows(output), _rows(values)
    if case == "tokens, space_change_sensitive WA at the end":
        answer = _rows(_integers(n))
        return _wrong_last(answer), answer
    if case == "one 30,000-char token vs a number":
        return b"1" * 30_000 + b"a\n", b"1\n"
    if case == "one 8 MB token vs a number":
        return b"1" * 8_000_000 + b"a\n", b"1\n"
    if case == "one 8 MB token, case-insensitive":
        return b"A" * 8_000_000 + b"\n", b"a" * 7_999_999 + b"b\n"
    if case == "one 8 MB line, WA at the end":
        answer = b"1 " * 4_000_000 + b"\n"
        return _wrong_last(answer), answer
    raise KeyError(case)


# (case, checker) in the order of the table; None as the size: a fixed shape.
SIZED = [
    ("exact AC", "exact"),
    ("exact WA at the end", "exact"),
    ("lines AC (trailing spaces, \\r\\n)", "lines"),
    ("lines WA at the end", "lines"),
    ("tokens AC (other layout)", "tokens"),
    ("tokens WA at the end", "tokens"),
    ("tokens, case-insensitive AC", "tokens, case-insensitive"),
    ("tokens, float tolerance AC (9 vs 6 decimals)", "tokens, float tolerance"),
    ("tokens, float tolerance WA at the end", "tokens, float tolerance"),
    ("tokens, space_change_sensitive WA at the end", "tokens, space_change_sensitive"),
    ("tokens, space-sensitive + tolerance AC", "tokens, space-sensitive + tolerance"),
]
SHAPES = [
    ("one 30,000-char token vs a number", "tokens, float tolerance"),
    ("one 8 MB token vs a number", "tokens, float tolerance"),
    ("one 8 MB token, case-insensitive", "tokens, case-insensitive"),
    ("one 8 MB line, WA at the end", "lines"),
]


def _load(which: str, rev: str):
    if which == "new":
        from tui.judging import checkers

        return checkers
    source = subprocess.run(["git", "show", f"{rev}:tui/judging/checkers.py"], cwd=ROOT, capture_output=True, text=True, check=True)
    path = Path(f"/tmp/proctorx-old-checkers-{rev.replace('/', '_')}.py")
    path.write_text(source.stdout)
    spec = importlib.util.spec_from_file_location("old_checkers", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_checkers"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def child(which: str, rev: str, case: str, checker: str, n: int, repeat: int) -> None:
    """Runs in its own process: times the check, then measures its memory; one JSON line each."""
    module = _load(which, rev)
    output, answer = build(case, n)
    spec = SPECS[checker]
    times = []
    for _ in range(repeat):
        start = time.process_time()
        result = module.check(spec, output, answer)
        times.append(time.process_time() - start)
        if sum(times) > 5:
            break  # slow enough that one run tells
    info = {"seconds": statistics.median(times), "ok": result.ok, "message": result.message[:90], "bytes": len(output)}
    info["tokens"] = len(output.split()) if n else None
    print(json.dumps(info), flush=True)
    tracemalloc.start()
    module.check(spec, output, answer)
    print(json.dumps({"peak": tracemalloc.get_traced_memory()[1]}), flush=True)


def measure(which: str, rev: str, case: str, checker: str, n: int, repeat: int, budget: float) -> dict:
    command = [sys.executable, __file__, "--child", which, "--old-rev", rev, "--case", case, "--checker", checker, "--n", str(n)]
    command += ["--repeat", str(repeat)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        out, _ = process.communicate(timeout=budget + 10)  # building the case, the timed runs, then one under tracemalloc
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
    info: dict = {}
    for line in out.splitlines():
        info.update(json.loads(line))
    return info


def _time(info: dict, budget: float) -> str:
    if "seconds" not in info:
        return f"> {budget:.0f} s"
    seconds = info["seconds"]
    if seconds < 0.01:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def _ratio(ratio: float, more: bool) -> str:
    return ("> " if more else "") + (f"{ratio:.1f}×" if ratio < 10 else f"{ratio:,.0f}×")


def _memory(info: dict) -> str:
    return f"{info['peak'] / 2**20:.1f} MiB" if "peak" in info else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokens", type=int, default=1_000_000, help="tokens of the big outputs")
    parser.add_argument("--small", type=int, default=50_000, help="tokens of the outputs the old checkers still finish")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget", type=float, default=30, help="seconds an old run may take before it is stopped")
    parser.add_argument("--old-rev", default="c93131d", help="the git revision of the old checkers")
    parser.add_argument("--child", choices=("old", "new"), help=argparse.SUPPRESS)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--checker", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.old_rev, args.case, args.checker, args.n, args.repeat)
        return 0
    plan = [(case, checker, n) for n in (args.small, args.tokens) for case, checker in SIZED]
    plan += [(case, checker, 0) for case, checker in SHAPES]
    print(f"old: tui/judging/checkers.py at {args.old_rev}; new: the working tree", end="; ")
    print(f"CPU time, median of {args.repeat}; an old run is stopped after {args.budget:.0f} s\n")
    print("| case | checker | output | tokens | old | new | new MB/s | new tokens/s | old/new | extra memory old → new | verdict |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for case, checker, n in plan:
        new = measure("new", args.old_rev, case, checker, n, args.repeat, args.budget)
        old = measure("old", args.old_rev, case, checker, n, args.repeat, args.budget)
        seconds = new["seconds"]
        mb_s = new["bytes"] / seconds / 1e6
        tokens = new["tokens"]
        rate = f"{tokens / seconds / 1e6:.1f} M" if tokens else "—"
        ratio = _ratio(old["seconds"] / seconds, False) if "seconds" in old else _ratio(args.budget / seconds, True)
        same = "" if "ok" not in old or (old["ok"], old["message"]) == (new["ok"], new["message"]) else " (old differs!)"
        verdict = ("AC" if new["ok"] else "WA") + same
        size = f"{new['bytes'] / 1e6:.1f} MB"
        print(
            f"| {case} | {checker} | {size} | {f'{tokens:,}' if tokens else '1'} | {_time(old, args.budget)} | {_time(new, args.budget)} "
            f"| {mb_s:,.0f} | {rate} | {ratio} | {_memory(old)} → {_memory(new)} | {verdict} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
