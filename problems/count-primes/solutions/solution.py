# Count Primes -- reference solution: one Sieve of Eratosthenes up to max(n),
# then prefix counts for the (sorted, distinct) question values.
import sys
from math import isqrt


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    queries = list(map(int, data[1 : 1 + q]))
    limit = max(queries)
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0] = 0
    if limit >= 1:
        is_prime[1] = 0
    for i in range(2, isqrt(limit) + 1):
        if is_prime[i]:
            start = i * i
            is_prime[start::i] = bytes(len(range(start, limit + 1, i)))
    # pi(v) for every asked v, counting the 1-bytes between consecutive values.
    answer = {}
    total = 0
    prev = 0
    for v in sorted(set(queries)):
        total += is_prime.count(1, prev, v + 1)
        prev = v + 1
        answer[v] = total
    sys.stdout.write("\n".join(str(answer[v]) for v in queries) + "\n")


main()
