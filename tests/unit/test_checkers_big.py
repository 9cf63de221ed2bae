"""The checkers on outputs nobody planned for: a million tokens, one 8 MB token,
one 8 MB line.  Each must give the verdict and the message a small output
gets; before issue 15 these took from minutes to hours (a line number counted
from the start for every token, a number pattern that backtracked), which the
timeout turns into a failure.  Speed itself is measured in benchmarks/checkers.py."""

import math
import random
import re

import pytest

from tui.judging import scanning
from tui.judging.checkers import check
from tui.judging.scanning import show
from tui.packages import CheckerSpec

pytestmark = pytest.mark.timeout(120)  # the whole file takes seconds; the old checkers, hours

MILLION = 1_000_000
TOLERANCE = {"float_abs": 1e-6, "float_rel": 1e-6}


@pytest.fixture(scope="module")
def numbers() -> list[bytes]:
    rnd = random.Random(15)
    return [str(rnd.randrange(10**6)).encode() for _ in range(MILLION)]


def rows(words: list[bytes], per_row: int = 10, end: bytes = b"\n") -> bytes:
    return b"".join(b" ".join(words[i : i + per_row]) + end for i in range(0, len(words), per_row))


def test_a_million_correct_tokens_are_accepted_by_every_checker(numbers):
    answer = rows(numbers)
    one_per_line = rows(numbers, per_row=1)
    assert check(CheckerSpec("tokens"), one_per_line, answer).ok
    assert check(CheckerSpec("tokens", case_sensitive=False), one_per_line, answer).ok
    assert check(CheckerSpec("tokens", **TOLERANCE), one_per_line, answer).ok
    assert check(CheckerSpec("tokens", space_change_sensitive=True), bytes(bytearray(answer)), answer).ok
    assert check(CheckerSpec("lines"), rows(numbers, end=b"  \r\n"), answer).ok
    assert check(CheckerSpec("exact"), bytes(bytearray(answer)), answer).ok


def test_a_million_numbers_spelt_otherwise_are_within_the_tolerance():
    rnd = random.Random(15)
    values = [rnd.uniform(-1000, 1000) for _ in range(MILLION)]
    answer = rows([b"%.6f" % v for v in values])
    output = rows([b"%.9e" % (v + 1e-7) for v in values], per_row=1)
    assert check(CheckerSpec("tokens", **TOLERANCE), output, answer).ok
    assert check(CheckerSpec("tokens", space_change_sensitive=True, **TOLERANCE), rows([b"%.9e" % v for v in values]), answer).ok


def test_a_wrong_token_at_the_very_end_names_that_token_and_its_line(numbers):
    answer = rows(numbers, per_row=1)
    last = numbers[-1].decode()
    output = answer[: -len(last) - 1] + b"x\n"
    result = check(CheckerSpec("tokens"), output, answer)
    assert not result.ok and result.message == f"token {MILLION} (line {MILLION}): expected '{last}', got 'x'"
    result = check(CheckerSpec("tokens", case_sensitive=False), output, answer)
    assert result.message == f"token {MILLION} (line {MILLION}): expected '{last}', got 'x'"
    result = check(CheckerSpec("tokens", **TOLERANCE), output, answer)
    assert result.message == f"token {MILLION} (line {MILLION}): expected a number like '{last}', got 'x'"
    result = check(CheckerSpec("lines"), output, answer)
    assert result.message == f"line {MILLION}: expected '{last}', got 'x'"


def test_a_number_off_at_the_very_end_says_by_how_much(numbers):
    answer = rows(numbers)
    output = rows(numbers[:-1] + [b"%d.5" % int(numbers[-1])])
    result = check(CheckerSpec("tokens", float_abs=1e-6), output, answer)
    last = numbers[-1].decode()
    assert not result.ok
    assert (
        result.message
        == f"token {MILLION} (line {MILLION // 10}): expected '{last}', got '{last}.5': off by 0.5, more than the absolute error 1e-06 allowed"
    )


