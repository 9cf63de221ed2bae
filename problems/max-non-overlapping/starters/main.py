import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    intervals = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]

    answer = 0
    # TODO: maximum number of pairwise non-overlapping closed intervals

    print(answer)


main()
