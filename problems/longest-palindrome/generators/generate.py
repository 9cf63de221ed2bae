#!/usr/bin/env python3
"""Deterministic test generator for longest-palindrome.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""
import glob
import os
import random
import re
import subprocess
import sys

PKG = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_N = 10 ** 5


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
    s = ("d" + random_word(rnd, filler // 2 - 1, "ab") + "d" + odd + "e"
         + random_word(rnd, filler - filler // 2 - 2, "ab") + even)
    add("12-max-long-even-inside", s)
    add("13-max-zimin-prefix", zimin(17)[:MAX_N])
    add("14-max-random-ab", random_word(rnd, MAX_N, "ab"))
    return tests


def main():
    sample_dir = os.path.join(PKG, "data", "sample")
    secret_dir = os.path.join(PKG, "data", "secret")
    os.makedirs(sample_dir, exist_ok=True)
    os.makedirs(secret_dir, exist_ok=True)
    for f in glob.glob(os.path.join(secret_dir, "*")):
        os.remove(f)
    inputs = []
    for i, text in enumerate(SAMPLES, 1):
        inputs.append((os.path.join(sample_dir, f"{i}.in"), text))
    for name, text in secret_tests():
        inputs.append((os.path.join(secret_dir, f"{name}.in"), text))
    total = 0
    for path, text in inputs:
        validate(text)
        data = text.encode()
        assert len(data) <= MAX_FILE_BYTES, f"{path} is too large"
        total += len(data)
        with open(path, "wb") as f:
            f.write(data)
        with open(path, "rb") as fin, open(path[:-3] + ".ans", "wb") as fout:
            subprocess.run([sys.executable, os.path.join(PKG, "solutions", "solution.py")],
                           stdin=fin, stdout=fout, check=True)
    print(f"wrote {len(inputs)} tests, {total / 1e6:.2f} MB of input")


if __name__ == "__main__":
    main()
