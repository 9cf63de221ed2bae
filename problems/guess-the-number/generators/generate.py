#!/usr/bin/env python3
"""Deterministic test generator for guess-the-number (interactive).

Run from anywhere with ProctorX installed:  python3 generators/generate.py
Each input is the interactor's: "N s" (the range and the secret).  The .ans
holds the secret; data/sample/*.interaction are the exchanges the statement
shows, written by playing the reference strategy against the input.
"""

import random
from pathlib import Path

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 10**9


def validate(text):
    assert text.endswith("\n")
    n, s = map(int, text.split())
    assert text == f"{n} {s}\n"
    assert 1 <= n <= MAX_N and 1 <= s <= n


def secret_of(text):
    return text.split()[1] + "\n"


def interaction(text):
    """The exchange of the reference strategy (the middle of lo … hi) on this input."""
    n, s = map(int, text.split())
    lines, lo, hi = [f"<{n}"], 1, n
    while True:
        x = (lo + hi) // 2
        lines.append(f">? {x}")
        if x == s:
            return "\n".join([*lines, "<="]) + "\n"
        lines.append("<<" if s < x else "<>")
        lo, hi = (lo, x - 1) if s < x else (x + 1, hi)


SAMPLES = ["10 7\n", "1000 1\n"]


def secret_tests():
    rnd = random.Random(20261202)
    tests = [
        ("01-one-number", "1 1\n"),
        ("02-two-first", "2 1\n"),
        ("03-two-second", "2 2\n"),
        ("04-small-top", "100 100\n"),
        ("05-small-bottom", "100 1\n"),
        ("06-max-top", f"{MAX_N} {MAX_N}\n"),
        ("07-max-bottom", f"{MAX_N} 1\n"),
        ("08-max-middle", f"{MAX_N} {(1 + MAX_N) // 2}\n"),
        ("09-max-next-to-top", f"{MAX_N} {MAX_N - 1}\n"),
        ("10-power-of-two", f"{2**29} {2**29 - 1}\n"),
    ]
    for i in range(11, 16):
        n = rnd.randint(MAX_N // 2, MAX_N)
        tests.append((f"{i}-max-random", f"{n} {rnd.randint(1, n)}\n"))
    return tests


def main():
    out = TestWriter(__file__, validate, answer=secret_of)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
        Path(out.package / "data" / "sample" / f"{i}.interaction").write_text(interaction(text))
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
