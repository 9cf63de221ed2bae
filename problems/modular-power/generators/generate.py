#!/usr/bin/env python3
"""Deterministic test generator for modular-power.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_Q = 3 * 10**4
MAX_AB = 10**18
MAX_M = 10**9


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    q = int(lines[0])
    assert str(q) == lines[0] and 1 <= q <= MAX_Q
    assert len(lines) == q + 1, "expected q question lines"
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 3
        a, b, m = map(int, parts)
        assert " ".join(map(str, (a, b, m))) == line, f"bad line {line!r}"
        assert 0 <= a <= MAX_AB and 0 <= b <= MAX_AB and 1 <= m <= MAX_M


SAMPLES = [
    "3\n2 10 1000\n3 0 7\n5 3 13\n",
    "1\n2 100 999999937\n",
]


def secret_tests():
    rnd = random.Random(20240504)
    tests = []

    def add(name, triples):
        tests.append((name, f"{len(triples)}\n" + "".join(f"{a} {b} {m}\n" for a, b, m in triples)))

    add("01-zero-to-zero-mod-one", [(0, 0, 1)])
    add("02-zero-exponent", [(a, 0, m) for a in (0, 1, 7, MAX_AB) for m in (1, 2, 10, MAX_M)])
    add("03-zero-base", [(0, b, m) for b in (0, 1, 2, MAX_AB) for m in (1, 3, MAX_M)])
    add("04-small-exhaustive", [(a, b, m) for a in range(7) for b in range(7) for m in range(1, 7)])
    add(
        "05-base-multiple-of-m",
        [(m * rnd.randint(1, MAX_AB // m), rnd.randint(1, 10**6), m) for m in [rnd.randint(1, MAX_M) for _ in range(50)]],
    )
    p = 999999937  # the largest prime below 10^9: Fermat gives a^(p-1) = 1
    add("06-fermat-little", [(rnd.randint(1, p - 1), p - 1, p) for _ in range(100)])
    add(
        "07-extremes",
        [
            (MAX_AB, MAX_AB, MAX_M),
            (MAX_AB, MAX_AB, MAX_M - 1),
            (MAX_AB - 1, MAX_AB, 999999937),
            (MAX_AB, 1, MAX_M - 7),
            (2, MAX_AB, 3),
            (MAX_M - 1, MAX_AB - 1, MAX_M),
            (1, MAX_AB, MAX_M),
        ],
    )
    # Large tests.
    add("08-max-random", [(rnd.randint(0, MAX_AB), rnd.randint(0, MAX_AB), rnd.randint(1, MAX_M)) for _ in range(MAX_Q)])
    add(
        "09-max-huge-base",
        [(rnd.randint(10**17, MAX_AB), rnd.randint(10**17, MAX_AB), rnd.randint(MAX_M // 2, MAX_M)) for _ in range(MAX_Q)],
    )
    add("10-max-small-modulus", [(rnd.randint(0, MAX_AB), rnd.randint(0, MAX_AB), rnd.randint(1, 10)) for _ in range(MAX_Q)])
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
