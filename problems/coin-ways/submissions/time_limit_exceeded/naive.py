# Naive: for every kind of coin, try every possible count of it explicitly.
# O(n * X^2 / c) operations: with a coin of value 1 and X = 4*10^4 that is 8*10^8.
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, x = int(data[0]), int(data[1])
    coins = [int(v) for v in data[2:2 + n]]
    ways = [0] * (x + 1)
    ways[0] = 1
    for c in coins:
        new = [0] * (x + 1)
        for s in range(x + 1):
            total = 0
            k = 0
            while k * c <= s:
                total += ways[s - k * c]
                k += 1
            new[s] = total % MOD
        ways = new
    print(ways[x])


main()
