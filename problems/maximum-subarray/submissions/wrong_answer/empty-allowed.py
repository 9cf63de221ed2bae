# Starts the best sum at 0, as if the empty subarray counted: when every
# number is negative it prints 0 instead of the largest number.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    best = current = 0
    for v in map(int, data[1 : n + 1]):
        current = max(0, current + v)
        best = max(best, current)
    sys.stdout.write(f"{best}\n")


main()
