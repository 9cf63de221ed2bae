import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        x1, y1, x2, y2, px, py = map(int, data[1 + 6 * i:7 + 6 * i])
        d = 0.0
        # TODO: distance from (px, py) to the segment (x1, y1)-(x2, y2)
        out.append(f"{d:.9f}")
    sys.stdout.write("\n".join(out) + "\n")


main()
