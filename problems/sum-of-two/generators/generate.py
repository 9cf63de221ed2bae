#!/usr/bin/env python3
"""Writes data/sample and data/secret of sum-of-two.

Deterministic: fixed seeds. Every .ans is computed by running the Python
reference solution. Run: python3 generators/generate.py
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

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


def samples():
    yield "1", make(3, 5)
    yield "2", make(-7, 2)


def secret():
    yield "01-zeros", make(0, 0)
    yield "02-small-negative", make(-1, -1)
    yield "03-cancel-to-zero", make(123456789, -123456789)
    yield "04-int32-max-plus-one", make(2**31 - 1, 1)
    yield "05-int32-min-minus-one", make(-(2**31), -1)
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
    out = TestWriter(__file__, validate)
    for name, text in samples():
        out.write("sample", name, text)
    for name, text in secret():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
