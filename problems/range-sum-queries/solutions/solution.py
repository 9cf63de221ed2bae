import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    # prefix[i] = a_1 + ... + a_i, prefix[0] = 0
    prefix = [0] * (n + 1)
    s = 0
    for i in range(n):
        s += int(data[2 + i])
        prefix[i + 1] = s
    out = []
    pos = 2 + n
    for _ in range(q):
        l = int(data[pos])
        r = int(data[pos + 1])
        pos += 2
        out.append(prefix[r] - prefix[l - 1])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
