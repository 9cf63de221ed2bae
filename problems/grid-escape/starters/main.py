import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    grid = [row.decode() for row in data[2:2 + r]]  # grid[i][j] is '.', '#', 'S' or 'E'

    # TODO: find S, run a breadth-first search, and print the distance to E (or -1)
    answer = -1

    sys.stdout.write(str(answer) + "\n")


main()
