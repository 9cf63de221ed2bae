#!/usr/bin/env python3
"""Output validator for any-pair-sum (Kattis output-validator protocol).

Usage: python3 check.py input_file answer_file feedback_dir < contestant_output

Exit 42: the contestant printed a valid pair "i j" (1 <= i < j <= n and
a_i + a_j = T), or printed -1 and the judge's answer is -1 too.
Exit 43: anything else; a one-line reason goes to feedback_dir/judgemessage.txt.
The answer file holds one valid answer ("i j") or "-1"; only whether it is -1
matters here, since any valid pair is accepted.
"""

import os
import re
import sys

ACCEPT, REJECT = 42, 43
INT_RE = re.compile(rb"[+-]?[0-9]+")


def show(token):
    """A short, printable rendering of a contestant token."""
    text = token.decode("utf-8", "replace")
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return repr(text if len(text) <= 20 else text[:20] + "...")


def main():
    if len(sys.argv) < 4:
        sys.stderr.write("usage: check.py input_file answer_file feedback_dir < output\n")
        sys.exit(1)  # neither 42 nor 43: an internal error of the problem
    input_file, answer_file, feedback_dir = sys.argv[1:4]

    def verdict(code, message):
        try:
            with open(os.path.join(feedback_dir, "judgemessage.txt"), "w") as f:
                f.write(message + "\n")
        except OSError:
            pass
        sys.exit(code)

    def wrong(message):
        verdict(REJECT, message)

    with open(input_file, "rb") as f:
        data = f.read().split()
    n, target = int(data[0]), int(data[1])
    a = [int(x) for x in data[2 : 2 + n]]
    with open(answer_file, "rb") as f:
        judge = f.read().split()
    judge_says_none = judge[:1] == [b"-1"]

    out = sys.stdin.buffer.read().split()
    if not out:
        wrong("empty output: expected two positions 'i j' or -1")
    if out[0] == b"-1":
        if len(out) > 1:
            wrong(f"extra output after -1: {show(out[1])}")
        if judge_says_none:
            verdict(ACCEPT, "correct: no pair exists")
        wrong("printed -1, but a pair with the required sum exists")
    if len(out) == 1:
        wrong(f"expected two positions 'i j' or -1, got only {show(out[0])}")
    if len(out) > 2:
        wrong(f"expected two positions 'i j', got extra output {show(out[2])}")
    values = []
    for token in out:
        if not INT_RE.fullmatch(token):
            wrong(f"expected an integer position, got {show(token)}")
        if len(token.lstrip(b"+-").lstrip(b"0")) > 12:
            wrong(f"position {show(token)} is out of range [1, {n}]")
        values.append(int(token))
    i, j = values
    for p in (i, j):
        if not 1 <= p <= n:
            wrong(f"position {p} is out of range [1, {n}]")
    if i == j:
        wrong(f"the two positions must differ, got i = j = {i}")
    if i > j:
        wrong(f"positions must satisfy i < j, got i = {i}, j = {j}")
    total = a[i - 1] + a[j - 1]
    if total != target:
        wrong(f"a[{i}] + a[{j}] = {a[i - 1]} + {a[j - 1]} = {total}, expected {target}")
    if judge_says_none:
        sys.stderr.write("warning: valid pair found but the answer file says -1\n")
    verdict(ACCEPT, f"correct: a[{i}] + a[{j}] = {target}")


if __name__ == "__main__":
    main()
