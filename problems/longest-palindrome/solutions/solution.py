# Longest Palindrome -- reference solution (Manacher's algorithm), O(n).
import sys


def main():
    s = sys.stdin.buffer.read().split()[0]
    n = len(s)
    # Interleave separators: t = # s0 # s1 # ... # s(n-1) #  (separator = 0).
    # A palindrome of t centred at i with radius k is a palindrome of s of
    # length k, starting at (i - k) // 2; both odd and even lengths are covered.
    m = 2 * n + 1
    t = [0] * m
    t[1::2] = s
    rad = [0] * m
    c = r = 0  # the palindrome reaching furthest right: centre c, right end r
    best_len, best_center = 0, 0
    for i in range(m):
        k = 0
        if i < r:
            k = rad[2 * c - i]
            if k > r - i:
                k = r - i
        a, b = i - k - 1, i + k + 1
        while a >= 0 and b < m and t[a] == t[b]:
            a -= 1
            b += 1
            k += 1
        rad[i] = k
        if i + k > r:
            c, r = i, i + k
        if k > best_len:  # strict: the first centre wins, i.e. the leftmost start
            best_len, best_center = k, i
    start = (best_center - best_len) // 2
    sys.stdout.write(f"{best_len}\n{s[start : start + best_len].decode()}\n")


main()
