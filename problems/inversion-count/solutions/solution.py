# Inversion Count -- reference solution: Fenwick tree over value ranks,
# O(n log n). Scanning left to right, each element forms an inversion with
# every earlier element of strictly larger rank.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1 : 1 + n]))
    values = sorted(set(a))
    rank = {v: i + 1 for i, v in enumerate(values)}  # equal values share a rank
    k = len(values)
    tree = [0] * (k + 1)
    inversions = 0
    for seen, v in enumerate(a):
        r = rank[v]
        at_most = 0  # earlier elements with rank <= r
        j = r
        while j:
            at_most += tree[j]
            j &= j - 1
        inversions += seen - at_most
        j = r
        while j <= k:
            tree[j] += 1
            j += j & -j
    sys.stdout.write(f"{inversions}\n")


main()
