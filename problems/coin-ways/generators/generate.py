#!/usr/bin/env python3
"""Writes data/sample and data/secret for coin-ways; answers come from solutions/solution.py
(cross-checked here with the plain O(n*X) loop).

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, MAXX, MAXC, MOD = 100, 4 * 10**4, 10**6, 10**9 + 7


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    assert len(lines) == 2
    n, x = map(int, lines[0].split())
    assert lines[0] == f"{n} {x}"
    coins = list(map(int, lines[1].split()))
    assert lines[1] == " ".join(map(str, coins))
    assert 1 <= n <= MAXN and 1 <= x <= MAXX and len(coins) == n
    assert all(1 <= c <= MAXC for c in coins) and len(set(coins)) == n


def plain(x, coins):
    ways = [1] + [0] * x
    for c in coins:
        for s in range(c, x + 1):
            ways[s] = (ways[s] + ways[s - c]) % MOD
    return ways[x]


def fmt(x, coins):
    return f"{len(coins)} {x}\n" + " ".join(map(str, coins)) + "\n"


SAMPLES = [(5, [1, 2, 5]), (3, [2]), (9, [2, 3, 5])]


def main():
    out = TestWriter(__file__, validate)
    for i, (x, coins) in enumerate(SAMPLES, 1):
        ans = out.write("sample", str(i), fmt(x, coins))
        assert int(ans) == plain(x, coins), i

    rng = random.Random(161803)
    tests = []
    tests.append(("01-min", 1, [1]))
    tests.append(("02-coin-too-big", 1, [2]))
    tests.append(("03-only-even-coins", MAXX - 1, [2, 4, 10, 100, 1000000]))
    tests.append(("04-single-coin-divides", 35000, [7]))
    tests.append(("05-small-random", 60, rng.sample(range(1, 25), 6)))
    tests.append(("06-medium-random", 5000, rng.sample(range(1, 300), 20)))
    tests.append(("07-max-coins-1-to-100", MAXX, list(range(100, 0, -1))))
    tests.append(("08-max-random", MAXX, rng.sample(range(1, MAXX + 1), MAXN)))
    tests.append(("09-max-large-coins", MAXX, rng.sample(range(MAXX // 3, MAXC + 1), MAXN)))
    tests.append(("10-max-mid-coins", MAXX, rng.sample(range(250, 450), MAXN)))
    tests.append(("11-max-coin-equals-x", MAXX, [MAXX] + rng.sample(range(2, 5000), MAXN - 1)))
    tests.append(("12-max-sparse", MAXX - 1, [10**6] + rng.sample(range(1000, 3000), 9)))
    for name, x, coins in tests:
        ans = out.write("secret", name, fmt(x, coins))
        assert int(ans) == plain(x, coins), name


if __name__ == "__main__":
    main()
