# Wrong: greedy by value per kilogram. Taking the "best deal" first can leave the
# backpack half empty; e.g. W = 50 with items (10, 60), (20, 100), (30, 120).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
    items.sort(key=lambda it: it[1] / it[0], reverse=True)
    total = 0
    for w, v in items:
        if w <= cap:
            cap -= w
            total += v
    print(total)


main()
