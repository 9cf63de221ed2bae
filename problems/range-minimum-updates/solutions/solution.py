# Range Minimum with Updates -- reference solution: iterative (bottom-up)
# segment tree, O(log n) per operation.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    size = 1
    while size < n:
        size *= 2
    INF = 1 << 62
    tree = [INF] * (2 * size)
    tree[size : size + n] = map(int, data[2 : 2 + n])
    for i in range(size - 1, 0, -1):
        left, right = tree[2 * i], tree[2 * i + 1]
        tree[i] = left if left < right else right
    out = []
    pos = 2 + n
    for _ in range(q):
        kind, a, b = data[pos], int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if kind == b"1":  # a[a] = b
            i = a - 1 + size
            tree[i] = b
            i >>= 1
            while i:
                left, right = tree[2 * i], tree[2 * i + 1]
                m = left if left < right else right
                if tree[i] == m:
                    break  # nothing above changes either
                tree[i] = m
                i >>= 1
        else:  # min of a[a..b]
            lo, hi = a - 1 + size, b + size  # half-open [lo, hi)
            res = INF
            while lo < hi:
                if lo & 1:
                    if tree[lo] < res:
                        res = tree[lo]
                    lo += 1
                if hi & 1:
                    hi -= 1
                    if tree[hi] < res:
                        res = tree[hi]
                lo >>= 1
                hi >>= 1
            out.append(res)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
