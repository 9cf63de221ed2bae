# Takes every other house, from the first or from the second, whichever sums
# more: wrong when the best choice skips two in a row (5 1 1 5 -> 10, not 6).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1 : n + 1]))
    sys.stdout.write(f"{max(sum(a[0::2]), sum(a[1::2]))}\n")


main()
