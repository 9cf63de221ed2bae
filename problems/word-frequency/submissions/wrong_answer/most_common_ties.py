# Classic mistake: Counter.most_common breaks ties by FIRST APPEARANCE in the
# text, not alphabetically.
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    k = int(data[1])
    counts = Counter(data[2:2 + n])
    out = [w.decode() + " " + str(c) for w, c in counts.most_common(k)]
    sys.stdout.write("\n".join(out) + "\n")


main()
