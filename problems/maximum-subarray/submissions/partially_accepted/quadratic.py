# Every start, every end, with a running sum: O(n^2). Right, and fast enough
# for the small subtask (n <= 1000) only: 30 points of 100.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1 : n + 1]))
    best = a[0]
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += a[j]
            if total > best:
                best = total
    sys.stdout.write(f"{best}\n")


main()
