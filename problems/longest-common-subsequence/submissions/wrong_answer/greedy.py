# Wrong: greedy matching. Each letter of t is matched with its first occurrence in s
# after the previous match. An early match can block a longer common subsequence,
# e.g. s = "abc", t = "cab": greedy matches "c" only, but "ab" has length 2.
import sys


def main():
    s, t = sys.stdin.read().split()
    pos, count = 0, 0
    for c in t:
        k = s.find(c, pos)
        if k >= 0:
            count += 1
            pos = k + 1
    print(count)


main()
