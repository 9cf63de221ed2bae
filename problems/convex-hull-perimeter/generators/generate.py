#!/usr/bin/env python3
"""Deterministic test generator for convex-hull-perimeter.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""

import math
import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_N = 10**5
C = 10**9  # coordinate bound


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    n = int(lines[0])
    assert str(n) == lines[0] and 1 <= n <= MAX_N
    assert len(lines) == n + 1, "expected n point lines"
    for line in lines[1:]:
        x, y = map(int, line.split(" "))
        assert f"{x} {y}" == line, f"bad line {line!r}"
        assert -C <= x <= C and -C <= y <= C


SAMPLES = [
    "5\n0 0\n4 0\n4 3\n0 3\n2 1\n",
    "4\n0 0\n1 1\n2 2\n1 1\n",
]


def secret_tests():
    rnd = random.Random(20240508)
    tests = []

    def add(name, pts, shuffle=True):
        pts = list(pts)
        if shuffle:
            rnd.shuffle(pts)
        tests.append((name, f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)))

    add("01-single-point", [(5, -7)])
    add("02-two-points-extreme", [(-C, -C), (C, C)])
    add("03-all-same", [(3, 3)] * 1000)
    pts = []
    for _ in range(1000):  # on the line through (-10^9 + 1, 10^9) with direction (3, -2)
        t = rnd.randint(0, 666666666)
        pts.append((-C + 1 + 3 * t, C - 2 * t))
    add("04-collinear-big", pts + pts[:100])
    pts = [(0, 0), (10, 0), (10, 10), (0, 10)]
    pts += [(rnd.randint(1, 9), 0) for _ in range(20)] + [(10, rnd.randint(1, 9)) for _ in range(20)]
    pts += [(rnd.randint(1, 9), rnd.randint(1, 9)) for _ in range(50)]
    add("05-square-edge-and-inner-points", pts)
    pts = [(-C, -C), (C, -C), (0, C)]
    while len(pts) < 2000:
        x, y = rnd.randint(-C, C), rnd.randint(-C, C)
        if y >= -C and 2 * x - y <= C and -2 * x - y <= C:  # inside the triangle
            pts.append((x, y))
    add("06-extreme-triangle", pts)
    add("07-small-grid", [(x, y) for x in range(30) for y in range(30)])
    add("08-random-small-duplicates", [(rnd.randint(-5, 5), rnd.randint(-5, 5)) for _ in range(2000)])
    pts = [(-C, -C), (C, -C), (C, C), (-C, C)]
    for _ in range(500):
        v = rnd.randint(-C, C)
        pts += [(v, -C), (C, v), (-v, C), (-C, -v)]
    add("09-max-square-many-on-edges", pts)
    # Large tests.
    add("10-random-square-big", [(rnd.randint(-C, C), rnd.randint(-C, C)) for _ in range(50000)])
    pts = set()
    while len(pts) < 80000:
        t = rnd.uniform(0, 2 * math.pi)
        pts.add((round(C * math.cos(t)), round(C * math.sin(t))))
    add("11-circle-big", pts)
    add("12-vertical-line", [(7, rnd.randint(0, 10**5)) for _ in range(10**5)])
    r = 177  # 98,157 points, within n <= 10^5
    add("13-max-disk-lattice", [(x, y) for x in range(-r, r + 1) for y in range(-r, r + 1) if x * x + y * y <= r * r])
    return tests


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        out.write("sample", str(i), text)
    for name, text in secret_tests():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
