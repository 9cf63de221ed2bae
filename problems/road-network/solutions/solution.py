import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = data[2::3]
    b = data[3::3]
    w = list(map(int, data[4::3]))
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    # Kruskal: take the roads from cheapest to most expensive, keep those joining two
    # different groups of cities.
    total = 0
    joined = 0
    for i in sorted(range(m), key=w.__getitem__):
        ra, rb = find(int(a[i])), find(int(b[i]))
        if ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            total += w[i]
            joined += 1
            if joined == n - 1:
                break
    sys.stdout.write((str(total) if joined == n - 1 else "IMPOSSIBLE") + "\n")


main()
