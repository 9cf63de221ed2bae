import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    queries = [int(x) for x in data[2 + n:2 + n + q]]
    out = []
    for x in queries:
        answer = -1
        # TODO: 1-based position of the first a_i >= x, or -1
        out.append(answer)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
