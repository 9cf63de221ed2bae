# Tries every subset of the houses and keeps those without two neighbours:
# 2^n subsets of n houses each, about 10^8 steps already at n = 22.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1 : n + 1]))
    best = 0
    for mask in range(1 << n):
        chosen = [i for i in range(n) if mask >> i & 1]
        if any(b - c == 1 for c, b in zip(chosen, chosen[1:])):
            continue
        best = max(best, sum(a[i] for i in chosen))
    sys.stdout.write(f"{best}\n")


main()
