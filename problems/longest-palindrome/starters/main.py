import sys


def main():
    s = sys.stdin.buffer.read().split()[0].decode()
    best = s[0]
    # TODO: find the leftmost longest palindromic substring of s
    sys.stdout.write(f"{len(best)}\n{best}\n")


main()
