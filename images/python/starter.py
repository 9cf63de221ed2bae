import sys


def main():
    data = sys.stdin.read().split()


main()
