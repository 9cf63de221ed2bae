import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    k = int(data[1])
    counts = Counter(data[2 : 2 + n])
    # Count descending, then the word itself ascending (bytes compare like
    # the lowercase ASCII strings they are).
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    out = [w.decode() + " " + str(c) for w, c in ranked[:k]]
    sys.stdout.write("\n".join(out) + "\n")


main()
