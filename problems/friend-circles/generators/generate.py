#!/usr/bin/env python3
"""Writes data/sample and data/secret for friend-circles; answers come from solutions/solution.py.

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXN, MAXQ = 10**5, 10**5


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    n, q = map(int, lines[0].split())
    assert lines[0] == f"{n} {q}"
    assert 1 <= n <= MAXN and 1 <= q <= MAXQ and len(lines) == q + 1
    same = 0
    for line in lines[1:]:
        op, a, b = line.split()
        assert op in ("union", "same") and line == f"{op} {int(a)} {int(b)}"
        assert 1 <= int(a) <= n and 1 <= int(b) <= n
        same += op == "same"
    assert same >= 1


def fmt(n, ops):
    return f"{n} {len(ops)}\n" + "".join(f"{op} {a} {b}\n" for op, a, b in ops)


def random_ops(rng, n, q, p_union):
    return [("union" if rng.random() < p_union else "same", rng.randint(1, n), rng.randint(1, n)) for _ in range(q)]


SAMPLES = [
    "5 7\nunion 1 2\nsame 1 2\nsame 2 3\nunion 3 4\nunion 2 4\nsame 1 3\nsame 5 5\n",
]


def main():
    out = TestWriter(__file__, validate)
    for i, s in enumerate(SAMPLES, 1):
        out.write("sample", str(i), s)

    rng = random.Random(31337)
    tests = []
    tests.append(("01-min", fmt(1, [("same", 1, 1)])))
    tests.append(
        (
            "02-self-pairs",
            fmt(
                3,
                [
                    ("union", 2, 2),
                    ("same", 1, 2),
                    ("same", 2, 2),
                    ("union", 3, 3),
                    ("same", 3, 1),
                    ("union", 1, 3),
                    ("same", 3, 1),
                    ("same", 2, 3),
                ],
            ),
        )
    )
    tests.append(("03-no-unions", fmt(6, [("same", a, b) for a in range(1, 7) for b in range(1, 7) if a != b])))
    # merging a user that already has a circle: catches linking a instead of find(a)
    tests.append(
        (
            "04-relink-member",
            fmt(4, [("union", 1, 2), ("union", 1, 3), ("same", 2, 3), ("same", 1, 2), ("union", 4, 1), ("same", 4, 2), ("same", 3, 4)]),
        )
    )
    tests.append(("05-small-random", fmt(10, random_ops(rng, 10, 30, 0.3))))
    # a star: everyone befriends user 1, one at a time
    n = 200
    ops = []
    for i in range(2, n + 1):
        ops.append(("union", i, 1) if i % 2 else ("union", 1, i))
        ops.append(("same", rng.randint(1, n), rng.randint(1, n)))
    tests.append(("06-star", fmt(n, ops)))
    tests.append(("07-medium-random", fmt(2000, random_ops(rng, 2000, 5000, 0.2))))
    # max: a long chain of unions, queries spread between them
    n = MAXN
    ops = []
    order = list(range(1, n + 1))
    for i in range(MAXQ * 3 // 5):
        a, b = order[i], order[i + 1]
        ops.append(("union", a, b) if rng.random() < 0.5 else ("union", b, a))
    for _ in range(MAXQ - len(ops)):
        ops.insert(rng.randint(0, len(ops)), ("same", rng.randint(1, n), rng.randint(1, n)))
    tests.append(("08-max-chain", fmt(n, ops)))
    tests.append(("09-max-random", fmt(MAXN, random_ops(rng, MAXN, MAXQ, 0.6))))
    # large: few users, most of them end up in one circle
    tests.append(("10-large-few-users", fmt(1000, random_ops(rng, 1000, 40000, 0.05))))
    # large: all unions first (one huge circle of 50000), one question at the end
    ops = [("union", i, i + 1) for i in range(1, 50000)] + [("same", 1, 50000)]
    tests.append(("11-large-one-circle", fmt(MAXN, ops)))
    for name, text in tests:
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
