import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left = int(data[1])
    right = int(data[2])
    # For every end position j, a comfortable period [i, j] needs:
    #   no value > right inside it        -> i > last_big
    #   some value in [left, right] in it -> i <= last_ok
    last_big = -1
    last_ok = -1
    total = 0
    for j in range(n):
        v = int(data[3 + j])
        if v > right:
            last_big = j
        elif v >= left:
            last_ok = j
        if last_ok > last_big:
            total += last_ok - last_big
    sys.stdout.write(str(total) + "\n")


main()
