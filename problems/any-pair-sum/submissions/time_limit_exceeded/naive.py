# Naive: try every pair, O(n^2). Correct, but about 5*10^9 pairs when no
# pair exists and n = 10^5.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    for i in range(n):
        need = target - a[i]
        for j in range(i + 1, n):
            if a[j] == need:
                sys.stdout.write(f"{i + 1} {j + 1}\n")
                return
    sys.stdout.write("-1\n")


main()
