import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]  # adj[a] = courses that need course a first
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[a].append(b)

    # TODO: topological sort that always takes the smallest available course (heapq),
    #       or print IMPOSSIBLE when not every course can be taken
    order = list(range(1, n + 1))

    sys.stdout.write(" ".join(map(str, order)) + "\n")


main()
