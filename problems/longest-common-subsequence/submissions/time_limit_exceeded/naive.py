# Naive: the textbook O(|s|*|t|) table, one cell at a time in pure Python.
# Correct, but 4.9*10^7 cell updates take several seconds in Python.
import sys


def main():
    s, t = sys.stdin.read().split()
    n, m = len(s), len(t)
    prev = [0] * (m + 1)
    for i in range(n):
        cur = [0] * (m + 1)
        for j in range(m):
            if s[i] == t[j]:
                cur[j + 1] = prev[j] + 1
            else:
                cur[j + 1] = max(prev[j + 1], cur[j])
        prev = cur
    print(prev[m])


main()
