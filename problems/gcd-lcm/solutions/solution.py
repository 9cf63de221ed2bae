# GCD and LCM -- reference solution: Euclid's algorithm (math.gcd), lcm = a // g * b.
import sys
from math import gcd


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        g = gcd(a, b)
        out.append(f"{g} {a // g * b}")
    sys.stdout.write("\n".join(out) + "\n")


main()
