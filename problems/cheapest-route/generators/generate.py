#!/usr/bin/env python3
"""Writes data/sample and data/secret for cheapest-route; answers come from solutions/solution.py.

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, MAXM, MAXW = 30000, 60000, 10**9


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


def fmt(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{a} {b} {w}\n" for a, b, w in edges)


def random_edges(rng, n, m, wmax, lo=1):
    return [(rng.randint(1, n), rng.randint(1, n), rng.randint(lo, wmax)) for _ in range(m)]


def relabel(rng, n, edges):
    """Random vertex names, keeping vertex 1 where it is."""
    perm = list(range(2, n + 1))
    rng.shuffle(perm)
    name = [0, 1] + perm
    edges = [(name[a], name[b], w) for a, b, w in edges]
    rng.shuffle(edges)
    return edges


SAMPLES = [
    "5 6\n1 2 7\n1 3 2\n3 2 3\n2 4 1\n3 4 9\n4 1 5\n",
    "3 2\n2 1 4\n1 3 10\n",
]


def main():
    out = TestWriter(__file__, validate)
    for i, s in enumerate(SAMPLES, 1):
        out.write("sample", str(i), s)

    rng = random.Random(777)
    tests = []
    tests.append(("01-single-town", "1 0\n"))
    tests.append(("02-no-roads", "5 0\n"))
    tests.append(
        (
            "03-loops-and-parallel",
            fmt(4, [(1, 1, 5), (1, 2, 9), (1, 2, 4), (2, 2, 1), (2, 3, 7), (2, 3, 2), (3, 1, 1), (3, 4, 10**9), (1, 4, 10**9)]),
        )
    )
    tests.append(("04-one-way-only", fmt(4, [(2, 1, 1), (3, 1, 1), (4, 3, 1), (1, 4, 3)])))
    # a long cheap path beats a short expensive one
    n = 12
    edges = [(i, i + 1, 1) for i in range(1, n)] + [(1, n, 100), (1, 6, 7)]
    tests.append(("05-long-cheap-path", fmt(n, edges)))
    tests.append(("06-small-random", fmt(10, random_edges(rng, 10, 25, 20))))
    tests.append(("07-overflow-small", fmt(4, [(1, 2, 10**9), (2, 3, 10**9), (3, 4, 10**9)])))
    tests.append(("08-medium-random", fmt(1000, random_edges(rng, 1000, 4000, 10**9))))
    # two halves, no road from the first into the second
    n, half = 20000, 10000
    edges = [(rng.randint(1, half), rng.randint(1, half), rng.randint(1, 10**6)) for _ in range(20000)]
    edges += [(rng.randint(half + 1, n), rng.randint(1, n), rng.randint(1, 10**6)) for _ in range(20000)]
    tests.append(("09-unreachable-half", fmt(n, edges)))
    # max: random graph, heavy weights
    n = MAXN
    edges = [(1, rng.randint(2, n), rng.randint(1, MAXW)) for _ in range(3)]
    edges += random_edges(rng, n, MAXM - 3, MAXW)
    tests.append(("10-max-random", fmt(n, relabel(rng, n, edges))))
    # max: a chain of maximal roads (costs up to (n-1)*10^9) plus roads back and parallel roads
    edges = [(i, i + 1, MAXW) for i in range(1, n)]
    for _ in range(MAXM - (n - 1)):
        a = rng.randint(2, n)
        if rng.random() < 0.8:
            edges.append((a, rng.randint(1, a - 1), rng.randint(1, MAXW)))
        else:
            edges.append((a - 1, a, MAXW))
    tests.append(("11-max-chain", fmt(n, relabel(rng, n, edges))))
    # max: few towns, many roads, small weights (many improvements per town)
    n = 300
    edges = random_edges(rng, n, MAXM, 1000)
    tests.append(("12-max-dense", fmt(n, edges)))
    for name, text in tests:
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
