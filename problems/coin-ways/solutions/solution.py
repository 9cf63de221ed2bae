import sys
from itertools import accumulate

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, x = int(data[0]), int(data[1])
    coins = [int(v) for v in data[2 : 2 + n]]
    # ways[s] = number of ways to pay s with the coins processed so far.
    # Adding coin c: ways[s] += ways[s - c] for s = c, c + 1, ..., x (in this order, so the
    # coin can be used again). Both loops below do exactly that, on whole slices:
    #  - small c: along each residue class r, r + c, r + 2c, ... it is a running sum;
    #  - large c: block [k*c, (k+1)*c) adds the (already updated) block before it.
    ways = [0] * (x + 1)
    ways[0] = 1
    for c in coins:
        if c > x:
            continue
        if c * c <= x:
            for r in range(c):
                ways[r::c] = [v % MOD for v in accumulate(ways[r::c])]
        else:
            for lo in range(c, x + 1, c):
                hi = min(lo + c, x + 1)
                ways[lo:hi] = [(a + b) % MOD for a, b in zip(ways[lo:hi], ways[lo - c : hi - c])]
    sys.stdout.write(str(ways[x]) + "\n")


main()
