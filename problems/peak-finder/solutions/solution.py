import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while lo < hi:
        m = (lo + hi) // 2
        if ask(m) < ask(m + 1):
            lo = m + 1
        else:
            hi = m
    print("!", lo, flush=True)


main()
