# Naive: every user stores the id of their circle; a union re-labels the whole
# array. O(n) per union, O(n*q) in total.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    circle = list(range(n + 1))
    out = []
    for i in range(q):
        op = data[2 + 3 * i]
        a, b = int(data[3 + 3 * i]), int(data[4 + 3 * i])
        if op == b"union":
            old, new = circle[b], circle[a]
            if old != new:
                for k in range(1, n + 1):
                    if circle[k] == old:
                        circle[k] = new
        else:
            out.append("YES" if circle[a] == circle[b] else "NO")
    print("\n".join(out))


main()
