#!/usr/bin/env python3
"""Deterministic test generator for pattern-count.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""

import random
import re

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_LEN = 10**6


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 2, "expected exactly two lines"
    for s in lines:
        assert re.fullmatch(r"[a-z]+", s), "only lowercase letters allowed"
        assert 1 <= len(s) <= MAX_LEN


SAMPLES = [
    "abracadabra\nabra\n",
    "banana\nnab\n",
]


def fib_word(min_len):
    a, b = "a", "ab"
    while len(b) < min_len:
        a, b = b, b + a
    return b


def secret_tests():
    rnd = random.Random(20240501)
    tests = []

    def add(name, t, p):
        tests.append((name, f"{t}\n{p}\n"))

    add("01-min-match", "a", "a")
    add("02-min-no-match", "a", "b")
    add("03-pattern-longer", "abc", "abcd")
    add("04-pattern-equals-text", "proctorx", "proctorx")
    add("05-overlap-all-same", "a" * 10, "aaa")
    add("06-overlap-borders", "ababababababa", "ababa")
    t = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(200000))
    add("07-random-26-letters", t, t[123456:123459])
    fw = fib_word(100000)
    add("08-fibonacci-word", fw, fib_word(1000))
    add("09-near-miss", "a" * 5000, "a" * 100 + "b")
    # Large tests.
    add("10-max-all-a", "a" * MAX_LEN, "a" * (MAX_LEN // 2))
    t = "".join(rnd.choice("ab") for _ in range(MAX_LEN))
    add("11-max-random-ab", t, "abbabaab")
    period = "abaab"
    t = (period * (MAX_LEN // len(period) + 1))[:MAX_LEN]
    add("12-max-periodic", t, (period * 60001)[:300002])
    add("13-max-near-miss", "a" * MAX_LEN, "a" * 999 + "b")
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
