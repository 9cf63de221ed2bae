#!/usr/bin/env python3
"""Writes data/sample and data/secret of first-at-least.

Deterministic: every test uses its own fixed seed. Every .ans is computed by
running the Python reference solution. Run: python3 generators/generate.py
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 100_000
MAX_Q = 100_000
MAX_V = 10**9
MAX_FILE = 2_000_000


def validate(text):
    """Asserts that text is a well-formed input within the constraints."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 3
    first = lines[0].split(" ")
    assert len(first) == 2 and all(x == str(int(x)) for x in first)
    n, q = map(int, first)
    assert 1 <= n <= MAX_N and 1 <= q <= MAX_Q
    a = lines[1].split(" ")
    assert len(a) == n
    prev = -MAX_V
    for x in a:
        assert x == str(int(x)) and -MAX_V <= int(x) <= MAX_V
        assert int(x) >= prev, "array not sorted"
        prev = int(x)
    xs = lines[2].split(" ")
    assert len(xs) == q
    for x in xs:
        assert x == str(int(x)) and -MAX_V <= int(x) <= MAX_V


def make(a, xs):
    return "%d %d\n%s\n%s\n" % (len(a), len(xs), " ".join(map(str, a)), " ".join(map(str, xs)))


def mixed_queries(r, a, q, lo, hi):
    """Half exact array values (hits duplicates), half random in [lo, hi]."""
    return [r.choice(a) if r.random() < 0.5 else r.randint(lo, hi) for _ in range(q)]


def samples():
    yield "1", make([1, 3, 6, 6, 9], [4, 6, 10, 1])


def secret():
    yield "01-min-n", make([5], [4, 5, 6, -MAX_V, MAX_V])
    yield "02-all-equal-small", make([3] * 10, [2, 3, 4, 3, 3])
    r = random.Random(3)
    a = sorted(r.randint(-1000, 1000) for _ in range(500))
    yield "03-all-above-max", make(a, [r.randint(1001, MAX_V) for _ in range(500)])
    yield "04-all-below-min", make(a, [r.randint(-MAX_V, -1000) for _ in range(500)])
    yield "05-extreme-values", make([-MAX_V] * 3 + [0] * 3 + [MAX_V] * 3, [-MAX_V, -MAX_V + 1, -1, 0, 1, MAX_V - 1, MAX_V])

    r = random.Random(6)
    a = sorted(r.randint(0, 20) for _ in range(1000))
    yield "06-many-duplicates-exhaustive", make(a, list(range(-1, 23)))

    a = list(range(-50_000, 50_000, 7))
    r = random.Random(7)
    yield "07-distinct-increasing", make(a, mixed_queries(r, a, 20_000, -50_010, 50_010))

    r = random.Random(8)
    a = sorted(r.randint(-MAX_V, MAX_V) for _ in range(10_000))
    yield "08-medium-random", make(a, mixed_queries(r, a, 10_000, -MAX_V, MAX_V))

    r = random.Random(9)
    a = sorted(r.randint(0, 1000) for _ in range(MAX_N))
    yield "09-max-duplicates", make(a, mixed_queries(r, a, MAX_Q, -5, 1005))

    r = random.Random(10)
    a = sorted(r.randint(-MAX_V, MAX_V) for _ in range(MAX_N))
    yield "10-max-full-range", make(a, mixed_queries(r, a, 70_000, -MAX_V, MAX_V))

    r = random.Random(11)
    yield "11-max-all-equal", make([7] * MAX_N, [r.choice([6, 7, 7, 8]) for _ in range(MAX_Q)])


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in samples():
        out.write("sample", name, text)
    for name, text in secret():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
