import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left, right = int(data[1]), int(data[2])
    a = [int(x) for x in data[3:3 + n]]

    answer = 0
    # TODO: count the contiguous subarrays of a whose maximum lies in [left, right]

    print(answer)


main()
