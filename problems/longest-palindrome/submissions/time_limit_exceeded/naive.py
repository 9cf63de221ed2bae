# Naive: grow a palindrome outwards from each of the 2n-1 centres.
# Correct, but O(n^2) on strings like "aaaa...a" or "abab...ab".
import sys


def main():
    s = sys.stdin.buffer.read().split()[0]
    n = len(s)
    best_len, best_start = 0, 0
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2  # odd centres: lo == hi; even: between lo and hi
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        length = hi - lo - 1
        start = lo + 1
        if length > best_len or (length == best_len and start < best_start):
            best_len, best_start = length, start
    sys.stdout.write(f"{best_len}\n{s[best_start:best_start + best_len].decode()}\n")


main()
