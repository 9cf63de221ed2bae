# Naive O(n^2): try every period [i, j], keeping the running maximum.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left = int(data[1])
    right = int(data[2])
    a = [int(x) for x in data[3:3 + n]]
    total = 0
    for i in range(n):
        m = -1
        for j in range(i, n):
            if a[j] > m:
                m = a[j]
            if left <= m <= right:
                total += 1
    sys.stdout.write(str(total) + "\n")


main()
