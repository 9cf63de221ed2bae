#!/usr/bin/env python3
"""Writes data/sample and data/secret of balanced-brackets.

Deterministic: every test uses its own fixed seed. Every .ans is computed by
running the Python reference solution. Run: python3 generators/generate.py
"""

import itertools
import random

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_T = 100_000
MAX_TOTAL = 10**6
MAX_FILE = 2_000_000
PAIRS = ["()", "[]", "{}"]


def validate(text):
    """Asserts that text is a well-formed input within the constraints."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert lines[0] == str(int(lines[0]))
    t = int(lines[0])
    assert 1 <= t <= MAX_T
    assert len(lines) == t + 1
    total = 0
    for s in lines[1:]:
        assert len(s) >= 1
        assert set(s) <= set("()[]{}"), s[:20]
        total += len(s)
    assert total <= MAX_TOTAL


def make(strings):
    return "%d\n%s\n" % (len(strings), "\n".join(strings))


def random_balanced(r, pairs, p_open=0.5):
    """A random balanced string with the given number of pairs."""
    out = []
    stack = []
    opens_left = pairs
    while opens_left or stack:
        if opens_left and (not stack or r.random() < p_open):
            k = r.randrange(3)
            out.append(PAIRS[k][0])
            stack.append(k)
            opens_left -= 1
        else:
            out.append(PAIRS[stack.pop()][1])
    return "".join(out)


def deep(r, pairs):
    """pairs random opening brackets followed by their matching closers."""
    kinds = [r.randrange(3) for _ in range(pairs)]
    return "".join(PAIRS[k][0] for k in kinds) + "".join(PAIRS[k][1] for k in reversed(kinds))


def mutate(r, s):
    """Breaks a string in one of several ways (the result may still be balanced
    by chance; the reference decides)."""
    i = r.randrange(len(s))
    how = r.randrange(4)
    if how == 0:  # change one character
        return s[:i] + r.choice("()[]{}") + s[i + 1 :]
    if how == 1 and len(s) > 1:  # delete one character
        return s[:i] + s[i + 1 :]
    if how == 2:  # swap two neighbours
        if i + 1 < len(s):
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return s + ")"
    return s[:i] + r.choice("([{") + s[i:]  # insert an opener


def samples():
    yield "1", make(["()", "([]{})", "(]", "{[()()]}("])


def secret():
    yield "01-single-characters", make(list("()[]{}"))
    yield "02-one-pair-each-order", make(["()", "[]", "{}", ")(", "][", "}{", "(]", "[)", "{)"])
    yield "03-crossing-types", make(["([)]", "{(})", "[{]}", "([)]()", "()([)]", "{[(])}", "[(])", "(([]))[{]}"])
    yield "04-unclosed-or-extra", make(["((", "(()", "())", "[[[]]", "{}}", "(((((((((())))))))))", "((((((((((()))))))))))"])

    strings = []
    for length in range(1, 7):
        strings += ["".join(p) for p in itertools.product("()[]{}", repeat=length)]
    yield "05-all-strings-up-to-length-6", make(strings)

    r = random.Random(6)
    strings = []
    for _ in range(2000):
        s = random_balanced(r, r.randint(1, 40))
        strings.append(s if r.random() < 0.5 else mutate(r, s))
    yield "06-random-medium", make(strings)

    r = random.Random(7)
    yield "07-max-deep-nesting", make([deep(r, MAX_TOTAL // 2)])

    r = random.Random(8)
    s = deep(r, MAX_TOTAL // 2)
    last = s[-1]
    s = s[:-1] + {")": "]", "]": "}", "}": ")"}[last]
    yield "08-max-deep-wrong-last", make([s])

    r = random.Random(9)
    strings = []
    total = 0
    while len(strings) < MAX_T:
        s = random_balanced(r, r.randint(1, 8))
        if r.random() < 0.5:
            s = mutate(r, s)
        strings.append(s)
        total += len(s)
    assert total <= MAX_TOTAL
    yield "09-max-many-short", make(strings)

    r = random.Random(10)
    s = random_balanced(r, 250_000, p_open=0.6)
    yield "10-random-long-balanced", make([s, mutate(r, s)])

    r = random.Random(11)
    half = deep(r, 200_000)
    mid = len(half) // 2
    # swap the two innermost closers' partners: ...([ ... ]) -> ...([ ... )]
    crossing = half[:mid] + half[mid + 1] + half[mid] + half[mid + 2 :]
    yield "11-long-crossing-in-middle", make([crossing, "()" * 100_000])


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in samples():
        out.write("sample", name, text)
    for name, text in secret():
        out.write("secret", name, text)


if __name__ == "__main__":
    main()
