# Crashes: a recursive flood fill. A long winding island needs a recursion depth of
# hundreds of thousands, far beyond Python's default limit of 1000 (RecursionError).
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = [list(row) for row in data[2:2 + r]]

    def fill(i, j):
        if i < 0 or i >= r or j < 0 or j >= c or grid[i][j] != "#":
            return
        grid[i][j] = "."
        fill(i - 1, j)
        fill(i + 1, j)
        fill(i, j - 1)
        fill(i, j + 1)

    islands = 0
    for i in range(r):
        for j in range(c):
            if grid[i][j] == "#":
                islands += 1
                fill(i, j)
    print(islands)


main()
