import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]  # adj[a] = list of (b, w)
    for i in range(m):
        a, b, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[a].append((b, w))

    # TODO: Dijkstra's algorithm from town 1 (heapq); -1 for unreachable towns
    dist = [-1] * (n + 1)

    sys.stdout.write(" ".join(map(str, dist[1:])) + "\n")


main()
