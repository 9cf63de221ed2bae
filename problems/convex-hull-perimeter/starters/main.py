import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    points = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    perimeter = 0.0
    # TODO: compute the perimeter of the convex hull of the points
    sys.stdout.write(f"{perimeter:.6f}\n")


main()
