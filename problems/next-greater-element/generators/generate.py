#!/usr/bin/env python3
"""Writes data/sample and data/secret of next-greater-element.

Deterministic: every test uses its own fixed seed. Every .ans is computed by
running the Python reference solution. Run: python3 generators/generate.py
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 100_000
MAX_V = 10**9
MAX_FILE = 2_000_000


def validate(text):
    """Asserts that text is a well-formed input within the constraints."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 2
    assert lines[0] == str(int(lines[0]))
    n = int(lines[0])
    assert 1 <= n <= MAX_N
    a = lines[1].split(" ")
    assert len(a) == n
    for x in a:
        assert x == str(int(x)) and 1 <= int(x) <= MAX_V


def make(a):
    return "%d\n%s\n" % (len(a), " ".join(map(str, a)))


def samples():
    yield "1", make([2, 7, 3, 5, 4])


def secret():
    yield "01-min-n", make([42])
    yield "02-two-increasing", make([1, 2])
    yield "03-two-decreasing", make([2, 1])
    yield "04-all-equal-small", make([5] * 8)
    yield "05-extreme-values", make([MAX_V, 1, MAX_V, 1, 1, MAX_V - 1, MAX_V, 1])

    r = random.Random(6)
    yield "06-small-many-duplicates", make([r.randint(1, 5) for _ in range(200)])

    yield "07-mountain", make(list(range(1, 5001)) + list(range(5000, 0, -1)))
    yield "08-valley", make(list(range(5000, 0, -1)) + list(range(1, 5001)))

    r = random.Random(9)
    yield "09-medium-random", make([r.randint(1, MAX_V) for _ in range(10_000)])

    r = random.Random(10)
    yield "10-max-random", make([r.randint(1, MAX_V) for _ in range(MAX_N)])

    yield "11-max-decreasing", make([MAX_V - i for i in range(MAX_N)])

    yield "12-max-all-equal", make([7] * MAX_N)

    # Long plateaus of equal values, slowly decreasing, then a final peak.
    a = [100_000 - i // 10 for i in range(MAX_N - 1)] + [100_001]
    yield "13-max-decreasing-plateaus", make(a)


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in samples():
        ans = out.write("sample", name, text)
        assert len(ans) <= MAX_FILE, (name, len(ans))
    for name, text in secret():
        ans = out.write("secret", name, text)
        assert len(ans) <= MAX_FILE, (name, len(ans))


if __name__ == "__main__":
    main()
