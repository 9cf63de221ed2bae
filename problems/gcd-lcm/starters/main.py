import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        g, l = 1, 1
        # TODO: compute g = gcd(a, b) and l = lcm(a, b)
        out.append(f"{g} {l}")
    sys.stdout.write("\n".join(out) + "\n")


main()
