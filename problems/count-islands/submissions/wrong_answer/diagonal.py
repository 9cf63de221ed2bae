# Wrong: treats cells that touch only at a corner as connected (8 directions).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    g = bytearray(b"." * w + b"".join(b"." + row + b"." for row in data[2:2 + r]) + b"." * w)
    islands = 0
    for s in range(len(g)):
        if g[s] != ord("#"):
            continue
        islands += 1
        g[s] = ord(".")
        stack = [s]
        while stack:
            p = stack.pop()
            for q in (p - 1, p + 1, p - w, p + w, p - w - 1, p - w + 1, p + w - 1, p + w + 1):
                if g[q] == ord("#"):
                    g[q] = ord(".")
                    stack.append(q)
    print(islands)


main()
