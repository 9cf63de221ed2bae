import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    pos = 2 + n
    for _ in range(q):
        kind, u, v = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if kind == 1:
            pass  # TODO: set a[u] = v (u is 1-based)
        else:
            answer = 0
            # TODO: minimum of a[u..v] (1-based, inclusive)
            out.append(str(answer))
    sys.stdout.write("\n".join(out) + "\n")


main()
