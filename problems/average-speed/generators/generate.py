#!/usr/bin/env python3
"""Deterministic test generator for average-speed.

Run from anywhere: python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
data/test_group.yaml (the float tolerance) is written by hand, not here.
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 10**5
MAX_V = 10**6
MAX_FILE_BYTES = 5 * 1024 * 1024


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n") and "\r" not in text
    lines = text[:-1].split("\n")
    n = int(lines[0])
    assert str(n) == lines[0] and 1 <= n <= MAX_N
    assert len(lines) == n + 1, "expected n event lines"
    rides = 0
    for line in lines[1:]:
        parts = line.split(" ")
        assert parts[0] in ("ride", "rest") and len(parts) == (3 if parts[0] == "ride" else 2), line
        for word in parts[1:]:
            assert word == str(int(word)) and 1 <= int(word) <= MAX_V, line
        rides += parts[0] == "ride"
    assert rides >= 1


SAMPLES = [
    "3\nride 100 10\nrest 10\nride 100 5\n",
    "2\nride 3 1\nride 3 2\n",
]


def events(rnd, n, rest_share, d_max=MAX_V, v_max=MAX_V, s_max=MAX_V):
    found = [f"ride {rnd.randint(1, d_max)} {rnd.randint(1, v_max)}"]
    for _ in range(n - 1):
        if rnd.random() < rest_share:
            found.append(f"rest {rnd.randint(1, s_max)}")
        else:
            found.append(f"ride {rnd.randint(1, d_max)} {rnd.randint(1, v_max)}")
    rnd.shuffle(found)
    return f"{n}\n" + "".join(line + "\n" for line in found)


def secret_tests():
    rnd = random.Random(20261207)
    return [
        ("01-one-ride", "1\nride 1 1\n"),
        ("02-crawl-then-long-rest", f"2\nride 1 {MAX_V}\nrest {MAX_V}\n"),
        ("03-fast-and-slow", f"2\nride {MAX_V} {MAX_V}\nride {MAX_V} 1\n"),
        ("04-small-no-rests", events(rnd, 20, 0.0, d_max=50, v_max=10)),
        ("05-small-with-rests", events(rnd, 30, 0.4, d_max=50, v_max=10, s_max=60)),
        ("06-slow-day", events(rnd, 1000, 0.5, d_max=10, v_max=3, s_max=10**5)),
        ("07-max-random", events(rnd, MAX_N, 0.3)),
        ("08-max-rides-only", events(rnd, MAX_N, 0.0)),
    ]


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
