#!/usr/bin/env python3
"""Deterministic test generator for longest-palindrome.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""

import random
import re

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_N = 10**5


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 1, "expected exactly one line"
    s = lines[0]
    assert re.fullmatch(r"[a-z]+", s), "only lowercase letters allowed"
    assert 1 <= len(s) <= MAX_N


SAMPLES = [
    "babad\n",
    "abcd\n",
    "kayakracecar\n",
]


def zimin(levels):
    w = ""
    for i in range(levels):
        w = w + chr(ord("a") + i) + w
    return w


def random_word(rnd, n, alphabet):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def secret_tests():
    rnd = random.Random(20240502)
    tests = []

    def add(name, s):
        tests.append((name, s + "\n"))

    add("01-single-letter", "z")
    add("02-two-equal", "aa")
    add("03-two-different", "ab")
    add("04-all-distinct", "abcdefghijklmnopqrstuvwxyz")
    half = random_word(rnd, 500, "abc")
    add("05-whole-even-palindrome", half + half[::-1])
    add("06-ties-leftmost", "qxyzzyxabccbaqrssrqp")
    add("07-random-ab-small", random_word(rnd, 1000, "ab"))
    add("08-zimin-word", zimin(15))
    # Large tests.
    add("09-max-all-same", "a" * MAX_N)
    add("10-max-alternating", "ab" * (MAX_N // 2))
    add("11-max-random-26", random_word(rnd, MAX_N, "abcdefghijklmnopqrstuvwxyz"))
    # An even palindrome of length 40000 hidden near the end of random text,
    # after an odd one of length 39999: the even one must win.
    odd_half = random_word(rnd, 19999, "ab")
    odd = odd_half + "c" + odd_half[::-1]
    even_half = random_word(rnd, 20000, "ab")
    even = even_half + even_half[::-1]
    filler = MAX_N - len(odd) - len(even)
    s = "d" + random_word(rnd, filler // 2 - 1, "ab") + "d" + odd + "e" + random_word(rnd, filler - filler // 2 - 2, "ab") + even
    add("12-max-long-even-inside", s)
    add("13-max-zimin-prefix", zimin(17)[:MAX_N])
    add("14-max-random-ab", random_word(rnd, MAX_N, "ab"))
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
