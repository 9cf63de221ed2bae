# Wrong: bisect_right instead of bisect_left computes the longest NON-DECREASING
# subsequence, so equal readings are counted more than once (e.g. "2 2" gives 2).
import sys
from bisect import bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tails = []
    for x in map(int, data[1:n + 1]):
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    print(len(tails))


main()
