#!/usr/bin/env python3
"""Deterministic test generator for count-primes.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_Q = 10**5
MAX_N = 5 * 10**6


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    q = int(lines[0])
    assert str(q) == lines[0] and 1 <= q <= MAX_Q
    assert len(lines) == q + 1, "expected q question lines"
    for line in lines[1:]:
        n = int(line)
        assert str(n) == line, f"bad number {line!r}"
        assert 1 <= n <= MAX_N


SAMPLES = [
    "3\n10\n1\n100\n",
    "1\n30\n",
]


def primes_up_to(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            flags[i * i :: i] = bytes(len(range(i * i, limit + 1, i)))
        i += 1
    return [i for i in range(limit + 1) if flags[i]]


def secret_tests():
    rnd = random.Random(20240503)
    primes = primes_up_to(MAX_N)
    tests = []

    def add(name, ns):
        tests.append((name, f"{len(ns)}\n" + "".join(f"{n}\n" for n in ns)))

    add("01-n-1", [1])
    add("02-n-2", [2])
    add("03-all-up-to-100", list(range(1, 101)))
    picked = [primes[i] for i in sorted(rnd.sample(range(len(primes)), 300))]
    ns = []
    for p in picked + [primes[-1]]:
        ns += [p - 1, p, p + 1] if p + 1 <= MAX_N else [p - 1, p]
    add("04-primes-and-neighbours", ns)
    add("05-powers-of-ten", [1, 10, 100, 1000, 10**4, 10**5, 10**6, MAX_N])
    add("06-random-small", [rnd.randint(1, 10**4) for _ in range(1000)])
    add("07-max-single", [MAX_N])
    # Large tests.
    add("08-max-random", [rnd.randint(1, MAX_N) for _ in range(MAX_Q)])
    add("09-max-all-max", [MAX_N] * MAX_Q)
    big = [p for p in primes if p > MAX_N - 10**5]
    add("10-max-large-primes", [rnd.choice(big) for _ in range(MAX_Q)])
    add("11-max-ascending", list(range(1, MAX_Q + 1)))
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
