# Naive: at every step scan all courses for the smallest one that is not taken yet
# and has no untaken prerequisites. O(n^2 + m).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[a].append(b)
        indeg[b] += 1
    taken = [False] * (n + 1)
    order = []
    for _ in range(n):
        u = -1
        for v in range(1, n + 1):
            if not taken[v] and indeg[v] == 0:
                u = v
                break
        if u < 0:
            print("IMPOSSIBLE")
            return
        taken[u] = True
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
    print(" ".join(map(str, order)))


main()
