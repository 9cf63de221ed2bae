#!/usr/bin/env python3
"""Deterministic test generator for inversion-count.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.

The files must stay small (<= 2 MiB each, <= 6 MB per package), so the tests at
n = 10^5 use values of at most 6 digits; the full value range is covered by a
test with n = 5*10^4.
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_N = 10**5
V = 10**9  # value bound


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 2
    n = int(lines[0])
    assert str(n) == lines[0] and 1 <= n <= MAX_N
    a = list(map(int, lines[1].split(" ")))
    assert len(a) == n and " ".join(map(str, a)) == lines[1]
    assert all(-V <= v <= V for v in a)


SAMPLES = [
    "5\n2 4 1 3 5\n",
    "4\n3 3 2 2\n",
]


def secret_tests():
    rnd = random.Random(20240510)
    tests = []

    def add(name, a):
        tests.append((name, f"{len(a)}\n" + " ".join(map(str, a)) + "\n"))

    add("01-single", [42])
    add("02-two-sorted", [1, 2])
    add("03-two-reversed", [2, 1])
    add("04-all-equal", [5] * 1000)
    add("05-small-many-duplicates", [rnd.randint(1, 10) for _ in range(1000)])
    add("06-extreme-values", [rnd.choice([-V, V, 0, rnd.randint(-V, V)]) for _ in range(1000)])
    add("07-reversed-70000", list(range(70000, 0, -1)))  # 2449965000 > 2^31
    # Large tests.
    add("08-max-reversed", list(range(MAX_N, 0, -1)))
    add("09-max-random", [rnd.randint(1, 10**5) for _ in range(MAX_N)])
    add("10-max-few-distinct", [rnd.randint(1, 3) for _ in range(MAX_N)])
    a = list(range(1, MAX_N + 1))
    for _ in range(100):
        i, j = rnd.randrange(MAX_N), rnd.randrange(MAX_N)
        a[i], a[j] = a[j], a[i]
    add("11-max-nearly-sorted", a)
    add("12-full-range-random", [rnd.randint(-V, V) for _ in range(5 * 10**4)])
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
