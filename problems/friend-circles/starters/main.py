import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    out = []
    for i in range(q):
        op = data[2 + 3 * i].decode()  # "union" or "same"
        a, b = int(data[3 + 3 * i]), int(data[4 + 3 * i])
        if op == "union":
            pass  # TODO: merge the circles of a and b (union-find)
        else:
            out.append("NO")  # TODO: YES if a and b are in the same circle
    sys.stdout.write("\n".join(out) + "\n")


main()