def test_white_space_that_differs_at_the_very_end_is_found(numbers):
    answer = rows(numbers)
    spec = CheckerSpec("tokens", space_change_sensitive=True)
    result = check(spec, answer[:-1], answer)
    assert result.message == f"white space differs at the end of the output (line {MILLION // 10}): expected '\\n', got ''"
    result = check(spec, answer[:-1] + b"  \n", answer)
    assert result.message == f"white space differs at the end of the output (line {MILLION // 10}): expected '\\n', got '  \\n'"
    assert not check(spec, answer + b"1", answer).ok  # one token too many
    assert check(CheckerSpec("tokens", case_sensitive=False, space_change_sensitive=True), answer.upper(), answer).ok


def test_missing_and_extra_tokens_after_a_million(numbers):
    answer = rows(numbers)
    result = check(CheckerSpec("tokens"), answer + b"42\n", answer)
    assert result.message == f"extra output: token {MILLION + 1} (line {MILLION // 10 + 1}) is '42'"
    result = check(CheckerSpec("tokens"), rows(numbers[:-1]), answer)
    assert result.message == f"output ends after {MILLION - 1} tokens; expected {MILLION} (next: '{numbers[-1].decode()}')"


def test_a_30000_character_token_against_a_number():
    # The old number pattern backtracked on this: 49 s, holding the GIL.
    token = b"1" * 30_000 + b"a"
    result = check(CheckerSpec("tokens", **TOLERANCE), token, b"1\n")
    assert not result.ok and result.message == f"token 1 (line 1): expected a number like '1', got '{'1' * 60}…'"


def test_an_8_mb_token_against_a_number():
    spec = CheckerSpec("tokens", **TOLERANCE)
    eight = 8 * 2**20
    assert check(spec, b"1" * eight + b"a", b"1\n").message == f"token 1 (line 1): expected a number like '1', got '{'1' * 60}…'"
    # A number that overflows to infinity is a word, as in problemtools.
    assert check(spec, b"9" * eight, b"1\n").message == f"token 1 (line 1): expected a number like '1', got '{'9' * 60}…'"
    assert check(spec, b"0." + b"0" * eight + b"1", b"0\n").ok  # 1e-8388609 is within 1e-6 of 0
    assert check(spec, b"1e" + b"9" * eight, b"5\n").message.startswith("token 1 (line 1): expected a number like '5'")
    result = check(CheckerSpec("tokens", case_sensitive=False), b"A" * eight, b"a" * (eight - 1) + b"b")
    assert result.message == f"token 1 (line 1): expected '{'a' * 60}…', got '{'A' * 60}…'"


def test_an_8_mb_line():
    eight = 8 * 2**20
    answer = b"1 " * (eight // 2) + b"\n"
    assert check(CheckerSpec("lines"), answer[:-2] + b"    \r\n", answer).ok
    result = check(CheckerSpec("lines"), answer[:-2] + b"2\n", answer)
    assert result.message == f"line 1: expected '{'1 ' * 30}…', got '{'1 ' * 30}…'"
    result = check(CheckerSpec("exact"), answer[:-2] + b"2\n", answer)
    assert result.message == f"byte {eight - 1} (line 1) differs: expected ' \\n', got '2\\n'"


ALPHABET = [b"1", b"0", b"12", b".", b"e", b"E", b"-", b"a", b"A", b" ", b"  ", b"\n", b"\r", b"\r\n", b"\t", b"\x0b", b"\x0c", b"\xff"]
SPECS = [CheckerSpec("exact"), CheckerSpec("lines")] + [
    CheckerSpec("tokens", case_sensitive, space, float_abs, float_rel)
    for case_sensitive in (True, False)
    for space in (True, False)
    for float_abs, float_rel in ((None, None), (0.5, None), (None, 1e-3), (0.0, 0.0))
]


def test_pieces_cut_anywhere_change_no_verdict_and_no_message(monkeypatch):
    """Big outputs are read in pieces; cut after every few bytes, every
    checker must say exactly what it says reading the output whole."""
    rnd = random.Random(15)
    cases = []
    for _ in range(3000):
        answer = b"".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 30)))
        output = bytearray(answer)
        for _ in range(rnd.randint(0, 3)):
            at = rnd.randint(0, len(output))
            output[at : at + rnd.randint(0, 1)] = rnd.choice(ALPHABET)
        cases.append((rnd.choice(SPECS), bytes(output), answer))
    whole = [check(spec, output, answer) for spec, output, answer in cases]
    for piece in (1, 2, 3, 7):
        monkeypatch.setattr(scanning, "PIECE", piece)
        assert [check(spec, output, answer) for spec, output, answer in cases] == whole, piece


