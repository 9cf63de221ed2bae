# Wrong: the classic union bug parent[a] = find(b). It should link the ROOT of a's
# tree (parent[find(a)] = find(b)); linking a itself cuts a away from its old circle.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    out = []
    for i in range(q):
        op = data[2 + 3 * i]
        a, b = int(data[3 + 3 * i]), int(data[4 + 3 * i])
        if op == b"union":
            rb = find(b)
            if find(a) != rb:
                parent[a] = rb
        else:
            out.append("YES" if find(a) == find(b) else "NO")
    print("\n".join(out))


main()
