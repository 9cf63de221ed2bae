#!/usr/bin/env python3
"""Deterministic test generator for range-minimum-updates.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.

The files must stay small (<= 2 MiB each, <= 6 MB per package), so the tests at
n = q = 5·10^4 use small values; the full value range is covered by smaller tests.
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_N = 5 * 10**4
MAX_Q = 5 * 10**4
V = 10**9  # value bound


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    n, q = map(int, lines[0].split(" "))
    assert f"{n} {q}" == lines[0] and 1 <= n <= MAX_N and 1 <= q <= MAX_Q
    assert len(lines) == q + 2
    a = list(map(int, lines[1].split(" ")))
    assert len(a) == n and " ".join(map(str, a)) == lines[1]
    assert all(-V <= v <= V for v in a)
    queries = 0
    for line in lines[2:]:
        kind, u, v = map(int, line.split(" "))
        assert f"{kind} {u} {v}" == line, f"bad line {line!r}"
        if kind == 1:
            assert 1 <= u <= n and -V <= v <= V
        else:
            assert kind == 2 and 1 <= u <= v <= n
            queries += 1
    assert queries >= 1


SAMPLES = [
    "5 5\n4 2 7 1 6\n2 1 3\n2 2 5\n1 4 9\n2 3 5\n2 4 4\n",
]


def fmt(a, ops):
    return f"{len(a)} {len(ops)}\n" + " ".join(map(str, a)) + "\n" + "".join(f"{k} {u} {v}\n" for k, u, v in ops)


def random_ops(rnd, n, q, lo, hi, p_update=0.5):
    ops = []
    for _ in range(q):
        if rnd.random() < p_update:
            ops.append((1, rnd.randint(1, n), rnd.randint(lo, hi)))
        else:
            l = rnd.randint(1, n)
            r = rnd.randint(l, n)
            ops.append((2, l, r))
    if all(k == 1 for k, _, _ in ops):
        ops[-1] = (2, 1, n)
    return ops


def secret_tests():
    rnd = random.Random(20240509)
    tests = []

    def add(name, a, ops):
        tests.append((name, fmt(a, ops)))

    add("01-single-element", [5], [(2, 1, 1), (1, 1, -V), (2, 1, 1), (1, 1, V), (2, 1, 1)])
    add(
        "02-small-handmade",
        [3, 1, 4, 1, 5, 9, 2, 6],
        [
            (2, 1, 8),
            (2, 3, 3),
            (1, 2, 7),
            (2, 1, 3),
            (1, 4, 8),
            (2, 1, 6),
            (2, 6, 8),
            (1, 7, 10),
            (2, 6, 8),
            (2, 5, 5),
            (1, 1, -1),
            (2, 1, 8),
            (2, 2, 8),
        ],
    )
    add("03-small-random", [rnd.randint(-5, 5) for _ in range(10)], random_ops(rnd, 10, 200, -5, 5))
    a = [rnd.choice([-V, V, rnd.randint(-V, V)]) for _ in range(1000)]
    add("04-extreme-values", a, random_ops(rnd, 1000, 1000, -V, V))
    ops = random_ops(rnd, 1000, 1000, 7, 7)
    add("05-all-equal", [7] * 1000, ops)
    ops = []
    for _ in range(2000):
        i = rnd.randint(1, 2000)
        ops.append((2, i, i) if rnd.random() < 0.6 else (1, i, rnd.randint(-V, V)))
    add("06-point-queries", [rnd.randint(-V, V) for _ in range(2000)], ops)
    add("07-medium-random-full-range", [rnd.randint(-V, V) for _ in range(10**4)], random_ops(rnd, 10**4, 10**4, -V, V))
    # Large tests.
    add("08-max-random", [rnd.randint(0, 9999) for _ in range(MAX_N)], random_ops(rnd, MAX_N, MAX_Q, -999, 9999))
    # Every update sets a new overall minimum (so it changes the whole path to
    # the root) and every question spans almost the whole array.
    ops = []
    for k in range(MAX_Q // 2):
        ops.append((1, rnd.randint(1, MAX_N), -(k + 1)))
        ops.append((2, rnd.randint(1, 10), rnd.randint(MAX_N - 9, MAX_N)))
    add("09-max-new-minimums", [rnd.randint(0, 9) for _ in range(MAX_N)], ops)
    n, q = MAX_N, MAX_Q
    ops = [(2, rnd.randint(1, 5), rnd.randint(n - 4, n)) for _ in range(q)]
    add("10-wide-questions-only", [rnd.randint(0, 9) for _ in range(n)], ops)
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
