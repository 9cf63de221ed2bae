# Naive O(n*d): count every different word by scanning the whole text again.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    k = int(data[1])
    words = data[2:2 + n]
    seen = set()
    ranked = []
    for w in words:
        if w not in seen:
            seen.add(w)
            c = 0
            for x in words:
                if x == w:
                    c += 1
            ranked.append((-c, w))
    ranked.sort()
    out = [w.decode() + " " + str(-c) for c, w in ranked[:k]]
    sys.stdout.write("\n".join(out) + "\n")


main()
