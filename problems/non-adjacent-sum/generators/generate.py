#!/usr/bin/env python3
"""Writes data/ for non-adjacent-sum, a scoring problem in the 2023-07
layout: each group of data/secret has a test_group.yaml with its
`max_score` (20 + 30 + 50), all or nothing (pass-fail, the default), and
secret sums them.  Answers come from solutions/solution.py, cross-checked
here with a memoised search on the tiny tests.

Run from anywhere: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random
from functools import cache
from pathlib import Path

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, MAXV = 100_000, 10**9
LIMITS = {"1-tiny": 22, "2-small": 1000, "3-large": MAXN}
POINTS = {"1-tiny": 20, "2-small": 30, "3-large": 50}
MAX_FILE = 1_200_000


def validate(text, most=MAXN):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    assert len(lines) == 2
    n = int(lines[0])
    assert lines[0] == str(n) and 1 <= n <= most
    a = list(map(int, lines[1].split()))
    assert lines[1] == " ".join(map(str, a)) and len(a) == n
    assert all(0 <= v <= MAXV for v in a)


def exhaustive(a):
    @cache
    def best(i):
        return 0 if i >= len(a) else max(best(i + 1), a[i] + best(i + 2))

    return best(0)


def fmt(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def tests(rng):
    yield "1-tiny", "01-one", [9]
    yield "1-tiny", "02-skip-two", [5, 1, 1, 5]
    yield "1-tiny", "03-zeros", [0] * 22
    yield "1-tiny", "04-random", [rng.randint(0, 100) for _ in range(22)]
    yield "1-tiny", "05-random-max", [rng.randint(0, MAXV) for _ in range(22)]
    yield "2-small", "01-skip-pairs", [MAXV, 1, 1, MAXV] * 250
    yield "2-small", "02-random", [rng.randint(0, MAXV) for _ in range(1000)]
    yield "2-small", "03-increasing", list(range(1000))
    yield "2-small", "04-two", [3, 4]
    yield "3-large", "01-random-max", [rng.randint(0, MAXV) for _ in range(MAXN)]
    yield "3-large", "02-all-max", [MAXV] * MAXN
    yield "3-large", "03-skip-pairs", [MAXV, 0, 0, MAXV] * (MAXN // 4)
    yield "3-large", "04-small-values", [rng.randint(0, 3) for _ in range(MAXN)]
    yield "3-large", "05-spikes", [MAXV if rng.random() < 0.1 else rng.randint(0, 10) for _ in range(MAXN)]


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    data = Path(__file__).resolve().parent.parent / "data"
    (data / "secret" / "test_group.yaml").write_text("max_score: 100\nscore_aggregation: sum\n", encoding="utf-8")
    for group, points in POINTS.items():
        folder = data / "secret" / group
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "test_group.yaml").write_text(f"max_score: {points}\n", encoding="utf-8")
    for i, a in enumerate([[2, 7, 9, 3, 1], [5, 1, 1, 5]], 1):
        assert int(out.write("sample", str(i), fmt(a))) == exhaustive(a)
    rng = random.Random(31415)
    for group, name, a in tests(rng):
        validate(fmt(a), LIMITS[group])
        answer = int(out.write(f"secret/{group}", name, fmt(a)))
        if len(a) <= 22:
            assert answer == exhaustive(a), name


if __name__ == "__main__":
    main()
