# Writes a letter per bit (a for 0, b for 1): right in the end, but the note
# is four times too long, which the judge refuses after the first run.
import sys

kind, n, data = sys.stdin.read().split()
if kind == "encode":
    print(data.replace("0", "a").replace("1", "b"))
else:
    print(data.replace("a", "0").replace("b", "1"))
