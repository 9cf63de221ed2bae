import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, x = int(data[0]), int(data[1])
    coins = [int(v) for v in data[2:2 + n]]

    # TODO: count the ways to pay x (order does not matter), modulo MOD
    answer = 0

    sys.stdout.write(str(answer) + "\n")


main()
