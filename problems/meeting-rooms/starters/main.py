import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    meetings = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]

    answer = 0
    # TODO: minimum number of rooms for the half-open intervals [s, e)

    print(answer)


main()
