#!/usr/bin/env python3
"""Writes data/sample and data/secret of shortest-subarray-sum.

Deterministic: every test uses its own fixed seed. Every .ans is computed by
running the Python reference solution. Run: python3 generators/generate.py
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 200_000
MAX_S = 10**15
MAX_V = 10**9
MAX_FILE = 2_000_000


def validate(text):
    """Asserts that text is a well-formed input within the constraints."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 2
    first = lines[0].split(" ")
    assert len(first) == 2 and all(x == str(int(x)) for x in first)
    n, s = map(int, first)
    assert 1 <= n <= MAX_N and 1 <= s <= MAX_S
    a = lines[1].split(" ")
    assert len(a) == n
    for x in a:
        assert x == str(int(x)) and 1 <= int(x) <= MAX_V


def make(s, a):
    return "%d %d\n%s\n" % (len(a), s, " ".join(map(str, a)))


def samples():
    yield "1", make(7, [2, 3, 1, 2, 4, 3])
    yield "2", make(100, [10, 20, 30])


def secret():
    yield "01-min-n-enough", make(5, [5])
    yield "02-min-n-not-enough", make(6, [5])
    yield "03-s-is-one", make(1, [3, 1, 4, 1, 5])

    r = random.Random(4)
    a = [r.randint(1, 1000) for _ in range(1000)]
    yield "04-answer-is-whole-array", make(sum(a), a)
    yield "05-answer-zero-just-short", make(sum(a) + 1, a)

    r = random.Random(6)
    a = [r.randint(1, 10) for _ in range(5000)]
    a[3777] = MAX_V
    yield "06-one-huge-element", make(10**8, a)

    r = random.Random(7)
    a = [r.randint(1, 20) for _ in range(200)]
    yield "07-small-random", make(100, a)

    a = list(range(1, 20_001))
    yield "08-increasing", make(10**6, a)
    yield "09-decreasing", make(10**6, a[::-1])

    a = [MAX_V] * 100_000
    yield "10-overflow-all-max", make(10**14, a)

    r = random.Random(11)
    a = [r.randint(1, MAX_V) for _ in range(1000)]
    yield "11-max-s-no-answer", make(MAX_S, a)

    r = random.Random(12)
    a = [r.randint(1, 10) for _ in range(MAX_N)]
    yield "12-max-long-answer", make(sum(a) // 2, a)

    r = random.Random(13)
    a = [r.randint(1, MAX_V) for _ in range(MAX_N)]
    yield "13-max-random-large-values", make(5 * 10**11, a)

    r = random.Random(14)
    a = [r.randint(1, 1000) for _ in range(MAX_N)]
    yield "14-max-no-answer", make(sum(a) + 1, a)


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in samples():
        out.write("sample", name, text)
    for name, text in secret():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
