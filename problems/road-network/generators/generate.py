#!/usr/bin/env python3
"""Writes data/sample and data/secret for road-network; answers come from solutions/solution.py.

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, MAXM, MAXW = 5 * 10**4, 8 * 10**4, 10**9


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    n, m = map(int, lines[0].split())
    assert lines[0] == f"{n} {m}"
    assert 1 <= n <= MAXN and 0 <= m <= MAXM and len(lines) == m + 1
    for line in lines[1:]:
        a, b, w = map(int, line.split())
        assert line == f"{a} {b} {w}"
        assert 1 <= a <= n and 1 <= b <= n and 1 <= w <= MAXW


def fmt(n, roads):
    return f"{n} {len(roads)}\n" + "".join(f"{a} {b} {w}\n" for a, b, w in roads)


def connected(rng, n, m, wmax, wmin=1):
    """A random spanning tree (so all cities connect) plus m - (n - 1) random roads, shuffled."""
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    roads = [(perm[i], perm[rng.randrange(i)], rng.randint(wmin, wmax)) for i in range(1, n)]
    roads += [(rng.randint(1, n), rng.randint(1, n), rng.randint(wmin, wmax)) for _ in range(m - (n - 1))]
    rng.shuffle(roads)
    return [(a, b, w) if rng.random() < 0.5 else (b, a, w) for a, b, w in roads]


SAMPLES = [
    "4 5\n1 2 3\n2 3 1\n3 4 4\n4 1 2\n1 3 5\n",
    "3 1\n1 2 10\n",
]


def main():
    out = TestWriter(__file__, validate)
    for i, s in enumerate(SAMPLES, 1):
        out.write("sample", str(i), s)

    rng = random.Random(8675309)
    tests = []
    tests.append(("01-single-city", "1 0\n"))
    tests.append(("02-single-city-loop", "1 2\n1 1 5\n1 1 7\n"))
    tests.append(("03-two-cities-no-road", "2 0\n"))
    tests.append(("04-loops-and-parallel", fmt(3, [(1, 1, 1), (1, 2, 9), (2, 1, 4), (2, 2, 1), (3, 2, 8), (2, 3, 6)])))
    tests.append(("05-two-groups", fmt(6, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (4, 5, 2), (5, 6, 2), (6, 4, 1)])))
    tests.append(("06-small-random", fmt(10, connected(rng, 10, 20, 50))))
    tests.append(("07-overflow-small", fmt(5, [(1, 2, MAXW), (2, 3, MAXW), (3, 4, MAXW), (4, 5, MAXW), (5, 1, MAXW)])))
    tests.append(("08-medium-random", fmt(2000, connected(rng, 2000, 6000, MAXW))))
    tests.append(("09-max-random", fmt(MAXN, connected(rng, MAXN, MAXM, MAXW))))
    # max: connected except one city that only has a loop
    roads = connected(rng, MAXN - 1, MAXM - 1, 10**5) + [(MAXN, MAXN, 1)]
    rng.shuffle(roads)
    tests.append(("10-max-one-city-cut-off", fmt(MAXN, roads)))
    # max: every road costs 10^9, total (n - 1) * 10^9
    tests.append(("11-max-all-expensive", fmt(MAXN, connected(rng, MAXN, 60000, MAXW, MAXW))))
    # large: few cities, many cheap parallel roads
    tests.append(("12-dense-cheap", fmt(1000, connected(rng, 1000, MAXM, 100))))
    for name, text in tests:
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
