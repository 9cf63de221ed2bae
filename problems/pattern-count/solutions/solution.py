# Pattern Count -- reference solution (Knuth-Morris-Pratt), O(|t| + |p|).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t, p = data[0], data[1]  # bytes objects: indexing gives small ints
    n, m = len(t), len(p)
    if m > n:
        sys.stdout.write("0\n")
        return
    # pi[i] = length of the longest proper border of p[0..i]
    pi = [0] * m
    k = 0
    for i in range(1, m):
        c = p[i]
        while k and p[k] != c:
            k = pi[k - 1]
        if p[k] == c:
            k += 1
        pi[i] = k
    count = 0
    k = 0  # length of the current match of p ending at the scanned letter
    for c in t:
        while k and p[k] != c:
            k = pi[k - 1]
        if p[k] == c:
            k += 1
            if k == m:
                count += 1
                k = pi[k - 1]  # keep going: occurrences may overlap
    sys.stdout.write(f"{count}\n")


main()
