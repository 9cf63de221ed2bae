import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]

    answer = 0
    # TODO: length of the shortest contiguous subarray with sum >= s (0 if none)

    print(answer)


main()
