import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    pos = 2 + n
    out = []
    for _ in range(q):
        l, r = int(data[pos]), int(data[pos + 1])
        pos += 2
        answer = 0
        # TODO: answer = a_l + ... + a_r (1-based), fast enough for 10^5 questions
        out.append(answer)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
