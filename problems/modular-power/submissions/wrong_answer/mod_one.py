# Wrong: starts from result = 1 instead of 1 % m, so a^0 mod 1 prints 1
# instead of 0. Passes the samples, fails the hidden test with m = 1, b = 0.
import sys


def power_mod(a, b, m):
    result = 1  # bug: should be 1 % m
    x = a % m
    while b > 0:
        if b & 1:
            result = result * x % m
        x = x * x % m
        b >>= 1
    return result


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        a, b, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        out.append(str(power_mod(a, b, m)))
    sys.stdout.write("\n".join(out) + "\n")


main()
