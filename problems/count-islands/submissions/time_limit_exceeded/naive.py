# Naive: label propagation. Every land cell starts with its own label and repeatedly
# takes the smallest label among its land neighbours until nothing changes. Correct,
# but it needs as many sweeps over the grid as the longest island is long.
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = data[2:2 + r]
    label = [[i * c + j if grid[i][j] == "#" else -1 for j in range(c)] for i in range(r)]
    changed = True
    while changed:
        changed = False
        for i in range(r):
            for j in range(c):
                if label[i][j] < 0:
                    continue
                best = label[i][j]
                for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= ni < r and 0 <= nj < c and 0 <= label[ni][nj] < best:
                        best = label[ni][nj]
                if best < label[i][j]:
                    label[i][j] = best
                    changed = True
    print(sum(1 for i in range(r) for j in range(c) if label[i][j] == i * c + j))


main()
