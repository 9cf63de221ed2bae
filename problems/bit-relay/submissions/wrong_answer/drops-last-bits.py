# Forgets the last group when n is not a multiple of 4: those bits are lost,
# and the second run can't write them back.
import sys

kind, n, data = sys.stdin.read().split()
n = int(n)
if kind == "encode":
    print("".join(chr(97 + int(data[i : i + 4], 2)) for i in range(0, n - 3, 4)) or "a")
else:
    bits = "".join(format(ord(c) - 97, "04b") for c in data)
    print((bits + "0" * n)[:n])
