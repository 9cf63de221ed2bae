# Naive O(n^2): the maximum overlap is reached at some meeting's start; for
# every start count the meetings running at that moment.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    meetings = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    best = 0
    for s, _ in meetings:
        running = 0
        for s2, e2 in meetings:
            if s2 <= s < e2:
                running += 1
        best = max(best, running)
    sys.stdout.write(str(best) + "\n")


main()
