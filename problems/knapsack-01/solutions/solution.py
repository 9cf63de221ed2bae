import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    # best[c] = maximum value with total weight at most c, using the items seen so far
    best = [0] * (cap + 1)
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if w > cap:
            continue
        # best[c] = max(best[c], old best[c - w] + v) for all c >= w, computed on whole
        # slices: the right-hand side reads the old values, so every item is used once.
        best[w:] = [a if a > b + v else b + v for a, b in zip(best[w:], best[: cap + 1 - w])]
    sys.stdout.write(str(best[cap]) + "\n")


main()
