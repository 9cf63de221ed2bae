# Wrong: looks T - a[i] up among ALL values, including a[i] itself. When
# T = 2 * a[i] and that value occurs only once, it prints "i i".
# Passes the samples, fails hidden tests.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    last = {v: i for i, v in enumerate(a, 1)}  # value -> last position
    for i, v in enumerate(a, 1):
        j = last.get(target - v)
        if j is not None:  # bug: j may be i itself
            sys.stdout.write(f"{min(i, j)} {max(i, j)}\n")
            return
    sys.stdout.write("-1\n")


main()
