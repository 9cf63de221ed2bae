#!/usr/bin/env python3
"""Writes data/sample and data/secret of bounded-subarrays.

Deterministic: every test uses its own fixed seed. Every .ans is computed by
running the Python reference solution. Run: python3 generators/generate.py
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 200_000
MAX_V = 10**9
MAX_FILE = 2_000_000


def validate(text):
    """Asserts that text is a well-formed input within the constraints."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 3, "expected 3 lines"
    assert lines[0] == str(int(lines[0]))
    n = int(lines[0])
    assert 1 <= n <= MAX_N
    lr = lines[1].split(" ")
    assert len(lr) == 2 and all(x == str(int(x)) for x in lr)
    left, right = map(int, lr)
    assert 0 <= left <= right <= MAX_V
    a = lines[2].split(" ")
    assert len(a) == n
    for x in a:
        assert x == str(int(x))
        assert 0 <= int(x) <= MAX_V


def make(n, left, right, a):
    assert len(a) == n
    return "%d\n%d %d\n%s\n" % (n, left, right, " ".join(map(str, a)))


def samples():
    yield "1", make(4, 2, 3, [2, 1, 4, 3])
    yield "2", make(5, 1, 5, [3, 3, 3, 3, 3])


def secret():
    yield "01-min-n-inside", make(1, 5, 5, [5])
    yield "02-min-n-above", make(1, 0, 7, [8])
    yield "03-min-n-below", make(1, 3, 10, [2])

    r = random.Random(4)
    yield "04-all-below-left", make(1000, 500, 1000, [r.randint(0, 499) for _ in range(1000)])

    r = random.Random(5)
    yield "05-all-above-right", make(1000, 0, 100, [r.randint(101, MAX_V) for _ in range(1000)])

    r = random.Random(6)
    a = [r.choice([0, 0, 0, 1, 2]) for _ in range(2000)]
    yield "06-zeros-left-equals-right", make(2000, 0, 0, a)

    r = random.Random(7)
    a = [r.choice([0, MAX_V, r.randint(0, MAX_V)]) for _ in range(3000)]
    yield "07-extreme-values-full-range", make(3000, 0, MAX_V, a)

    r = random.Random(8)
    a = [r.randint(0, 10) for _ in range(300)]
    yield "08-small-random", make(300, 4, 7, a)

    r = random.Random(9)
    a = [r.randint(0, 30) for _ in range(5000)]
    yield "09-medium-random", make(5000, 10, 20, a)

    a = list(range(0, 2 * 50_000, 2))
    yield "10-medium-increasing", make(50_000, 30_000, 60_000, a)

    a = list(range(2 * 50_000, 0, -2))
    yield "11-medium-decreasing", make(50_000, 30_000, 60_000, a)

    r = random.Random(12)
    a = [r.randint(100_000, 999_999) for _ in range(MAX_N)]
    yield "12-max-all-inside", make(MAX_N, 100_000, 999_999, a)

    r = random.Random(13)
    a = [r.randint(0, MAX_V) for _ in range(MAX_N)]
    yield "13-max-random-full-range", make(MAX_N, 300_000_000, 999_990_000, a)

    r = random.Random(14)
    a = [r.randint(0, 100) for _ in range(MAX_N)]
    yield "14-max-random-small-values", make(MAX_N, 40, 99, a)


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in samples():
        out.write("sample", name, text)
    for name, text in secret():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
