# Reads the bits as one big number and takes it apart four bits at a time
# with divmod: every step copies the whole number, so it is quadratic.
import sys

kind, n, data = sys.stdin.read().split()
n = int(n)
if kind == "encode":
    value = int(data + "0" * (-n % 4), 2)
    letters = []
    for _ in range((n + 3) // 4):
        value, low = divmod(value, 16)
        letters.append(chr(97 + low))
    print("".join(reversed(letters)))
else:
    value = 0
    for c in data:
        value = value * 16 + ord(c) - 97
    print(format(value, "b").zfill(len(data) * 4)[:n])
