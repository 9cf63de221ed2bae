# Polygon Area -- reference solution: shoelace formula with exact integers.
import sys
from operator import mul


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = list(map(int, data[1 : 2 * n + 1 : 2]))
    ys = list(map(int, data[2 : 2 * n + 2 : 2]))
    xs_next = xs[1:] + xs[:1]
    ys_next = ys[1:] + ys[:1]
    twice = abs(sum(map(mul, xs, ys_next)) - sum(map(mul, xs_next, ys)))
    # twice the area is an integer: print it exactly, 6 decimals.
    sys.stdout.write(f"{twice // 2}.{5 if twice % 2 else 0}00000\n")


main()
