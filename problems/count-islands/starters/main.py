import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    grid = [row.decode() for row in data[2:2 + r]]  # grid[i][j] is '#' (land) or '.' (water)

    # TODO: count the groups of side-connected '#' cells (use an explicit stack, not recursion)
    islands = 0

    sys.stdout.write(str(islands) + "\n")


main()
