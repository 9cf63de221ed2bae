# Naive: for every question, test every k <= n by trial division.
# Correct, but hopeless for n = 5*10^6 (let alone 10^5 such questions).
import sys


def is_prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for n in map(int, data[1:1 + q]):
        out.append(str(sum(1 for k in range(2, n + 1) if is_prime(k))))
    sys.stdout.write("\n".join(out) + "\n")


main()
