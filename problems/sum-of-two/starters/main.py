import sys


def main():
    data = sys.stdin.buffer.read().split()
    a = int(data[0])
    b = int(data[1])

    answer = 0
    # TODO: compute the sum of a and b

    print(answer)


main()
