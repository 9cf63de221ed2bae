# Modular Power -- reference solution: Python's built-in three-argument pow,
# which does binary exponentiation (and gives pow(x, 0, 1) == 0, as required).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    vals = list(map(int, data[1 : 1 + 3 * q]))
    out = [str(pow(vals[i], vals[i + 1], vals[i + 2])) for i in range(0, 3 * q, 3)]
    sys.stdout.write("\n".join(out) + "\n")


main()
