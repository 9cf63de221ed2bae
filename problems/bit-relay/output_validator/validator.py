"""Output validator of bit-relay (multi-pass).

Pass 1 (input `encode / n / bits`): the note must be 1..ceil(n/4) lowercase
letters; it becomes the next pass's input (`decode / n / note`) in
nextpass.in.  Pass 2: the output must be the original bits, which the .ans
holds.  Exit 42 accepted, 43 wrong answer, anything else the problem's error.
"""

import os
import re
import sys
from pathlib import Path

input_file, answer_file, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
kind, n_text, data = Path(input_file).read_text().split("\n")[:3]
n = int(n_text)
bits = Path(answer_file).read_text().strip()
got = sys.stdin.read().split()


def reject(message):
    with open(os.path.join(feedback, "judgemessage.txt"), "a") as f:
        f.write(message + "\n")
    sys.exit(43)


if kind == "encode":
    if len(got) != 1:
        reject(f"the note must be one line of lowercase letters, not {len(got)} words")
    note = got[0]
    if not re.fullmatch(r"[a-z]+", note):
        reject(f"the note may hold only lowercase letters: {note[:40]!r}")
    most = (n + 3) // 4
    if len(note) > most:
        reject(f"the note has {len(note)} letters; {n} bits allow at most {most}")
    with open(os.path.join(feedback, "nextpass.in"), "w") as f:
        f.write(f"decode\n{n}\n{note}\n")
    sys.exit(42)
if kind == "decode":
    if got == [bits]:
        sys.exit(42)
    if len(got) != 1:
        reject(f"the bits must be one line, not {len(got)} words")
    if len(got[0]) != n:
        reject(f"the note decoded to {len(got[0])} bits, not {n}")
    first = next(i for i, (a, b) in enumerate(zip(got[0], bits)) if a != b)
    reject(f"the note decoded wrongly: bit {first + 1} is {got[0][first]!r}, not {bits[first]!r}")
print(f"the input starts with {kind!r}, not encode or decode", file=sys.stderr)
sys.exit(1)
