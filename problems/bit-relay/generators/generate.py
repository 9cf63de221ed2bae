#!/usr/bin/env python3
"""Writes data/ for bit-relay, a multi-pass problem: each input is the first
pass's (`encode / n / bits`), its .ans the bits themselves, which the
validator compares the second pass's output with.  data/sample/1.interaction
is the sample both passes of the reference solution make.

Run from anywhere: python3 generators/generate.py  (deterministic: fixed seed)
"""

import random
import subprocess
import sys
from pathlib import Path

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 10**6
PACKAGE = Path(__file__).resolve().parent.parent


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    kind, n, bits = text.split("\n")[:3]
    assert kind == "encode" and n == str(int(n)) and 1 <= int(n) <= MAX_N
    assert len(bits) == int(n) and set(bits) <= {"0", "1"}
    assert text == f"encode\n{n}\n{bits}\n"


def bits_of(text):
    return text.split("\n")[2] + "\n"


def fmt(bits):
    return f"encode\n{len(bits)}\n{bits}\n"


def run(text):
    solution = PACKAGE / "solutions" / "solution.py"
    return subprocess.run([sys.executable, str(solution)], input=text, capture_output=True, text=True, check=True).stdout


def interaction(text):
    """Both passes of the reference solution, as a .interaction file has them."""
    note = run(text)
    n = text.split("\n")[1]
    back = run(f"decode\n{n}\n{note}")
    first = [f"<{line}" for line in text.splitlines()] + [f">{note.strip()}"]
    second = [f"<{line}" for line in f"decode\n{n}\n{note}".splitlines()] + [f">{back.strip()}"]
    return "\n".join([*first, "---", *second]) + "\n"


def main():
    rng = random.Random(19)
    out = TestWriter(__file__, validate, answer=bits_of)
    sample = fmt("10110001")
    out.write("sample", "1", sample)
    (PACKAGE / "data" / "sample" / "1.interaction").write_text(interaction(sample))
    tests = [
        ("01-one-bit", "1"),
        ("02-leading-zeros", "0000000"),
        ("03-thirteen-ones", "1" * 13),
        ("04-random-small", "".join(rng.choice("01") for _ in range(1001))),
        ("05-alternating", "10" * 250_000 + "1"),
        ("06-random-max", "".join(rng.choice("01") for _ in range(MAX_N))),
    ]
    for name, bits in tests:
        out.write("secret", name, fmt(bits))


if __name__ == "__main__":
    main()
