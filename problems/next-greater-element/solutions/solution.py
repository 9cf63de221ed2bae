import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1 : 1 + n]))
    res = [-1] * n
    # Walk from the right keeping a stack of heights that can still be the
    # answer for something further left; it is strictly decreasing from the
    # bottom to the top.
    stack = []
    for i in range(n - 1, -1, -1):
        v = a[i]
        while stack and stack[-1] <= v:
            stack.pop()
        if stack:
            res[i] = stack[-1]
        stack.append(v)
    sys.stdout.write(" ".join(map(str, res)) + "\n")


main()
