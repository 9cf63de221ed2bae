import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = data[0].decode()
    p = data[1].decode()
    count = 0
    # TODO: count the (possibly overlapping) occurrences of p in t
    sys.stdout.write(f"{count}\n")


main()
