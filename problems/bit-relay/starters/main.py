import sys

kind, n, data = sys.stdin.read().split()
n = int(n)
if kind == "encode":
    note = "a"  # TODO: pack the n bits of `data` into at most ceil(n/4) letters
    print(note)
else:
    bits = "0" * n  # TODO: unpack the note in `data` back into the n bits
    print(bits)
