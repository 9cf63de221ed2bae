# Naive: compare the pattern at every starting position, O(|t| * |p|).
# Correct, but far too slow when both strings are long (e.g. t = a...a, p = a...a).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t, p = data[0], data[1]
    n, m = len(t), len(p)
    count = 0
    for i in range(n - m + 1):
        j = 0
        while j < m and t[i + j] == p[j]:
            j += 1
        if j == m:
            count += 1
    sys.stdout.write(f"{count}\n")


main()
