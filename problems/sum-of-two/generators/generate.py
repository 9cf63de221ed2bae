#!/usr/bin/env python3
"""Writes data/sample and data/secret of sum-of-two.

Deterministic: fixed seeds. Every .ans is computed by running the Python
reference solution. Run: python3 generators/generate.py
"""
import glob
import os
import random
import subprocess
import sys

PKG = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOLUTION = os.path.join(PKG, "solutions", "solution.py")
LIM = 10**18


def validate(text):
    """Asserts that text is a well-formed input within the constraints."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 1
    parts = lines[0].split(" ")
    assert len(parts) == 2
    for x in parts:
        assert x == str(int(x)), x
        assert -LIM <= int(x) <= LIM


def make(a, b):
    return "%d %d\n" % (a, b)


def write(folder, name, text):
    validate(text)
    base = os.path.join(PKG, "data", folder, name)
    with open(base + ".in", "w") as f:
        f.write(text)
    ans = subprocess.run([sys.executable, SOLUTION], input=text.encode(),
                         stdout=subprocess.PIPE, check=True).stdout
    with open(base + ".ans", "wb") as f:
        f.write(ans)


def samples():
    yield "1", make(3, 5)
    yield "2", make(-7, 2)


def secret():
    yield "01-zeros", make(0, 0)
    yield "02-small-negative", make(-1, -1)
    yield "03-cancel-to-zero", make(123456789, -123456789)
    yield "04-int32-max-plus-one", make(2**31 - 1, 1)
    yield "05-int32-min-minus-one", make(-2**31, -1)
    yield "06-sum-overflows-int32", make(2_000_000_000, 2_000_000_000)
    yield "07-max-both", make(LIM, LIM)
    yield "08-min-both", make(-LIM, -LIM)
    yield "09-max-and-min", make(LIM, -LIM)
    yield "10-min-and-almost-max", make(-LIM, LIM - 1)
    r = random.Random(11)
    yield "11-random-large", make(r.randint(-LIM, LIM), r.randint(-LIM, LIM))
    r = random.Random(12)
    yield "12-random-large-positive", make(r.randint(LIM // 2, LIM), r.randint(LIM // 2, LIM))


def main():
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(PKG, "data", folder), exist_ok=True)
    for old in glob.glob(os.path.join(PKG, "data", "secret", "*")):
        os.remove(old)
    for name, text in samples():
        write("sample", name, text)
    for name, text in secret():
        write("secret", name, text)
        print("wrote", name)


if __name__ == "__main__":
    main()
