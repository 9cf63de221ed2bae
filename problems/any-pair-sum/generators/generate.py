#!/usr/bin/env python3
"""Deterministic test generator for any-pair-sum.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py (one
valid answer, or -1; the output validator accepts any valid pair).
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
    n, t = map(int, lines[0].split(" "))
    assert f"{n} {t}" == lines[0]
    assert 1 <= n <= MAX_N and -2 * V <= t <= 2 * V
    a = list(map(int, lines[1].split(" ")))
    assert len(a) == n and " ".join(map(str, a)) == lines[1]
    assert all(-V <= v <= V for v in a)


SAMPLES = [
    "5 9\n2 7 11 15 -4\n",
    "3 10\n1 2 3\n",
    "4 6\n3 1 5 3\n",
]


def secret_tests():
    rnd = random.Random(20240511)
    tests = []

    def add(name, t, a):
        tests.append((name, f"{len(a)} {t}\n" + " ".join(map(str, a)) + "\n"))

    add("01-single-self-trap", 4, [2])
    add("02-two-yes", 0, [-5, 5])
    add("03-two-no", 3, [1, 1])
    add("04-two-equal-halves", 8, [4, 4])
    # x occurs once and every other value is larger: only x + x would give 2x.
    x = -123456
    a = rnd.sample(range(x + 1, x + 10**6), 999) + [x]
    rnd.shuffle(a)
    add("05-self-trap", 2 * x, a)
    a = rnd.sample(range(x + 1, x + 10**6), 998) + [x, x]
    rnd.shuffle(a)
    add("06-half-value-twice", 2 * x, a)
    a = [rnd.randint(-V, -1) for _ in range(998)] + [V, V]
    rnd.shuffle(a)
    add("07-extreme-positive", 2 * V, a)
    a = [rnd.randint(1, V) for _ in range(998)] + [-V, -V]
    rnd.shuffle(a)
    add("08-extreme-negative", -2 * V, a)
    a = [rnd.randint(-V, 0) for _ in range(998)] + [V, V - 1]
    rnd.shuffle(a)
    add("09-sum-beyond-32-bit", 2 * V - 1, a)
    add("10-many-pairs", 10, [rnd.randint(0, 10) for _ in range(1000)])
    # Large tests.
    add("11-max-no-pair", 12345, [2 * rnd.randint(-5 * 10**5, 5 * 10**5) for _ in range(MAX_N)])
    # Only the last two values are 1 mod 3 and T is 2 mod 3: (n-1, n) is the only pair.
    a = [3 * rnd.randint(-3 * 10**5, 3 * 10**5) for _ in range(MAX_N - 2)]
    t = 3 * 1234 + 2
    add("12-max-only-pair-at-end", t, a + [3 * 777 + 1, t - (3 * 777 + 1)])
    add("13-full-range-no-pair", 2 * V - 1, [2 * rnd.randint(-V // 2, V // 2) for _ in range(10**5)])
    add("14-max-all-equal", 14, [7] * MAX_N)
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
