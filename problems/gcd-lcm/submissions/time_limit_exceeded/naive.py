# Naive: Euclid by repeated subtraction. Correct, but gcd(10^18, 1) needs
# 10^18 subtractions.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        x, y = a, b
        while x != y:
            if x > y:
                x -= y
            else:
                y -= x
        out.append(f"{x} {a // x * b}")
    sys.stdout.write("\n".join(out) + "\n")


main()
