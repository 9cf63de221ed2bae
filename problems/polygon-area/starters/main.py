import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    points = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    area = 0.0
    # TODO: compute the area of the polygon
    sys.stdout.write(f"{area:.6f}\n")


main()
