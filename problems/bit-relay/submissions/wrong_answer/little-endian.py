# Packs each group of four bits lowest bit first but unpacks it highest bit
# first: a note that reads back wrongly, caught in the second run.
import sys

kind, n, data = sys.stdin.read().split()
n = int(n)
if kind == "encode":
    data += "0" * (-n % 4)
    print("".join(chr(97 + int(data[i : i + 4][::-1], 2)) for i in range(0, n, 4)))
else:
    print("".join(format(ord(c) - 97, "04b") for c in data)[:n])
