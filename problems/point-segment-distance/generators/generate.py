#!/usr/bin/env python3
"""Deterministic test generator for point-segment-distance.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_Q = 3 * 10**4
C = 10**4  # coordinate bound


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    q = int(lines[0])
    assert str(q) == lines[0] and 1 <= q <= MAX_Q
    assert len(lines) == q + 1, "expected q question lines"
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 6
        vals = list(map(int, parts))
        assert " ".join(map(str, vals)) == line, f"bad line {line!r}"
        assert all(-C <= v <= C for v in vals)


SAMPLES = [
    "3\n0 0 4 0 2 3\n0 0 4 0 1 0\n-1 -1 1 1 -1 1\n",
]


def rand_point(rnd, c=C):
    return rnd.randint(-c, c), rnd.randint(-c, c)


def clamp(v):
    return max(-C, min(C, v))


def secret_tests():
    rnd = random.Random(20240507)
    tests = []

    def add(name, rows):
        tests.append((name, f"{len(rows)}\n" + "".join(" ".join(map(str, r)) + "\n" for r in rows)))

    add("01-on-segment", [(0, 0, 10, 10, 3, 3), (-5, 2, 7, 2, 0, 2), (4, -4, -4, 4, 1, -1)])
    add("02-at-endpoints", [(1, 2, 3, 4, 1, 2), (1, 2, 3, 4, 3, 4), (-C, -C, C, C, C, C)])
    add("03-degenerate-segment", [(2, 3, 2, 3, 5, 7), (0, 0, 0, 0, -C, C), (-7, 1, -7, 1, -7, 1)])
    add("04-endpoint-a-nearest", [(0, 0, 4, 0, -3, 4), (0, 0, 4, 0, 0, 5), (1, 1, 5, 5, 0, -1), (3, 0, 0, 3, 4, -1)])
    add("05-endpoint-b-nearest", [(0, 0, 4, 0, 7, 4), (0, 0, 4, 0, 4, -2), (1, 1, 5, 5, 9, 6)])
    add("06-collinear-beyond", [(0, 0, 4, 0, 9, 0), (0, 0, 4, 0, -2, 0), (1, 2, 3, 4, 10, 11), (-C, -C, 0, 0, C, C)])
    add(
        "07-extremes",
        [(-C, -C, -C, C, C, C), (-C, -C, -C, -C, C, C), (-C, C, C, -C, -C, -C), (C, C, C - 1, C, -C, -C), (-C, -C, C, C - 1, -C + 1, -C)],
    )
    rows = []
    for _ in range(5000):
        rows.append(tuple(rnd.randint(-3, 3) for _ in range(6)))
    add("08-small-coordinates", rows)
    rows = []
    for _ in range(2000):  # foot of the perpendicular strictly inside
        ax, ay = rand_point(rnd, C // 2)
        dx, dy = rnd.randint(-C // 2, C // 2), rnd.randint(-C // 2, C // 2)
        t = rnd.random()
        h = rnd.randint(-C // 3, C // 3)
        px, py = round(ax + t * dx - h * dy / max(1, abs(dx) + abs(dy))), round(ay + t * dy + h * dx / max(1, abs(dx) + abs(dy)))
        rows.append((ax, ay, ax + dx, ay + dy, clamp(px), clamp(py)))
    add("09-perpendicular-inside", rows)
    # Large tests.
    add("10-max-random", [rand_point(rnd) + rand_point(rnd) + rand_point(rnd) for _ in range(MAX_Q)])
    rows = []
    for _ in range(MAX_Q):  # P far along the direction of the segment: an endpoint is nearest
        ax, ay = rand_point(rnd, C // 4)
        dx, dy = rnd.randint(-C // 4, C // 4), rnd.randint(-C // 4, C // 4)
        k = rnd.uniform(1.05, 3.0) if rnd.random() < 0.5 else rnd.uniform(-2.0, -0.05)
        px = clamp(round(ax + k * dx) + rnd.randint(-50, 50))
        py = clamp(round(ay + k * dy) + rnd.randint(-50, 50))
        rows.append((ax, ay, ax + dx, ay + dy, px, py))
    add("11-max-endpoint-nearest", rows)
    rows = []
    for _ in range(MAX_Q):  # tiny or degenerate segments, far points
        ax, ay = rand_point(rnd, C - 2)
        rows.append((ax, ay, ax + rnd.randint(-1, 1), ay + rnd.randint(-1, 1)) + rand_point(rnd))
    add("12-max-short-segments", rows)
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
