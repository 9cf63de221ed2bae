import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    # TODO: find positions i < j (1-based) with a[i] + a[j] == target
    sys.stdout.write("-1\n")


main()
