# Kadane: the best sum of a subarray ending here is this element, or this
# element after the best sum ending just before it. O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    best = current = int(data[1])
    for v in map(int, data[2 : n + 1]):
        current = v if current < 0 else current + v
        if current > best:
            best = current
    sys.stdout.write(f"{best}\n")


main()
