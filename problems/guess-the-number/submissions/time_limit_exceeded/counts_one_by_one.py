# Too slow: finds the middle of the numbers still possible by counting them
# one by one, checking each against every answer so far: about N steps a
# question, far too many when N is 10^9.
import sys

n = int(sys.stdin.readline())
answers = []


def possible(v):
    return all((v < x) if r == "<" else (v > x) for x, r in answers)


while True:
    alive = 0
    for v in range(1, n + 1):
        alive += possible(v)
    seen, x = 0, 1
    for v in range(1, n + 1):
        if possible(v):
            seen += 1
            if 2 * seen >= alive:
                x = v
                break
    print("?", x, flush=True)
    reply = sys.stdin.readline().strip()
    if reply in ("=", ""):
        break
    answers.append((x, reply))
