# Accepted, with different answers than the reference: sort the positions by
# value and move two pointers inward. Any valid pair is accepted by the
# output validator, so printing another pair than the .ans file is fine.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    order = sorted(range(n), key=a.__getitem__)
    lo, hi = 0, n - 1
    while lo < hi:
        s = a[order[lo]] + a[order[hi]]
        if s == target:
            i, j = sorted((order[lo] + 1, order[hi] + 1))
            sys.stdout.write(f"{i} {j}\n")
            return
        if s < target:
            lo += 1
        else:
            hi -= 1
    sys.stdout.write("-1\n")


main()
