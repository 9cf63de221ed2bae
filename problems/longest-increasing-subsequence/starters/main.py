import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))

    # TODO: length of the longest strictly increasing subsequence in O(n log n) (bisect)
    answer = 0

    sys.stdout.write(str(answer) + "\n")


main()
