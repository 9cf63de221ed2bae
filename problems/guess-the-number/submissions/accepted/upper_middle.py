# Accepted: asks about the upper middle of lo … hi, which halves the range just as well.
import sys

n = int(sys.stdin.readline())
lo, hi = 1, n
while True:
    x = (lo + hi + 1) // 2
    print("?", x, flush=True)
    reply = sys.stdin.readline().strip()
    if reply == "=":
        break
    lo, hi = (lo, x - 1) if reply == "<" else (x + 1, hi)
