# Classic mistake: one counter per bracket type (never negative, zero at the
# end). It ignores the ORDER of different types, so "([)]" is accepted.
import sys


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    delta = {"(": (0, 1), ")": (0, -1), "[": (1, 1), "]": (1, -1), "{": (2, 1), "}": (2, -1)}
    out = []
    for s in data[1:1 + t]:
        count = [0, 0, 0]
        ok = True
        for c in s:
            kind, d = delta[c]
            count[kind] += d
            if count[kind] < 0:
                ok = False
                break
        out.append("YES" if ok and count == [0, 0, 0] else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
