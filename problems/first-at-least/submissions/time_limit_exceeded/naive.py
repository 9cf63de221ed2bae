# Naive O(n*q): scan from the left for every question.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    for tok in data[2 + n:2 + n + q]:
        x = int(tok)
        ans = -1
        for i in range(n):
            if a[i] >= x:
                ans = i + 1
                break
        out.append(ans)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
