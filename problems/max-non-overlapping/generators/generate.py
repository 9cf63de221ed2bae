#!/usr/bin/env python3
"""Writes data/sample and data/secret of max-non-overlapping.

Deterministic: every test uses its own fixed seed. Every .ans is computed by
running the Python reference solution. Run: python3 generators/generate.py
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 100_000
MAX_T = 10**9
MAX_FILE = 2_000_000


def validate(text):
    """Asserts that text is a well-formed input within the constraints."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert lines[0] == str(int(lines[0]))
    n = int(lines[0])
    assert 1 <= n <= MAX_N
    assert len(lines) == n + 1
    for line in lines[1:]:
        lr = line.split(" ")
        assert len(lr) == 2 and all(x == str(int(x)) for x in lr)
        l, r = map(int, lr)
        assert 0 <= l <= r <= MAX_T


def make(intervals):
    return "%d\n%s\n" % (len(intervals), "\n".join("%d %d" % iv for iv in intervals))


def random_intervals(r, n, horizon, max_len):
    out = []
    for _ in range(n):
        l = r.randint(0, horizon)
        out.append((l, min(horizon, l + r.randint(0, max_len))))
    return out


def samples():
    yield "1", make([(1, 3), (2, 5), (4, 6), (7, 8)])
    yield "2", make([(1, 4), (4, 6), (5, 5), (7, 9)])


def secret():
    yield "01-min-n", make([(0, MAX_T)])
    yield "02-two-touching", make([(1, 3), (3, 5)])
    yield "03-points", make([(5, 5), (5, 5), (6, 6), (0, 0), (MAX_T, MAX_T), (7, 7)])
    yield "04-long-early-blocks-short", make([(0, 100)] + [(2 * i + 1, 2 * i + 1) for i in range(40)])
    yield "05-nested", make([(i, 1000 - i) for i in range(500)])

    r = random.Random(6)
    chain = [(i, i + 1) for i in range(1000)]
    r.shuffle(chain)
    yield "06-touching-chain-shuffled", make(chain)

    r = random.Random(7)
    yield "07-small-random", make(random_intervals(r, 60, 100, 15))

    r = random.Random(8)
    yield "08-identical", make([(3, 8)] * 1000)

    r = random.Random(9)
    yield "09-medium-full-range", make(random_intervals(r, 20_000, MAX_T, 10**7))

    r = random.Random(10)
    chain = [(i, i + 1) for i in range(MAX_N)]
    r.shuffle(chain)
    yield "10-max-touching-chain", make(chain)

    r = random.Random(11)
    yield "11-max-random-short", make(random_intervals(r, MAX_N, 10**6, 30))

    r = random.Random(12)
    yield "12-max-all-overlap", make([(r.randint(0, 499_999), r.randint(500_000, 10**6)) for _ in range(MAX_N)])

    r = random.Random(13)
    # Long intervals that start early mixed with many short ones: punishes
    # greedy by start and by length.
    iv = random_intervals(r, MAX_N // 2, 10**6, 10)
    iv += [(x, x + r.randint(5, 1000)) for x in (r.randint(0, 10**6) for _ in range(MAX_N // 2))]
    r.shuffle(iv)
    yield "13-max-mixed-lengths", make(iv)


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in samples():
        out.write("sample", name, text)
    for name, text in secret():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
