# Classic mistake: pops only strictly smaller heights (< instead of <=), so an
# EQUAL height to the right is reported as the "next greater" one.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    res = [-1] * n
    stack = []
    for i in range(n - 1, -1, -1):
        v = a[i]
        while stack and stack[-1] < v:
            stack.pop()
        if stack:
            res[i] = stack[-1]
        stack.append(v)
    sys.stdout.write(" ".join(map(str, res)) + "\n")


main()
