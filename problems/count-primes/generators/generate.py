#!/usr/bin/env python3
"""Deterministic test generator for count-primes.

Run from the package folder:  python3 generators/generate.py
Rewrites data/sample/*.in and data/secret/*.in, asserts the constraints on every
input, and computes every .ans with the reference solutions/solution.py.
"""
import glob
import os
import random
import subprocess
import sys

PKG = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_Q = 10 ** 5
MAX_N = 5 * 10 ** 6


def validate(text):
    """Assert that `text` is a valid input for this problem."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    q = int(lines[0])
    assert str(q) == lines[0] and 1 <= q <= MAX_Q
    assert len(lines) == q + 1, "expected q question lines"
    for line in lines[1:]:
        n = int(line)
        assert str(n) == line, f"bad number {line!r}"
        assert 1 <= n <= MAX_N


SAMPLES = [
    "3\n10\n1\n100\n",
    "1\n30\n",
]


def primes_up_to(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
        i += 1
    return [i for i in range(limit + 1) if flags[i]]


def secret_tests():
    rnd = random.Random(20240503)
    primes = primes_up_to(MAX_N)
    tests = []

    def add(name, ns):
        tests.append((name, f"{len(ns)}\n" + "".join(f"{n}\n" for n in ns)))

    add("01-n-1", [1])
    add("02-n-2", [2])
    add("03-all-up-to-100", list(range(1, 101)))
    picked = [primes[i] for i in sorted(rnd.sample(range(len(primes)), 300))]
    ns = []
    for p in picked + [primes[-1]]:
        ns += [p - 1, p, p + 1] if p + 1 <= MAX_N else [p - 1, p]
    add("04-primes-and-neighbours", ns)
    add("05-powers-of-ten", [1, 10, 100, 1000, 10 ** 4, 10 ** 5, 10 ** 6, MAX_N])
    add("06-random-small", [rnd.randint(1, 10 ** 4) for _ in range(1000)])
    add("07-max-single", [MAX_N])
    # Large tests.
    add("08-max-random", [rnd.randint(1, MAX_N) for _ in range(MAX_Q)])
    add("09-max-all-max", [MAX_N] * MAX_Q)
    big = [p for p in primes if p > MAX_N - 10 ** 5]
    add("10-max-large-primes", [rnd.choice(big) for _ in range(MAX_Q)])
    add("11-max-ascending", list(range(1, MAX_Q + 1)))
    return tests


def main():
    sample_dir = os.path.join(PKG, "data", "sample")
    secret_dir = os.path.join(PKG, "data", "secret")
    os.makedirs(sample_dir, exist_ok=True)
    os.makedirs(secret_dir, exist_ok=True)
    for f in glob.glob(os.path.join(secret_dir, "*")):
        os.remove(f)
    inputs = []
    for i, text in enumerate(SAMPLES, 1):
        inputs.append((os.path.join(sample_dir, f"{i}.in"), text))
    for name, text in secret_tests():
        inputs.append((os.path.join(secret_dir, f"{name}.in"), text))
    total = 0
    for path, text in inputs:
        validate(text)
        data = text.encode()
        assert len(data) <= MAX_FILE_BYTES, f"{path} is too large"
        total += len(data)
        with open(path, "wb") as f:
            f.write(data)
        with open(path, "rb") as fin, open(path[:-3] + ".ans", "wb") as fout:
            subprocess.run([sys.executable, os.path.join(PKG, "solutions", "solution.py")],
                           stdin=fin, stdout=fout, check=True)
    print(f"wrote {len(inputs)} tests, {total / 1e6:.2f} MB of input")


if __name__ == "__main__":
    main()
