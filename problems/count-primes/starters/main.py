import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    queries = list(map(int, data[1:1 + q]))
    out = []
    for n in queries:
        count = 0
        # TODO: count the primes p <= n
        out.append(str(count))
    sys.stdout.write("\n".join(out) + "\n")


main()
