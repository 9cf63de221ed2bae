#!/usr/bin/env python3
"""Writes data/sample and data/secret of range-sum-queries.

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
    first = lines[0].split(" ")
    assert len(first) == 2 and all(x == str(int(x)) for x in first)
    n, q = map(int, first)
    assert 1 <= n <= MAX_N and 1 <= q <= MAX_Q
    assert len(lines) == 2 + q
    a = lines[1].split(" ")
    assert len(a) == n
    for x in a:
        assert x == str(int(x)) and -MAX_V <= int(x) <= MAX_V
    for line in lines[2:]:
        lr = line.split(" ")
        assert len(lr) == 2 and all(x == str(int(x)) for x in lr)
        l, r = map(int, lr)
        assert 1 <= l <= r <= n


def make(a, queries):
    parts = ["%d %d" % (len(a), len(queries)), " ".join(map(str, a))]
    parts += ["%d %d" % lr for lr in queries]
    return "\n".join(parts) + "\n"


def random_queries(r, n, q):
    out = []
    for _ in range(q):
        l, rr = r.randint(1, n), r.randint(1, n)
        out.append((min(l, rr), max(l, rr)))
    return out


def long_queries(r, n, q):
    """Queries covering most of the array (worst case for adding one by one)."""
    return [(r.randint(1, n // 10 + 1), r.randint(n - n // 10, n)) for _ in range(q)]


def samples():
    yield "1", make([3, -1, 4, 1, -5], [(1, 3), (2, 5), (4, 4)])


def secret():
    yield "01-min-n", make([7], [(1, 1)])
    yield "02-min-n-negative-extreme", make([-MAX_V], [(1, 1)] * 3)

    r = random.Random(3)
    a = [r.randint(-10, 10) for _ in range(10)]
    yield "03-all-pairs-small", make(a, [(l, rr) for l in range(1, 11) for rr in range(l, 11)])

    r = random.Random(4)
    a = [0] * 1000
    yield "04-all-zeros", make(a, random_queries(r, 1000, 1000))

    r = random.Random(5)
    a = [r.randint(-MAX_V, MAX_V) for _ in range(2000)]
    yield "05-single-elements", make(a, [(i, i) for i in range(1, 2001)])

    r = random.Random(6)
    a = [r.randint(-100, 100) for _ in range(1000)]
    yield "06-whole-array-and-prefixes", make(a, [(1, 1000)] + [(1, i) for i in range(1, 1001, 7)] + [(i, 1000) for i in range(1, 1001, 7)])

    a = [MAX_V] * 10_000
    r = random.Random(7)
    yield "07-overflow-all-max", make(a, long_queries(r, 10_000, 5_000) + [(1, 10_000)])

    a = [-MAX_V] * 10_000
    r = random.Random(8)
    yield "08-overflow-all-min", make(a, long_queries(r, 10_000, 5_000) + [(1, 10_000)])

    r = random.Random(9)
    a = [MAX_V if i % 2 else -MAX_V for i in range(5_000)]
    yield "09-alternating-extremes", make(a, random_queries(r, 5_000, 5_000))

    r = random.Random(10)
    a = [r.randint(-MAX_V, MAX_V) for _ in range(10_000)]
    yield "10-medium-random", make(a, random_queries(r, 10_000, 10_000))

    r = random.Random(11)
    a = [r.randint(-100, 100) for _ in range(MAX_N)]
    yield "11-max-small-values", make(a, long_queries(r, MAX_N, MAX_Q - 1) + [(1, MAX_N)])

    r = random.Random(12)
    a = [r.choice([MAX_V, MAX_V, -MAX_V, r.randint(-MAX_V, MAX_V)]) for _ in range(MAX_N)]
    yield "12-max-n-large-values", make(a, long_queries(r, MAX_N, 40_000) + random_queries(r, MAX_N, 9_999) + [(1, MAX_N)])


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
