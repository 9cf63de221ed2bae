#!/usr/bin/env python3
"""Writes data/sample and data/secret for knapsack-01; answers come from solutions/solution.py.

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, MAXW, MAXV = 100, 5 * 10**4, 10**9


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    n, cap = map(int, lines[0].split())
    assert lines[0] == f"{n} {cap}"
    assert 1 <= n <= MAXN and 1 <= cap <= MAXW and len(lines) == n + 1
    for line in lines[1:]:
        w, v = map(int, line.split())
        assert line == f"{w} {v}" and 1 <= w <= MAXW and 1 <= v <= MAXV


def fmt(cap, items):
    return f"{len(items)} {cap}\n" + "".join(f"{w} {v}\n" for w, v in items)


SAMPLES = [
    "3 5\n2 3\n3 4\n4 5\n",
    "4 10\n5 10\n4 40\n6 30\n3 50\n",
]


def main():
    out = TestWriter(__file__, validate)
    for i, s in enumerate(SAMPLES, 1):
        out.write("sample", str(i), s)

    rng = random.Random(99991)
    rand = lambda n, wmax, vmax: [(rng.randint(1, wmax), rng.randint(1, vmax)) for _ in range(n)]
    tests = []
    tests.append(("01-min-fits", fmt(1, [(1, MAXV)])))
    tests.append(("02-min-too-heavy", fmt(1, [(2, 5)])))
    tests.append(("03-all-too-heavy", fmt(10, [(11 + i, 100 * i + 1) for i in range(5)])))
    tests.append(("04-greedy-trap", fmt(50, [(10, 60), (20, 100), (30, 120)])))
    tests.append(("05-exact-fill", fmt(100, [(33, 40), (34, 41), (33, 40), (50, 60), (51, 62), (49, 59)])))
    tests.append(("06-small-random", fmt(200, rand(15, 60, 1000))))
    tests.append(("07-medium-random", fmt(5000, rand(18, 1500, MAXV))))
    tests.append(("08-max-all-fit", fmt(MAXW, [(rng.randint(1, 1000), MAXV) for _ in range(MAXN)])))
    tests.append(("09-max-random", fmt(MAXW, rand(MAXN, MAXW // 10, MAXV))))
    # values almost proportional to weights: ratios nearly tie, greedy is off
    items = []
    for _ in range(MAXN):
        w = rng.randint(MAXW // 20, MAXW // 4)
        items.append((w, w * 9000 + rng.randint(0, 10**7)))
    tests.append(("10-max-near-ties", fmt(MAXW, items)))
    tests.append(("11-max-small-weights", fmt(MAXW, rand(MAXN, 2500, MAXV))))
    tests.append(("12-max-equal-items", fmt(MAXW - 1, [(1000, MAXV)] * MAXN)))
    # one heavy item fills the backpack alone; 99 tiny ones beat it: every row of the table is full
    tests.append(
        ("13-max-heavy-first", fmt(MAXW, [(MAXW, MAXV)] + [(rng.randint(1, 10), MAXV - rng.randint(0, 99)) for _ in range(MAXN - 1)]))
    )
    for name, text in tests:
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
