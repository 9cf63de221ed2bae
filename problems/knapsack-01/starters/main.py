import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]  # (weight, value)

    # TODO: dynamic programming over the capacity: best[c] = max value with weight <= c
    answer = 0

    sys.stdout.write(str(answer) + "\n")


main()
