# Sums every subarray from scratch: O(n^3), too slow for even the small
# subtask's n = 1000 (about 1.7 * 10^8 additions).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1 : n + 1]))
    best = a[0]
    for i in range(n):
        for j in range(i, n):
            total = 0
            for k in range(i, j + 1):
                total += a[k]
            best = max(best, total)
    sys.stdout.write(f"{best}\n")


main()
