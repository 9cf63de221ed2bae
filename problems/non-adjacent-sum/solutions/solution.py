# take = the best sum of a prefix that uses its last house, skip = one that
# doesn't: each house either extends a skip or is left out. O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    take = skip = 0
    for v in map(int, data[1 : n + 1]):
        take, skip = skip + v, max(take, skip)
    sys.stdout.write(f"{max(take, skip)}\n")


main()
