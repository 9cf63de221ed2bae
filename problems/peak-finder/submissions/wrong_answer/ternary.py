# Wrong: ternary search. Two questions cut only a third of the posts away, so
# on 10^5 posts it needs about 56 questions, more than the 40 allowed.
# Passes the samples, fails hidden tests.
import sys


def ask(i):
    print("?", i, flush=True)
    return int(sys.stdin.readline())


n = int(sys.stdin.readline())
lo, hi = 1, n
while hi - lo > 2:
    a = lo + (hi - lo) // 3
    b = hi - (hi - lo) // 3
    if ask(a) < ask(b):
        lo = a + 1
    else:
        hi = b - 1 if b - 1 >= a else a
best = max(range(lo, hi + 1), key=ask)
print("!", best, flush=True)
