# Convex Hull Perimeter -- reference solution: Andrew's monotone chain,
# O(n log n). Cross products are exact integers.
import sys
from math import sqrt


def half_hull(pts):
    """One chain of the hull; pops while the turn is clockwise or straight."""
    hx, hy = [], []
    for x, y in pts:
        while len(hx) >= 2:
            x1, y1, x2, y2 = hx[-2], hy[-2], hx[-1], hy[-1]
            if (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1) <= 0:
                hx.pop()
                hy.pop()
            else:
                break
        hx.append(x)
        hy.append(y)
    return hx, hy


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1 : 2 * n + 1]))
    pts = sorted(set(zip(vals[0::2], vals[1::2])))
    if len(pts) == 1:
        sys.stdout.write("0.000000\n")
        return
    lx, ly = half_hull(pts)
    ux, uy = half_hull(reversed(pts))
    # counterclockwise, starting at the smallest (x, y); collinear points dropped
    hx = lx[:-1] + ux[:-1]
    hy = ly[:-1] + uy[:-1]
    k = len(hx)
    perimeter = 0.0
    for i in range(k):
        j = i + 1 if i + 1 < k else 0
        dx = hx[j] - hx[i]
        dy = hy[j] - hy[i]
        perimeter += sqrt(dx * dx + dy * dy)
    sys.stdout.write(f"{perimeter:.6f}\n")


main()
