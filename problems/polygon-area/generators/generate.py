#!/usr/bin/env python3
"""Deterministic test generator for polygon-area.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input (including that the polygon is simple), and computes every .ans with the
reference solutions/solution.py.
"""

import math
import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_N = 10**5
C = 10**6  # coordinate bound


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p, a, b):
    return cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def segments_touch(a, b, c, d):
    d1, d2, d3, d4 = cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)
    if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
        return True
    return on_segment(a, c, d) or on_segment(b, c, d) or on_segment(c, a, b) or on_segment(d, a, b)


def simple_by_brute_force(pts):
    n = len(pts)
    edges = [(pts[i], pts[(i + 1) % n]) for i in range(n)]
    boxes = [(min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1])) for a, b in edges]
    for i in range(n):
        a, b = edges[i]
        # consecutive edges share exactly one endpoint and must not fold back
        c = edges[(i + 1) % n][1]
        if cross(a, b, c) == 0 and (on_segment(c, a, b) or on_segment(a, b, c)):
            return False
        bi = boxes[i]
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue  # adjacent through the wrap-around
            bj = boxes[j]
            if bi[1] < bj[0] or bj[1] < bi[0] or bi[3] < bj[2] or bj[3] < bi[2]:
                continue
            if segments_touch(a, b, edges[j][0], edges[j][1]):
                return False
    return True


def star_shaped_around(pts, center):
    """Every edge turns strictly counterclockwise (or every one clockwise) as
    seen from `center`, and the corners go exactly once around it: then the
    polygon is simple (each edge lies in its own angular wedge)."""
    n = len(pts)
    signs = set()
    total = 0.0
    for i in range(n):
        a, b = pts[i], pts[(i + 1) % n]
        c = cross(center, a, b)
        if c == 0:
            return False
        signs.add(c > 0)
        dot = (a[0] - center[0]) * (b[0] - center[0]) + (a[1] - center[1]) * (b[1] - center[1])
        total += math.atan2(abs(c), dot)
    return len(signs) == 1 and abs(total - 2 * math.pi) < 1e-6


def validate(text, center=None):
    """Assert that `text` is a valid input. Large polygons come with the centre
    they are star-shaped around; small ones are checked edge against edge."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    n = int(lines[0])
    assert str(n) == lines[0] and 3 <= n <= MAX_N
    assert len(lines) == n + 1
    pts = []
    for line in lines[1:]:
        x, y = map(int, line.split(" "))
        assert f"{x} {y}" == line, f"bad line {line!r}"
        assert -C <= x <= C and -C <= y <= C
        pts.append((x, y))
    assert len(set(pts)) == n, "corners must be distinct"
    twice = sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))
    assert twice != 0, "area must be positive"
    if center is not None:
        assert star_shaped_around(pts, center), "not simple"
    else:
        assert n <= 3000, "large polygons need a star centre as certificate"
        assert simple_by_brute_force(pts), "not simple"


SAMPLES = [
    "4\n0 0\n4 0\n4 3\n0 3\n",
    "5\n0 0\n4 0\n4 4\n3 1\n0 3\n",
]


def fmt(pts):
    return f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)


def star_polygon(rnd, n, cx, cy, rmin, rmax, box):
    """n corners at random angles and radii around (cx, cy), sorted by angle."""
    lo_x, hi_x, lo_y, hi_y = box
    pts = set()
    while len(pts) < int(n * 1.1) + 10:
        t = rnd.uniform(0, 2 * math.pi)
        r = rnd.uniform(rmin, rmax)
        x = min(hi_x, max(lo_x, round(cx + r * math.cos(t))))
        y = min(hi_y, max(lo_y, round(cy + r * math.sin(t))))
        if (x, y) != (cx, cy):
            pts.add((x, y))
    pts = sorted(pts, key=lambda p: (math.atan2(p[1] - cy, p[0] - cx), (p[0] - cx) ** 2 + (p[1] - cy) ** 2))
    kept = [pts[0]]
    for p in pts[1:]:  # keep one corner per direction
        if cross((cx, cy), kept[-1], p) > 0:
            kept.append(p)
    if cross((cx, cy), kept[-1], kept[0]) <= 0:
        kept.pop()
    drop = set(rnd.sample(range(len(kept)), len(kept) - n))
    return [p for i, p in enumerate(kept) if i not in drop]


def comb(teeth, w, h_low, h_high, x0, y0):
    """A comb: a solid bar with `teeth` teeth of width w, counterclockwise."""
    width = (2 * teeth - 1) * w
    pts = [(0, 0), (width, 0)]
    for i in range(teeth - 1, -1, -1):
        pts += [(2 * i * w + w, h_high), (2 * i * w, h_high)]
        if i > 0:
            pts += [(2 * i * w, h_low), (2 * (i - 1) * w + w, h_low)]
    return [(x + x0, y + y0) for x, y in pts]


def secret_tests():
    rnd = random.Random(20240506)
    tests = []

    def add(name, pts, center=None):
        tests.append((name, fmt(pts), center))

    add("01-min-triangle", [(0, 0), (1, 0), (0, 1)])
    add("02-triangle-clockwise", [(0, 0), (0, 5), (3, 0)])
    add("03-concave-clockwise", [(0, 0), (0, 3), (4, 4), (3, 1), (4, 0)])
    add("04-collinear-corners", [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1), (3, 2), (2, 2), (1, 2), (0, 2), (0, 1)])
    add("05-max-square", [(-C, -C), (C, -C), (C, C), (-C, C)])
    add("06-max-square-clockwise", [(-C, -C), (-C, C), (C, C), (C, -C)])
    add("07-thin-sliver", [(-C, -C), (C, C), (C - 1, C - 1 + 1), (-C, -C + 1)][::-1])
    add("08-comb-clockwise", comb(250, 3999, 7, 2 * C, -C, -C)[::-1])
    pts = star_polygon(rnd, 1000, 0, 0, 1, C, (-C, C, -C, C))
    add("09-star-small", pts, (0, 0))
    # Large tests.
    pts = star_polygon(rnd, MAX_N, 0, 0, 0.05 * C, C, (-C, C, -C, C))
    add("10-max-star-random", pts, (0, 0))
    cx, cy = 600000, 500000
    pts = star_polygon(rnd, MAX_N, cx, cy, 100, 4 * 10**5, (0, C, 0, C))[::-1]
    add("11-max-star-clockwise-off-origin", pts, (cx, cy))
    pts = star_polygon(rnd, MAX_N // 2, -1, 2, 0.999 * C, C, (-C, C, -C, C))[::-1]
    add("12-max-near-circle-clockwise", pts, (-1, 2))
    return tests


def main():
    # Validated here, not by the writer: a large polygon's check needs its star centre.
    out = TestWriter(__file__, max_bytes=MAX_FILE_BYTES)
    for i, text in enumerate(SAMPLES, 1):
        validate(text, None)
        out.write("sample", str(i), text)
    for name, text, center in secret_tests():
        validate(text, center)
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
