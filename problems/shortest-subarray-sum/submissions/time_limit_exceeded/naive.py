# Naive O(n^2): from every start, extend to the right until the sum reaches S.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s_target = int(data[1])
    a = list(map(int, data[2:2 + n]))
    best = 0
    for i in range(n):
        s = 0
        for j in range(i, n):
            s += a[j]
            if s >= s_target:
                if best == 0 or j - i + 1 < best:
                    best = j - i + 1
                break
    sys.stdout.write(str(best) + "\n")


main()
