import sys


def main():
    data = sys.stdin.buffer.read().split()
    a = int(data[0])
    b = int(data[1])
    sys.stdout.write(str(a + b) + "\n")


main()
