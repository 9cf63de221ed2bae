# Too slow, in its way: the questions are printed without a flush. Standard
# output to a pipe is buffered, so the question never leaves the program,
# the judge waits for it, the program waits for the answer, and the wall
# clock runs out.
import sys


def ask(i):
    print("?", i)  # bug: no flush=True
    return int(sys.stdin.readline())


n = int(sys.stdin.readline())
lo, hi = 1, n
while lo < hi:
    m = (lo + hi) // 2
    if ask(m) < ask(m + 1):
        lo = m + 1
    else:
        hi = m
print("!", lo, flush=True)
