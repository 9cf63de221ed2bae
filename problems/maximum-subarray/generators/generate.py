#!/usr/bin/env python3
"""Writes data/ for maximum-subarray, a scoring problem of two subtasks:
secret/1-small (30 points, n <= 1000) and secret/2-large (70 points); each
is all or nothing and stops at its first failure.  Answers come from
solutions/solution.py, cross-checked here with the plain O(n^2) loop where
that is quick.

Run from anywhere: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, SMALLN, MAXV = 100_000, 1000, 10**9
MAX_FILE = 1_200_000

ROOT = "on_reject: continue\nrange: 0 100\ngrader_flags: ignore_sample\n"
SAMPLE = "on_reject: continue\naccept_score: 0\nrange: 0 0\ngrader_flags: first_error\n"
# Secret scores the subtasks' sum; it is accepted when one of them is (a partial score).
SECRET = "on_reject: continue\nrange: 0 100\ngrader_flags: first_error accept_if_any_accepted\n"


def subtask(points):
    return f"on_reject: break\naccept_score: {points}\nrange: 0 {points}\ngrader_flags: min\n"


def validate(text, most=MAXN):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    assert len(lines) == 2
    n = int(lines[0])
    assert lines[0] == str(n) and 1 <= n <= most
    a = list(map(int, lines[1].split()))
    assert lines[1] == " ".join(map(str, a)) and len(a) == n
    assert all(-MAXV <= v <= MAXV for v in a)


def plain(a):
    best = a[0]
    for i in range(len(a)):
        total = 0
        for j in range(i, len(a)):
            total += a[j]
            best = max(best, total)
    return best


def fmt(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    out.group(".", ROOT)
    out.group("sample", SAMPLE)
    out.group("secret", SECRET)
    out.group("secret/1-small", subtask(30))
    out.group("secret/2-large", subtask(70))
    for i, a in enumerate([[-2, 1, -3, 4, -1, 2, 1, -5, 4], [-5, -2, -8]], 1):
        assert int(out.write("sample", str(i), fmt(a))) == plain(a)

    rng = random.Random(20261202)
    small = [
        ("01-one-positive", [7]),
        ("02-all-negative", [rng.randint(-MAXV, -1) for _ in range(SMALLN)]),
        ("03-one-negative", [-MAXV]),
        ("04-random-50", [rng.randint(-100, 100) for _ in range(50)]),
        ("05-random-max", [rng.randint(-MAXV, MAXV) for _ in range(SMALLN)]),
        ("06-all-positive", [rng.randint(1, MAXV) for _ in range(SMALLN)]),
        ("07-alternating", [MAXV if i % 2 else -MAXV + 1 for i in range(SMALLN)]),
    ]
    for name, a in small:
        validate(fmt(a), SMALLN)
        assert int(out.write("secret/1-small", name, fmt(a))) == plain(a), name

    block = [rng.randint(-MAXV, -1) for _ in range(MAXN)]
    block[45_000:55_000] = [rng.randint(0, MAXV) for _ in range(10_000)]
    large = [
        ("01-all-negative", [rng.randint(-MAXV, -1) for _ in range(MAXN)]),
        ("02-random-max", [rng.randint(-MAXV, MAXV) for _ in range(MAXN)]),
        ("03-all-positive", [rng.randint(1, MAXV) for _ in range(MAXN)]),
        ("04-block-in-the-middle", block),
        ("05-small-values", [rng.randint(-3, 3) for _ in range(MAXN)]),
        ("06-all-max", [MAXV] * MAXN),
    ]
    for name, a in large:
        out.write("secret/2-large", name, fmt(a))


if __name__ == "__main__":
    main()
