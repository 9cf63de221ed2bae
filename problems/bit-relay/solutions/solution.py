"""Four bits per letter: the groups 0000..1111 are the letters a..p (the last
group padded with zeros); decoding takes each letter's four bits and keeps n."""

import sys


def main():
    kind, n, data = sys.stdin.read().split()
    n = int(n)
    if kind == "encode":
        data += "0" * (-n % 4)
        sys.stdout.write("".join(chr(97 + int(data[i : i + 4], 2)) for i in range(0, n, 4)) + "\n")
    else:
        groups = [format(i, "04b") for i in range(16)]
        sys.stdout.write("".join(groups[ord(c) - 97] for c in data)[:n] + "\n")


main()
