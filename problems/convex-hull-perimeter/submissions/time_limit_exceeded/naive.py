# Naive: gift wrapping (Jarvis march). From the current hull corner, scan all
# points for the next one such that no point lies to its right. Correct, but
# O(n * h): too slow when the hull has many corners.
import sys
from math import sqrt


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:2 * n + 1]))
    pts = list(set(zip(vals[0::2], vals[1::2])))
    if len(pts) == 1:
        sys.stdout.write("0.000000\n")
        return
    start = min(pts)
    hull = [start]
    cur = start
    while True:
        cand = pts[0] if pts[0] != cur else pts[1]
        for p in pts:
            if p == cur:
                continue
            c = (cand[0] - cur[0]) * (p[1] - cur[1]) - (cand[1] - cur[1]) * (p[0] - cur[0])
            if c < 0:  # p is to the right of cur -> cand: take p
                cand = p
            elif c == 0:  # collinear: take the farther one
                d1 = (cand[0] - cur[0]) ** 2 + (cand[1] - cur[1]) ** 2
                d2 = (p[0] - cur[0]) ** 2 + (p[1] - cur[1]) ** 2
                if d2 > d1:
                    cand = p
        cur = cand
        if cur == start:
            break
        hull.append(cur)
    k = len(hull)
    perimeter = 0.0
    for i in range(k):
        a, b = hull[i], hull[(i + 1) % k]
        dx, dy = b[0] - a[0], b[1] - a[1]
        perimeter += sqrt(dx * dx + dy * dy)
    sys.stdout.write(f"{perimeter:.6f}\n")


main()
