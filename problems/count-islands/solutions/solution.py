import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    # Water border around the grid: no bounds checks. Visited land is turned into water.
    g = bytearray(b"." * w + b"".join(b"." + row + b"." for row in data[2 : 2 + r]) + b"." * w)
    land = ord("#")
    water = ord(".")
    islands = 0
    pos = g.find(b"#")
    while pos != -1:
        islands += 1
        g[pos] = water
        stack = [pos]
        pop = stack.pop
        push = stack.append
        while stack:
            p = pop()
            for q in (p - 1, p + 1, p - w, p + w):
                if g[q] == land:
                    g[q] = water
                    push(q)
        pos = g.find(b"#", pos + 1)
    sys.stdout.write(str(islands) + "\n")


main()
