import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s_target = int(data[1])
    a = list(map(int, data[2 : 2 + n]))
    # Sliding window [left, right]: extend right; while the window already
    # reaches the target, record it and drop elements from the left.
    best = n + 1
    window = 0
    left = 0
    for right in range(n):
        window += a[right]
        while window >= s_target:
            if right - left + 1 < best:
                best = right - left + 1
            window -= a[left]
            left += 1
    sys.stdout.write(str(best if best <= n else 0) + "\n")


main()
