import sys


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for s in data[1:1 + t]:
        balanced = False
        # TODO: decide whether s is balanced
        out.append("YES" if balanced else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
