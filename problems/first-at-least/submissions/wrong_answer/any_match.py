# Classic mistake: the textbook "find x" binary search stops at the first
# match it meets, which is not necessarily the FIRST copy of x when the array
# has equal elements. (When x is absent, lo ends at the right position.)
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    for tok in data[2 + n:2 + n + q]:
        x = int(tok)
        lo, hi = 0, n - 1
        found = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if a[mid] == x:
                found = mid
                break
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid - 1
        i = found if found != -1 else lo
        out.append(i + 1 if i < n else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
