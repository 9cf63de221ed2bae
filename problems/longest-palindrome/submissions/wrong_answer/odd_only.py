# Wrong: only looks for odd-length palindromes (centred on a letter), so it
# misses "abba"-like answers. Passes the samples, fails hidden tests.
import sys


def main():
    s = sys.stdin.buffer.read().split()[0]
    n = len(s)
    best_len, best_start = 0, 0
    for c in range(n):
        k = 0
        while c - k - 1 >= 0 and c + k + 1 < n and s[c - k - 1] == s[c + k + 1]:
            k += 1
        if 2 * k + 1 > best_len:
            best_len, best_start = 2 * k + 1, c - k
    sys.stdout.write(f"{best_len}\n{s[best_start:best_start + best_len].decode()}\n")


main()
