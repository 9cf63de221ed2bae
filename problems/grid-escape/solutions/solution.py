import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    # Pad the grid with a border of walls so no bounds checks are needed.
    g = b"#" * w + b"".join(b"#" + row + b"#" for row in data[2 : 2 + r]) + b"#" * w
    s = g.index(b"S")
    e = g.index(b"E")
    # seen[p] == 1 for walls and for visited cells.
    seen = bytearray(g.translate(bytes.maketrans(b"#.SE", b"\x01\x00\x00\x00")))
    seen[s] = 1
    frontier = [s]
    dist = 0
    while frontier:
        if seen[e]:
            sys.stdout.write(str(dist) + "\n")
            return
        nxt = []
        push = nxt.append
        for p in frontier:
            for q in (p - 1, p + 1, p - w, p + w):
                if not seen[q]:
                    seen[q] = 1
                    push(q)
        frontier = nxt
        dist += 1
    sys.stdout.write("-1\n")


main()
