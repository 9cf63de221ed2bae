# Point to Segment Distance -- reference solution: project the point onto the
# segment's line with a dot product; clamp to the nearer endpoint when the
# projection falls outside. All products are exact integers.
import sys
from math import sqrt


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    v = list(map(int, data[1 : 1 + 6 * q]))
    out = []
    for i in range(0, 6 * q, 6):
        x1, y1, x2, y2, px, py = v[i : i + 6]
        dx, dy = x2 - x1, y2 - y1
        ex, ey = px - x1, py - y1
        len2 = dx * dx + dy * dy
        dot = ex * dx + ey * dy
        if len2 == 0 or dot <= 0:  # nearest point: A (also when A == B)
            d = sqrt(ex * ex + ey * ey)
        elif dot >= len2:  # nearest point: B
            fx, fy = px - x2, py - y2
            d = sqrt(fx * fx + fy * fy)
        else:  # the foot of the perpendicular lies on the segment
            d = abs(ex * dy - ey * dx) / sqrt(len2)
        out.append(f"{d:.9f}")
    sys.stdout.write("\n".join(out) + "\n")


main()
