#!/usr/bin/env python3
"""Writes data/sample and data/secret for longest-increasing-subsequence; answers come from
solutions/solution.py (cross-checked here with the O(n^2) DP on the small tests).

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, MAXA = 2 * 10**5, 10**9


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    assert len(lines) == 2
    n = int(lines[0])
    assert lines[0] == str(n) and 1 <= n <= MAXN
    a = list(map(int, lines[1].split()))
    assert lines[1] == " ".join(map(str, a)) and len(a) == n
    assert all(-MAXA <= x <= MAXA for x in a)


def quadratic(a):
    best = []
    for i, x in enumerate(a):
        best.append(1 + max([best[j] for j in range(i) if a[j] < x], default=0))
    return max(best)


def fmt(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def check(name, ans, a):
    if len(a) <= 3000:
        assert int(ans) == quadratic(a), name


SAMPLES = [[10, 9, 2, 5, 3, 7, 101, 18], [3, 1, 4, 1, 5], [5, 4, 3, 2, 1]]


def main():
    out = TestWriter(__file__, validate)
    for i, a in enumerate(SAMPLES, 1):
        check(i, out.write("sample", str(i), fmt(a)), a)

    rng = random.Random(141421)
    tests = []
    tests.append(("01-min", [-MAXA]))
    tests.append(("02-two-equal", [7, 7]))
    tests.append(("03-all-equal", [42] * 10))
    tests.append(("04-extremes-increasing", [-MAXA, -MAXA // 2, -1, 0, 1, MAXA // 2, MAXA]))
    tests.append(("05-extremes-decreasing", [MAXA, 3, 0, -3, -MAXA]))
    tests.append(("06-small-random-dups", [rng.randint(1, 6) for _ in range(20)]))
    tests.append(("07-medium-random", [rng.randint(-MAXA, MAXA) for _ in range(3000)]))
    tests.append(("08-medium-plateaus", [i // 5 for i in range(3000)]))
    tests.append(("09-max-increasing", list(range(1, MAXN + 1))))
    tests.append(("10-max-random", [rng.randint(1, 10**6) for _ in range(MAXN)]))
    tests.append(("11-max-all-equal", [-7] * MAXN))
    tests.append(("12-max-few-distinct", [rng.randint(0, 9) for _ in range(MAXN)]))
    tests.append(("13-large-decreasing", list(range(50000, 0, -1))))
    # increasing with small random noise: answer close to n, many equal values nearby
    tests.append(("14-large-noisy-increasing", [i // 3 + rng.randint(-2, 2) for i in range(100000)]))
    for name, a in tests:
        check(name, out.write("secret", name, fmt(a)), a)


if __name__ == "__main__":
    main()
