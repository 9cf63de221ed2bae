import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]

    res = [-1] * n
    # TODO: res[i] = first a[j] > a[i] with j > i, or -1

    sys.stdout.write(" ".join(map(str, res)) + "\n")


main()
