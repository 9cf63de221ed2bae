#!/usr/bin/env python3
"""Writes data/sample and data/secret for course-order; answers come from solutions/solution.py.

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, MAXM = 5 * 10**4, 5 * 10**4


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    n, m = map(int, lines[0].split())
    assert lines[0] == f"{n} {m}"
    assert 1 <= n <= MAXN and 0 <= m <= MAXM and len(lines) == m + 1
    for line in lines[1:]:
        a, b = map(int, line.split())
        assert line == f"{a} {b}" and 1 <= a <= n and 1 <= b <= n and a != b


def fmt(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)


def random_dag(rng, n, m, span=None):
    """m rules consistent with a random hidden order; span limits how far apart the ends are."""
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = []
    for _ in range(m):
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, n - 1 if span is None else min(n - 1, i + span))
        edges.append((perm[i], perm[j]))
    rng.shuffle(edges)
    return edges


SAMPLES = [
    "3 2\n3 1\n3 2\n",
    "4 4\n1 2\n1 3\n2 4\n3 4\n",
    "3 3\n1 2\n2 3\n3 1\n",
]


def main():
    out = TestWriter(__file__, validate)
    for i, s in enumerate(SAMPLES, 1):
        out.write("sample", str(i), s)

    rng = random.Random(1234567)
    tests = []
    tests.append(("01-single-course", "1 0\n"))
    tests.append(("02-no-rules", "6 0\n"))
    tests.append(("03-reverse-chain", fmt(8, [(i + 1, i) for i in range(7, 0, -1)])))
    tests.append(("04-two-cycle", fmt(5, [(3, 4), (1, 2), (2, 1)])))
    tests.append(("05-duplicate-rules", fmt(5, [(4, 2), (4, 2), (5, 1), (4, 2), (5, 1), (2, 1)])))
    # a FIFO queue takes 5 before 2 here; the smallest order takes 2 first
    tests.append(("06-queue-trap", fmt(5, [(4, 2), (1, 2), (3, 5)])))
    tests.append(("07-small-random", fmt(12, random_dag(rng, 12, 15))))
    tests.append(("08-medium-random", fmt(3000, random_dag(rng, 3000, 5000))))
    tests.append(("09-max-random", fmt(MAXN, random_dag(rng, MAXN, MAXM))))
    # max: the only valid order is n, n-1, ..., 1 (plus extra rules consistent with it)
    edges = [(i + 1, i) for i in range(1, MAXN)]
    tests.append(("10-max-reverse-chain", fmt(MAXN, edges)))
    # max: many courses available at once (rules only between nearby courses of the hidden order)
    tests.append(("11-max-wide", fmt(MAXN, random_dag(rng, MAXN, MAXM, span=3))))
    # large: almost a DAG, but one cycle far down the order
    n, m = 30000, 40000
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[i], perm[i + 1]) for i in range(0, n - 1, 2)]
    while len(edges) < m - 3:
        i = rng.randrange(n - 1)
        edges.append((perm[i], perm[rng.randint(i + 1, n - 1)]))
    a, b, c = perm[-3], perm[-2], perm[-1]
    edges += [(a, b), (b, c), (c, a)]
    rng.shuffle(edges)
    tests.append(("12-large-late-cycle", fmt(n, edges)))
    for name, text in tests:
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