def reference(spec: CheckerSpec, output: bytes, expected: bytes) -> str:
    """The tokens checker as plainly as it can be written (quadratic, for small outputs)."""
    token = re.compile(rb"[^ \t\n\r\x0b\x0c]+")
    number = re.compile(rb"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
    got, want = list(token.finditer(output)), list(token.finditer(expected))

    def value(t: bytes):
        v = float(t) if number.fullmatch(t) else None
        return None if v is None or math.isinf(v) else v

    def line(position: int) -> int:
        return output.count(b"\n", 0, position) + 1

    def gap(data: bytes, found: list, i: int) -> tuple[int, bytes]:
        start = found[i - 1].end() if i else 0
        return start, data[start : found[i].start() if i < len(found) else len(data)]

    def space(i: int) -> str:
        (start, a), (_, b) = gap(output, got, i), gap(expected, want, i)
        where = f"before token {i + 1}" if i < len(got) else "at the end of the output"
        return "" if a == b else f"white space differs {where} (line {line(start)}): expected {show(b)}, got {show(a)}"

    for i, (g, w) in enumerate(zip(got, want)):
        if spec.space_change_sensitive and space(i):
            return space(i)
        a, b = g.group(), w.group()
        where = f"token {i + 1} (line {line(g.start())})"
        if (spec.float_abs is not None or spec.float_rel is not None) and value(b) is not None:
            if value(a) is None:
                return f"{where}: expected a number like {show(b)}, got {show(a)}"
            diff = abs(value(a) - value(b))
            if not (
                (spec.float_abs is not None and diff <= spec.float_abs)
                or (spec.float_rel is not None and diff <= spec.float_rel * abs(value(b)))
            ):
                return f"{where}: expected {show(b)}, got {show(a)}: off by {diff:.3g}, more than the {spec.tolerance()} allowed"
        elif a != b and (spec.case_sensitive or a.lower() != b.lower()):
            return f"{where}: expected {show(b)}, got {show(a)}"
    if len(got) < len(want):
        return f"output ends after {len(got)} tokens; expected {len(want)} (next: {show(want[len(got)].group())})"
    if len(got) > len(want):
        return f"extra output: token {len(want) + 1} (line {line(got[len(want)].start())}) is {show(got[len(want)].group())}"
    return space(len(got)) if spec.space_change_sensitive else ""


def test_the_tokens_checker_says_what_its_plain_definition_says(monkeypatch):
    rnd = random.Random(16)
    monkeypatch.setattr(scanning, "PIECE", 4)
    for _ in range(5000):
        answer = b"".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 40)))
        output = bytearray(answer)
        for _ in range(rnd.randint(0, 3)):
            at = rnd.randint(0, len(output))
            output[at : at + rnd.randint(0, 1)] = rnd.choice(ALPHABET)
        spec = rnd.choice(SPECS[2:])
        assert check(spec, bytes(output), answer).message == reference(spec, bytes(output), answer), (spec, bytes(output), answer)
