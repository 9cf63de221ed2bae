#!/usr/bin/env python3
"""Deterministic test generator for peak-finder (interactive).

Run from anywhere with ProctorX installed:  python3 generators/generate.py
Each input is the interactor's: n, then the n heights (rising strictly to the
summit, falling strictly after it).  The .ans holds the summit's post;
data/sample/*.interaction are the exchanges the statement shows, written by
playing the reference strategy against the input.
"""

import random
from pathlib import Path

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 10**5
MAX_H = 10**9


def heights_of(text):
    numbers = list(map(int, text.split()))
    return numbers[0], numbers[1:]


def validate(text):
    assert text.endswith("\n")
    n, h = heights_of(text)
    assert text == f"{n}\n" + " ".join(map(str, h)) + "\n"
    assert 1 <= n <= MAX_N and len(h) == n and len(set(h)) == n
    assert all(1 <= v <= MAX_H for v in h)
    p = h.index(max(h))
    assert all(h[i] < h[i + 1] for i in range(p)) and all(h[i] > h[i + 1] for i in range(p, n - 1))


def summit_of(text):
    _, h = heights_of(text)
    return f"{h.index(max(h)) + 1}\n"


def interaction(text):
    """The exchange of the reference strategy (compare neighbours, halve) on this input."""
    n, h = heights_of(text)
    lines, lo, hi = [f"<{n}"], 1, n
    while lo < hi:
        m = (lo + hi) // 2
        lines += [f">? {m}", f"<{h[m - 1]}", f">? {m + 1}", f"<{h[m]}"]
        lo, hi = (m + 1, hi) if h[m - 1] < h[m] else (lo, m)
    return "\n".join([*lines, f">! {lo}"]) + "\n"


def mountain(rnd, n, p):
    """n different heights rising strictly to post p and falling after it."""
    values = sorted(rnd.sample(range(1, MAX_H + 1), n))
    top = values.pop()
    left = sorted(rnd.sample(values, p - 1))
    taken = set(left)
    right = sorted((v for v in values if v not in taken), reverse=True)
    return left + [top] + right


def text_of(h):
    return f"{len(h)}\n" + " ".join(map(str, h)) + "\n"


SAMPLES = ["5\n3 8 20 14 2\n", "4\n40 30 20 10\n"]


def secret_tests():
    rnd = random.Random(20261203)
    tests = [
        ("01-one-post", [7]),
        ("02-two-rising", [1, 2]),
        ("03-two-falling", [2, 1]),
        ("04-three-middle", [1, 3, 2]),
        ("05-small-first", mountain(rnd, 10, 1)),
        ("06-small-last", mountain(rnd, 10, 10)),
        ("07-max-first", mountain(rnd, MAX_N, 1)),
        ("08-max-last", mountain(rnd, MAX_N, MAX_N)),
        ("09-max-second", mountain(rnd, MAX_N, 2)),
        ("10-max-next-to-last", mountain(rnd, MAX_N, MAX_N - 1)),
        ("11-max-random", mountain(rnd, MAX_N, rnd.randint(1, MAX_N))),
        ("12-max-random", mountain(rnd, MAX_N, rnd.randint(1, MAX_N))),
        ("13-mid-random", mountain(rnd, 1000, rnd.randint(1, 1000))),
    ]
    return [(name, text_of(h)) for name, h in tests]


def main():
    out = TestWriter(__file__, validate, answer=summit_of)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
        Path(out.package / "data" / "sample" / f"{i}.interaction").write_text(interaction(text))
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
