import sys


def ask(i):
    print("?", i, flush=True)  # flush each question
    return int(sys.stdin.readline())


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n  # the posts that may be the summit
    # TODO: find the summit with at most 40 questions (use ask)
    print("!", lo if lo == hi else 1, flush=True)


main()
