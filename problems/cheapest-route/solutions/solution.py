import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a = int(data[2 + 3 * i])
        b = int(data[3 + 3 * i])
        w = int(data[4 + 3 * i])
        adj[a].append((b, w))
    dist = [-1] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    done = [False] * (n + 1)
    while heap:
        d, u = heappop(heap)
        if done[u]:
            continue
        done[u] = True
        for v, w in adj[u]:
            nd = d + w
            if dist[v] < 0 or nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    sys.stdout.write(" ".join(map(str, dist[1:])) + "\n")


main()
