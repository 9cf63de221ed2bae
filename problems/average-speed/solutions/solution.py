import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    distance = 0
    seconds = 0.0
    i = 1
    for _ in range(n):
        if data[i] == b"ride":
            d, v = int(data[i + 1]), int(data[i + 2])
            distance += d
            seconds += d / v
            i += 3
        else:
            seconds += int(data[i + 1])
            i += 2
    print(f"{distance / seconds:.9f}")


main()
