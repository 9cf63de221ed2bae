import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    a = list(map(int, data[2 : 2 + n]))
    out = []
    for tok in data[2 + n : 2 + n + q]:
        i = bisect_left(a, int(tok))  # first index with a[i] >= x (0-based)
        out.append(i + 1 if i < n else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
