#!/usr/bin/env python3
"""Writes data/sample and data/secret for grid-escape; answers come from solutions/solution.py.

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .


def validate(text):
    lines = text.split("\n")
    assert lines[-1] == "" and "\r" not in text
    lines = lines[:-1]
    r, c = map(int, lines[0].split())
    assert lines[0] == f"{r} {c}"
    assert 1 <= r <= 1000 and 1 <= c <= 1000 and r * c >= 2
    assert len(lines) == r + 1
    for row in lines[1:]:
        assert len(row) == c and set(row) <= set(".#SE"), row
    body = "".join(lines[1:])
    assert body.count("S") == 1 and body.count("E") == 1


def fmt(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join(row) + "\n" for row in grid)


def place(grid, s, e):
    grid[s[0]][s[1]] = "S"
    grid[e[0]][e[1]] = "E"
    return grid


def random_grid(rng, r, c, wall):
    return [["#" if rng.random() < wall else "." for _ in range(c)] for _ in range(r)]


def snake(r, c):
    """Corridors on even rows, joined alternately at the right and the left end."""
    grid = [["." for _ in range(c)] for _ in range(r)]
    for i in range(1, r, 2):
        grid[i] = ["#"] * c
        grid[i][c - 1 if i % 4 == 1 else 0] = "."
    return grid


def maze(rng, r, c):
    """Perfect maze (randomised iterative DFS) on the cells with odd/even coordinates."""
    grid = [["#"] * c for _ in range(r)]
    cells_r, cells_c = (r + 1) // 2, (c + 1) // 2
    seen = [[False] * cells_c for _ in range(cells_r)]
    stack = [(0, 0)]
    seen[0][0] = True
    grid[0][0] = "."
    while stack:
        i, j = stack[-1]
        nbrs = [
            (i + di, j + dj)
            for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1))
            if 0 <= i + di < cells_r and 0 <= j + dj < cells_c and not seen[i + di][j + dj]
        ]
        if not nbrs:
            stack.pop()
            continue
        ni, nj = rng.choice(nbrs)
        seen[ni][nj] = True
        grid[2 * ni][2 * nj] = "."
        grid[i + ni][j + nj] = "."
        stack.append((ni, nj))
    return grid


SAMPLES = [
    "4 5\nS.#..\n.##.#\n...#E\n.#...\n",
    "3 3\nS#.\n##.\n..E\n",
]


def main():
    out = TestWriter(__file__, validate)
    for i, s in enumerate(SAMPLES, 1):
        out.write("sample", str(i), s)

    rng = random.Random(20240611)
    tests = []
    tests.append(("01-min-adjacent", "1 2\nSE\n"))
    tests.append(("02-min-vertical", "2 1\nE\nS\n"))
    tests.append(("03-one-row-blocked", "1 7\nS..#..E\n"))
    tests.append(("04-one-column", fmt(place([["."] for _ in range(9)], (8, 0), (0, 0)))))
    g = [list(".........."), list("...####..."), list("...#E.#..."), list("...####..."), list("S.........")]
    g[2][5] = "."
    g[3][5] = "#"
    tests.append(("05-exit-walled-in", fmt(g)))
    g = random_grid(rng, 12, 17, 0.3)
    tests.append(("06-small-random", fmt(place(g, (0, 0), (11, 16)))))
    g = maze(rng, 41, 67)
    tests.append(("07-medium-maze", fmt(place(g, (40, 0), (0, 66)))))
    g = [["."] * 1000 for _ in range(1000)]
    tests.append(("08-max-open", fmt(place(g, (0, 0), (999, 999)))))
    g = snake(1000, 1000)
    tests.append(("09-max-snake", fmt(place(g, (0, 0), (998, 0)))))
    g = maze(rng, 1000, 1000)
    tests.append(("10-max-maze", fmt(place(g, (0, 0), (998, 998)))))
    g = random_grid(rng, 1000, 1000, 0.3)
    tests.append(("11-max-random", fmt(place(g, (0, 0), (999, 999)))))
    g = random_grid(rng, 600, 600, 0.25)
    for i in range(600):
        g[i][300] = "#"
    tests.append(("12-large-split", fmt(place(g, (599, 0), (0, 599)))))
    for name, text in tests:
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
