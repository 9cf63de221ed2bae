#!/usr/bin/env python3
"""Writes data/sample and data/secret of meeting-rooms.

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
        se = line.split(" ")
        assert len(se) == 2 and all(x == str(int(x)) for x in se)
        s, e = map(int, se)
        assert 0 <= s < e <= MAX_T


def make(meetings):
    return "%d\n%s\n" % (len(meetings), "\n".join("%d %d" % m for m in meetings))


def random_meetings(r, n, horizon, max_len):
    out = []
    for _ in range(n):
        s = r.randint(0, horizon - 1)
        e = min(horizon, s + r.randint(1, max_len))
        out.append((s, e))
    return out


def samples():
    yield "1", make([(0, 30), (5, 10), (15, 20)])
    yield "2", make([(1, 3), (3, 5), (6, 10), (7, 9), (8, 12)])


def secret():
    yield "01-min-n", make([(0, MAX_T)])
    yield "02-two-touching", make([(5, 10), (10, 15)])
    yield "03-identical", make([(4, 9)] * 5)
    yield "04-nested", make([(i, 100 - i) for i in range(50)])

    r = random.Random(5)
    chain = [(i, i + 1) for i in range(1000)]
    r.shuffle(chain)
    yield "05-touching-chain-shuffled", make(chain)

    yield "06-extreme-times", make([(0, MAX_T), (0, 1), (MAX_T - 1, MAX_T), (1, MAX_T - 1), (MAX_T - 1, MAX_T)])

    r = random.Random(7)
    yield "07-small-random", make(random_meetings(r, 50, 100, 20))

    r = random.Random(8)
    # Many meetings start exactly where others end.
    pts = sorted(r.sample(range(0, 1000), 200))
    m = []
    for _ in range(3000):
        i = r.randint(0, len(pts) - 2)
        j = r.randint(i + 1, min(len(pts) - 1, i + 3))
        m.append((pts[i], pts[j]))
    yield "08-many-touching-random", make(m)

    r = random.Random(9)
    yield "09-medium-full-range", make(random_meetings(r, 20_000, MAX_T, 10**8))

    chain = [(2 * i, 2 * i + 2) for i in range(MAX_N)]
    yield "10-max-touching-chain", make(chain)

    r = random.Random(11)
    yield "11-max-random", make(random_meetings(r, MAX_N, 10**6, 10**4))

    r = random.Random(12)
    yield "12-max-all-overlap", make([(r.randint(0, 499_999), r.randint(500_001, 10**6)) for _ in range(MAX_N)])


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in samples():
        out.write("sample", name, text)
    for name, text in secret():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
