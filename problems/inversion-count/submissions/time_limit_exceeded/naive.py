# Naive: check every pair, O(n^2). Correct, but 5*10^9 pairs for n = 10^5.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    inversions = 0
    for i in range(n):
        ai = a[i]
        for j in range(i + 1, n):
            if ai > a[j]:
                inversions += 1
    sys.stdout.write(f"{inversions}\n")


main()
