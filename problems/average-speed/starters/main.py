import sys


def main():
    lines = sys.stdin.read().splitlines()
    n = int(lines[0])
    for line in lines[1 : n + 1]:
        parts = line.split()
        # TODO: a ride is ["ride", d, v], a rest is ["rest", s]
    average = 0.0
    print(f"{average:.9f}")


main()
