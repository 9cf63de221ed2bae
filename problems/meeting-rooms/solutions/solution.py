import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = sorted(map(int, data[1 : 1 + 2 * n : 2]))
    ends = sorted(map(int, data[2 : 2 + 2 * n : 2]))
    # Sweep the starts in time order; j counts the meetings that have ended by
    # then (end <= start: a room freed at t can be reused at t).
    best = 0
    j = 0
    for i in range(n):
        s = starts[i]
        while ends[j] <= s:
            j += 1
        if i + 1 - j > best:
            best = i + 1 - j
    sys.stdout.write(str(best) + "\n")


main()
