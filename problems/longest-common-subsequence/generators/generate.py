#!/usr/bin/env python3
"""Writes data/sample and data/secret for longest-common-subsequence; answers come from
solutions/solution.py (and, for the small tests, are cross-checked with a plain DP here).

Run from the package folder: python3 generators/generate.py  (deterministic: fixed seeds)
"""

import random
import string

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAXL = 7000


def validate(text):
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    assert len(lines) == 2
    for line in lines:
        assert 1 <= len(line) <= MAXL and set(line) <= set(string.ascii_lowercase)


def plain_lcs(s, t):
    prev = [0] * (len(t) + 1)
    for a in s:
        cur = [0]
        for j, b in enumerate(t):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def fmt(s, t):
    return f"{s}\n{t}\n"


def check(name, ans, s, t):
    if len(s) * len(t) <= 10**6:
        assert int(ans) == plain_lcs(s, t), name


SAMPLES = [("abcde", "ace"), ("abc", "def"), ("aaaa", "aa")]


def main():
    out = TestWriter(__file__, validate)
    for i, (s, t) in enumerate(SAMPLES, 1):
        check(i, out.write("sample", str(i), fmt(s, t)), s, t)

    rng = random.Random(271828)
    rs = lambda n, alpha=string.ascii_lowercase: "".join(rng.choice(alpha) for _ in range(n))
    tests = []
    tests.append(("01-min-equal", "q", "q"))
    tests.append(("02-min-different", "a", "z"))
    tests.append(("03-greedy-trap", "abc", "cab"))
    base = rs(40, "abc")
    tests.append(("04-one-inside-other", base, "".join(ch for ch in base if rng.random() < 0.5)))
    tests.append(("05-small-random", rs(30, "abcd"), rs(25, "abcd")))
    tests.append(("06-medium-random", rs(700), rs(900)))
    tests.append(("07-large-3000", rs(3000, "abcdefgh"), rs(3000, "abcdefgh")))
    tests.append(("08-max-no-common-letter", rs(MAXL, "abcdefghijklm"), rs(MAXL, "nopqrstuvwxyz")))
    tests.append(("09-max-random", rs(MAXL), rs(MAXL)))
    tests.append(("10-max-binary", rs(MAXL, "ab"), rs(MAXL, "ab")))
    s = rs(MAXL)
    tests.append(("11-max-identical", s, s))
    s = rs(MAXL, "abcde")
    tests.append(("12-max-reversed", s, s[::-1]))
    tests.append(("13-max-one-letter", "a" * MAXL, "a" * (MAXL // 2) + "b" * (MAXL // 2)))
    tests.append(("14-max-vs-single", rs(MAXL, "xyz"), "z"))
    for name, s, t in tests:
        check(name, out.write("secret", name, fmt(s, t)), s, t)


if __name__ == "__main__":
    main()
