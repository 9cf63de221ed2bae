import sys


def ask(i):
    print("?", i, flush=True)  # flush each question
    return int(sys.stdin.readline())


def main():
    n = int(sys.stdin.readline())
    # TODO: find the summit with at most 40 questions
    print("!", 1, flush=True)


main()
