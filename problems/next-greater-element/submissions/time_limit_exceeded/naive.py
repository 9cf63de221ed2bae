# Naive O(n^2): from every position scan to the right for a taller element.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    res = []
    for i in range(n):
        ans = -1
        for j in range(i + 1, n):
            if a[j] > a[i]:
                ans = a[j]
                break
        res.append(ans)
    sys.stdout.write(" ".join(map(str, res)) + "\n")


main()
