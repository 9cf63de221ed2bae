#!/usr/bin/env python3
"""Deterministic test generator for gcd-lcm.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""

import random
from math import gcd, isqrt

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_Q = 2 * 10**4
MAX_V = 10**18


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    q = int(lines[0])
    assert str(q) == lines[0] and 1 <= q <= MAX_Q
    assert len(lines) == q + 1, "expected q question lines"
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 2
        a, b = map(int, parts)
        assert f"{a} {b}" == line, f"bad line {line!r}"
        assert 1 <= a <= MAX_V and 1 <= b <= MAX_V
        assert a // gcd(a, b) * b <= MAX_V, "lcm too large"


SAMPLES = [
    "3\n12 18\n7 5\n10 10\n",
    "1\n701408733 433494437\n",
]


def log_uniform(rnd, lo, hi):
    """A random integer in [lo, hi] whose number of digits is roughly uniform."""
    if hi <= lo:
        return lo
    x = int(10 ** rnd.uniform(len(str(lo)) - 1, len(str(hi))))
    return min(hi, max(lo, x))


def random_pair(rnd, gmin=1):
    """a = g*x, b = g*y with gcd(x, y) = 1 and lcm = g*x*y <= 10^18."""
    g = log_uniform(rnd, gmin, MAX_V)
    room = MAX_V // g
    while True:
        x = log_uniform(rnd, 1, room)
        y = log_uniform(rnd, 1, room // x)
        if gcd(x, y) == 1:
            break
    a, b = g * x, g * y
    return (a, b) if rnd.random() < 0.5 else (b, a)


def secret_tests():
    rnd = random.Random(20240505)
    tests = []

    def add(name, pairs):
        tests.append((name, f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)))

    add("01-one-one", [(1, 1)])
    pairs = []
    for _ in range(200):
        a = log_uniform(rnd, 1, 10**12)
        k = log_uniform(rnd, 1, MAX_V // a)
        pairs.append((a, a * k) if rnd.random() < 0.5 else (a * k, a))
    add("02-one-divides-other", pairs)
    add("03-equal", [(v, v) for v in (1, 2, 999999999989, 10**17, MAX_V - 1, MAX_V)])
    add("04-small-exhaustive", [(a, b) for a in range(1, 31) for b in range(1, 31)])
    fib = [1, 2]
    while fib[-1] * fib[-2] <= MAX_V:
        fib.append(fib[-1] + fib[-2])
    add("05-consecutive-fibonacci", [(fib[i + 1], fib[i]) for i in range(len(fib) - 2)])
    add("06-lcm-exactly-max", [(MAX_V, 1), (1, MAX_V), (2**18 * 5**9, 5**18 * 2**9), (2**18, 5**18), (10**9, 10**18), (MAX_V // 2, 5**18)])
    pairs = []
    for _ in range(500):
        g = log_uniform(rnd, 10**10, 10**17)
        room = MAX_V // g
        while True:
            x = rnd.randint(1, isqrt(room))
            y = rnd.randint(1, room // x)
            if gcd(x, y) == 1:
                break
        pairs.append((g * x, g * y))
    add("07-big-gcd-product-overflows", pairs)
    # Large tests.
    add("08-max-random", [random_pair(rnd) for _ in range(MAX_Q)])
    pairs = []
    for _ in range(MAX_Q):
        b = rnd.randint(1, 1000)
        pairs.append((b * rnd.randint(MAX_V // b // 2, MAX_V // b), b))
    add("09-max-huge-ratio", pairs)
    pairs = []
    while len(pairs) < MAX_Q:
        x = rnd.randint(10**8, 10**9)
        y = rnd.randint(10**8, MAX_V // x)
        if gcd(x, y) == 1:
            pairs.append((x, y))
    add("10-max-coprime", pairs)
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
