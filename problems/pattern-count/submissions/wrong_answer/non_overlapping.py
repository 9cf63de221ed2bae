# Wrong: str.count / bytes.count counts NON-overlapping occurrences only,
# so "aaaa" / "aa" gives 2 instead of 3. Passes the samples, fails hidden tests.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t, p = data[0], data[1]
    sys.stdout.write(f"{t.count(p)}\n")


main()
