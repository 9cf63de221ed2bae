# Wrong: forgets the absolute value, so a clockwise polygon gets a negative
# area. The samples are counterclockwise; hidden tests are not.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = list(map(int, data[1:2 * n + 1:2]))
    ys = list(map(int, data[2:2 * n + 2:2]))
    s = 0
    for i in range(n):
        j = (i + 1) % n
        s += xs[i] * ys[j] - xs[j] * ys[i]
    sys.stdout.write(f"{s / 2:.6f}\n")  # bug: should be abs(s) / 2


main()
