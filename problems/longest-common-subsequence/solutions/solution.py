import sys


def main():
    data = sys.stdin.buffer.read().split()
    s, t = data[0], data[1]
    n = len(s)
    # Bit-parallel LCS (Allison-Dix / Hyyro): bit i of a mask refers to position i of s.
    # match[c] has bit i set where s[i] == c. V encodes one row of the usual DP table:
    # the zero bits of V mark the positions where the row value increases by one.
    rev = s[::-1]
    match = {}
    for c in set(s):
        match[c] = int(bytes(49 if ch == c else 48 for ch in rev), 2)  # 49 = '1', 48 = '0'
    full = (1 << n) - 1
    v = full
    for c in t:
        m = match.get(c)
        if m is None:
            continue
        u = v & m
        v = ((v + u) | (v - u)) & full
    sys.stdout.write(str(n - bin(v).count("1")) + "\n")


main()
