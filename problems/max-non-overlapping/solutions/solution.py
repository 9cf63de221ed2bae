import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ls = data[1 : 1 + 2 * n : 2]
    rs = data[2 : 2 + 2 * n : 2]
    intervals = sorted(zip(map(int, rs), map(int, ls)))  # by right end
    # Greedy: always take the interval that ends first among those that do
    # not touch the last one taken (closed intervals: need l > last_end).
    count = 0
    last_end = -1
    for r, l in intervals:
        if l > last_end:
            count += 1
            last_end = r
    sys.stdout.write(str(count) + "\n")


main()
