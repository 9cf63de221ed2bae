# Naive: keep a plain list and scan the range for every question, O(n) each.
# Correct, but up to 2.5*10^9 steps in total.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    pos = 2 + n
    for _ in range(q):
        kind, u, v = data[pos], int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if kind == b"1":
            a[u - 1] = v
        else:
            best = a[u - 1]
            for k in range(u, v):
                if a[k] < best:
                    best = a[k]
            out.append(str(best))
    sys.stdout.write("\n".join(out) + "\n")


main()
