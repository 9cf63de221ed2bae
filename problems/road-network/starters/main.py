import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    roads = []  # (w, a, b)
    for i in range(m):
        a, b, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        roads.append((w, a, b))

    # TODO: Kruskal's algorithm with union-find; print IMPOSSIBLE if not all cities connect
    answer = 0

    sys.stdout.write(str(answer) + "\n")


main()
