import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1 : n + 1]]

    # TODO: the largest sum of a non-empty run of consecutive numbers of a
    answer = 0

    sys.stdout.write(str(answer) + "\n")


main()
