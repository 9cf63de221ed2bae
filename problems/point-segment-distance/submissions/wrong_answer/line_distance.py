# Wrong: distance to the infinite LINE through A and B, not to the segment.
# Right whenever the foot of the perpendicular lies on the segment (all
# samples), wrong when the nearest point of the segment is an endpoint.
import sys
from math import sqrt


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    v = list(map(int, data[1:1 + 6 * q]))
    out = []
    for i in range(0, 6 * q, 6):
        x1, y1, x2, y2, px, py = v[i:i + 6]
        dx, dy = x2 - x1, y2 - y1
        ex, ey = px - x1, py - y1
        len2 = dx * dx + dy * dy
        if len2 == 0:
            d = sqrt(ex * ex + ey * ey)
        else:
            d = abs(ex * dy - ey * dx) / sqrt(len2)  # bug: no clamping to the endpoints
        out.append(f"{d:.9f}")
    sys.stdout.write("\n".join(out) + "\n")


main()
