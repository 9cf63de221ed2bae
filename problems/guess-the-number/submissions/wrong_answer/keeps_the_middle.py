# Wrong: after `>` it keeps x in the range (lo = x, not x + 1). When the secret
# is the top of a range of two it asks the same number forever and runs out of
# questions. Passes the samples, fails hidden tests.
import sys

n = int(sys.stdin.readline())
lo, hi = 1, n
while True:
    x = (lo + hi) // 2
    print("?", x, flush=True)
    reply = sys.stdin.readline().strip()
    if reply in ("=", ""):
        break
    if reply == "<":
        hi = x - 1
    else:
        lo = x  # bug: x is already known to be too small
