import sys


def main():
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    words = data[2:2 + n]

    result = []  # list of (word, count) pairs, in the required order
    # TODO: the k most frequent words; equal counts in alphabetical order

    sys.stdout.write("".join("%s %d\n" % (w, c) for w, c in result[:k]))


main()
