import sys


def main():
    s, t = sys.stdin.read().split()

    # TODO: length of the longest common subsequence of s and t
    #       (hint: a plain O(|s|*|t|) loop is too slow in Python; see the Notes)
    answer = 0

    sys.stdout.write(str(answer) + "\n")


main()
