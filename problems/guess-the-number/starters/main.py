import sys


def main():
    n = int(sys.stdin.readline())
    # TODO: ask "? x" questions (flush each one!) until the judge answers "="
    print("?", 1, flush=True)
    reply = sys.stdin.readline().strip()


main()
