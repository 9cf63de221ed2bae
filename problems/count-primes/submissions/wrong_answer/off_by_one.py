# Wrong: counts primes strictly below n (off by one). Right whenever n is not
# prime (all samples), wrong when n itself is prime.
import sys
from math import isqrt


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    queries = list(map(int, data[1:1 + q]))
    limit = max(queries)
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0] = 0
    is_prime[1] = 0
    for i in range(2, isqrt(limit) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    out = [str(is_prime.count(1, 0, n)) for n in queries]  # bug: should be n + 1
    sys.stdout.write("\n".join(out) + "\n")


main()
