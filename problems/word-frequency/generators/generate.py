#!/usr/bin/env python3
"""Writes data/sample and data/secret of word-frequency.

Deterministic: every test uses its own fixed seed. Every .ans is computed by
running the Python reference solution. Run: python3 generators/generate.py
"""

import random
import string

from tui.packages.testdata import TestWriter  # ProctorX installed: pip install -e .

MAX_N = 200_000
MAX_LETTERS = 10**6
MAX_WORD = 20
MAX_FILE = 2_000_000
LOWER = set(string.ascii_lowercase)


def validate(text):
    """Asserts that text is a well-formed input within the constraints."""
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    first = lines[0].split(" ")
    assert len(first) == 2 and all(x == str(int(x)) for x in first)
    n, k = map(int, first)
    assert 1 <= n <= MAX_N
    words = []
    for line in lines[1:]:
        ws = line.split(" ")
        for w in ws:
            assert 1 <= len(w) <= MAX_WORD and set(w) <= LOWER, repr(w)
        words += ws
    assert len(words) == n
    assert sum(map(len, words)) <= MAX_LETTERS
    assert 1 <= k <= len(set(words))


def make(words, k, per_line=12):
    lines = [" ".join(words[i : i + per_line]) for i in range(0, len(words), per_line)]
    return "%d %d\n%s\n" % (len(words), k, "\n".join(lines))


def rand_word(r, lo, hi, alphabet=string.ascii_lowercase):
    return "".join(r.choice(alphabet) for _ in range(r.randint(lo, hi)))


def zipf_text(r, vocab, n):
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    return r.choices(vocab, weights=weights, k=n)


def samples():
    yield "1", "8 3\nthe bird and the cat\nand the dog\n"
    yield "2", "6 3\nzebra apple mango\napple zebra apple\n"


def secret():
    yield "01-min-n", make(["a"], 1)
    yield "02-all-same-word", make(["hello"] * 1000, 1)

    r = random.Random(3)
    words = sorted({rand_word(r, 1, 8) for _ in range(1200)})[:1000]
    r.shuffle(words)
    yield "03-all-distinct-print-all", make(words, len(words))

    r = random.Random(4)
    vocab = sorted({rand_word(r, 3, 6) for _ in range(300)}, reverse=True)
    # Every word twice, first appearances in reverse alphabetical order.
    yield "04-all-tied-reverse-order", make(vocab + vocab[::-1], 50)

    yield "05-prefixes", make(["ab", "b", "aaa", "a", "aa", "ba", "abc", "aab"] * 3 + ["z"], 8, per_line=5)

    r = random.Random(6)
    vocab = ["z" * 20, "y" * 20, "a" * 19 + "b", "a" * 20, rand_word(r, 20, 20)]
    yield "06-longest-words", make(r.choices(vocab, k=100), 5, per_line=1)

    r = random.Random(7)
    vocab = sorted({rand_word(r, 1, 3, "abc") for _ in range(60)})
    words = r.choices(vocab, k=500)
    yield "07-one-word-per-line", make(words, 10, per_line=1)

    r = random.Random(8)
    vocab = sorted({rand_word(r, 2, 10) for _ in range(3000)})
    r.shuffle(vocab)
    yield "08-medium-zipf", make(zipf_text(r, vocab, 20_000), 200)

    r = random.Random(9)
    words = [rand_word(r, 3, 6) for _ in range(MAX_N)]
    yield "09-max-mostly-distinct", make(words, 1000, per_line=20)

    r = random.Random(10)
    vocab = sorted({rand_word(r, 2, 7) for _ in range(6000)})
    r.shuffle(vocab)
    yield "10-max-zipf", make(zipf_text(r, vocab, MAX_N), 100, per_line=20)

    r = random.Random(11)
    vocab = sorted({rand_word(r, 3, 5, "abcdefghij") for _ in range(100_000)})
    r.shuffle(vocab)
    words = r.choices(vocab, k=MAX_N)
    yield "11-max-print-all", make(words, len(set(words)), per_line=20)

    r = random.Random(12)
    vocab = [rand_word(r, 20, 20, "ab") for _ in range(20)]
    words = r.choices(vocab, k=MAX_LETTERS // 20)
    yield "12-max-letters-long-words", make(words, 20, per_line=20)


def main():
    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in samples():
        ans = out.write("sample", name, text)
        assert len(ans) <= MAX_FILE, (name, len(ans))
    for name, text in secret():
        ans = out.write("secret", name, text)
        assert len(ans) <= MAX_FILE, (name, len(ans))


if __name__ == "__main__":
    main()
