# Naive: Kruskal, but every city stores the id of its group and joining two groups
# re-labels the whole array: O(n) per joined road, O(n^2) in total.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    roads = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    group = list(range(n + 1))
    total = joined = 0
    for w, a, b in roads:
        ga, gb = group[a], group[b]
        if ga != gb:
            for k in range(1, n + 1):
                if group[k] == gb:
                    group[k] = ga
            total += w
            joined += 1
    print(total if joined == n - 1 else "IMPOSSIBLE")


main()
