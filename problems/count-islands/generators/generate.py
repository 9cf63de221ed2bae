#!/usr/bin/env python3
"""Writes data/sample and data/secret for count-islands; answers come from solutions/solution.py.

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    r, c = map(int, lines[0].split())
    assert lines[0] == f"{r} {c}"
    assert 1 <= r <= 1000 and 1 <= c <= 1000
    assert len(lines) == r + 1
    for row in lines[1:]:
        assert len(row) == c and set(row) <= set("#."), row


def fmt(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join(row) + "\n" for row in grid)


def random_grid(rng, r, c, land):
    return [["#" if rng.random() < land else "." for _ in range(c)] for _ in range(r)]


def checkerboard(r, c):
    return [["#" if (i + j) % 2 == 0 else "." for j in range(c)] for i in range(r)]


def snake(r, c):
    """One single winding island: land rows joined alternately at the right and left end."""
    grid = [["#"] * c for _ in range(r)]
    for i in range(1, r, 2):
        grid[i] = ["."] * c
        grid[i][c - 1 if i % 4 == 1 else 0] = "#"
    return grid


def rings(n):
    """Concentric square rings of land and water: islands inside lakes inside islands."""
    return [["#" if min(i, j, n - 1 - i, n - 1 - j) % 2 == 0 else "." for j in range(n)] for i in range(n)]


SAMPLES = [
    "4 6\n##...#\n#....#\n...#..\n.#....\n",
    "2 3\n...\n...\n",
]


def main():
    out = TestWriter(__file__, validate)
    for i, s in enumerate(SAMPLES, 1):
        out.write("sample", str(i), s)

    rng = random.Random(4242)
    tests = [
        ("01-min-water", "1 1\n.\n"),
        ("02-min-land", "1 1\n#\n"),
        ("03-single-row", "1 12\n#.##.###..##\n"),
        ("04-single-column", fmt([["#"], ["."], ["#"], ["#"], ["."], ["."], ["#"]])),
        ("05-diagonal-touch", fmt(checkerboard(7, 9))),
        ("06-small-random", fmt(random_grid(rng, 15, 20, 0.45))),
        ("07-rings", fmt(rings(301))),
        ("08-medium-all-water", fmt([["."] * 700 for _ in range(300)])),
        ("09-max-all-land", fmt([["#"] * 1000 for _ in range(1000)])),
        ("10-max-checkerboard", fmt(checkerboard(1000, 1000))),
        ("11-max-snake", fmt(snake(1000, 1000))),
        ("12-max-random", fmt(random_grid(rng, 1000, 1000, 0.55))),
    ]
    for name, text in tests:
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
