# Any Pair Sum -- reference solution: one pass with a hash map from each value
# to the first position where it occurs. Prints the pair with the smallest j
# (and, for that j, the smallest i).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    first = {}
    for j, v in enumerate(map(int, data[2 : 2 + n]), 1):
        i = first.get(target - v)
        if i is not None:
            sys.stdout.write(f"{i} {j}\n")
            return
        if v not in first:
            first[v] = j
    sys.stdout.write("-1\n")


main()
