import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    inversions = 0
    # TODO: count the pairs i < j with a[i] > a[j]
    sys.stdout.write(f"{inversions}\n")


main()
