import sys


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while True:
        x = (lo + hi) // 2
        print("?", x, flush=True)
        reply = sys.stdin.readline().strip()
        if reply == "=":
            return
        if reply == "<":
            hi = x - 1
        else:
            lo = x + 1


main()
