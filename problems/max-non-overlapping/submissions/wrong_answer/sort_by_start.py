# Classic wrong greedy: attend the concert that STARTS first. One long early
# concert then blocks many short ones.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    iv = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
    count = 0
    last_end = -1
    for l, r in iv:
        if l > last_end:
            count += 1
            last_end = r
    sys.stdout.write(str(count) + "\n")


main()
