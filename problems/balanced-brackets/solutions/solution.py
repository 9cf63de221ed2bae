import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    opening = {40: 0, 91: 1, 123: 2}  # ( [ {
    closing = {41: 0, 93: 1, 125: 2}  # ) ] }
    out = []
    for s in data[1 : 1 + t]:
        stack = []
        ok = True
        for c in s:  # iterating bytes gives ints
            kind = opening.get(c)
            if kind is not None:
                stack.append(kind)
            elif not stack or stack.pop() != closing[c]:
                ok = False
                break
        out.append("YES" if ok and not stack else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
