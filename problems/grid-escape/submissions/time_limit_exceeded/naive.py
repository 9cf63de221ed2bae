# Naive: "relax until nothing changes" (Bellman-Ford on the grid).
# Every sweep lowers a cell's distance from a neighbour's; it needs up to
# (path length) sweeps over the whole grid: O((R*C)^2) in the worst case.
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = data[2:2 + r]
    INF = float("inf")
    dist = [[INF] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if grid[i][j] == "S":
                dist[i][j] = 0
            if grid[i][j] == "E":
                ei, ej = i, j
    changed = True
    while changed:
        changed = False
        for i in range(r):
            for j in range(c):
                if grid[i][j] == "#":
                    continue
                best = dist[i][j]
                for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= ni < r and 0 <= nj < c and dist[ni][nj] + 1 < best:
                        best = dist[ni][nj] + 1
                if best < dist[i][j]:
                    dist[i][j] = best
                    changed = True
    print(-1 if dist[ei][ej] == INF else dist[ei][ej])


main()
