import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # tails[k] = smallest possible last value of a strictly increasing subsequence of
    # length k + 1 among the readings seen so far; it is always strictly increasing.
    tails = []
    for x in map(int, data[1 : n + 1]):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    sys.stdout.write(str(len(tails)) + "\n")


main()
