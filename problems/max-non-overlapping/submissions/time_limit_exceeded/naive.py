# Naive O(n^2) dynamic programme: sort by right end; best[i] = largest set that
# ends with interval i = 1 + max best[j] over earlier j with r_j < l_i.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    iv = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
    best = [0] * n
    for i in range(n):
        r_i, l_i = iv[i]
        b = 0
        for j in range(i):
            if iv[j][0] < l_i and best[j] > b:
                b = best[j]
        best[i] = b + 1
    sys.stdout.write(str(max(best)) + "\n")


main()
