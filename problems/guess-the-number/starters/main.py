import sys


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n  # the numbers still possible
    # TODO: ask "? x" questions (flush each one!) until the judge answers "="
    print("?", (lo + hi) // 2, flush=True)
    reply = sys.stdin.readline().strip()
    if reply == "=":
        return


main()
