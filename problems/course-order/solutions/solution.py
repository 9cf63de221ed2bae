import sys
from heapq import heapify, heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[a].append(b)
        indeg[b] += 1
    # Kahn's algorithm, always taking the smallest available course.
    heap = [v for v in range(1, n + 1) if indeg[v] == 0]
    heapify(heap)
    order = []
    while heap:
        u = heappop(heap)
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heappush(heap, v)
    if len(order) < n:
        sys.stdout.write("IMPOSSIBLE\n")
    else:
        sys.stdout.write(" ".join(map(str, order)) + "\n")


main()
