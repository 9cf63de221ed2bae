"""The `tokens` checker: Kattis' default output validator.

Tokens are split on white space and compared one by one: words exactly, or
ASCII-case-insensitively unless case_sensitive; with a float tolerance, a
number in the answer must be a number in the output within the absolute OR
the relative error; with space_change_sensitive every run of white space must
be the answer's, byte for byte.

Everything here is linear in the output and the answer and holds a bounded
piece of either at a time: tokens are compared as they are read, and where a
token is (its line) is worked out only for the message of a failure.
"""

from __future__ import annotations

import math
from itertools import islice, zip_longest

from tui.judging.scanning import gaps, line_of, same_runs, show, token_at, token_count, token_span, tokens
from tui.packages.model import CheckerSpec

# The bytes the Kattis float grammar [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)? is
# written with.  Within them float() reads exactly that grammar, in linear
# time (a regular expression for it backtracks on a long token).
_NUMBER_BYTES = b"0123456789+-.eE"

# What the first token pair that doesn't match is wrong about.
NUMBER, OFF, WORD, SHORT, LONG = "number", "off", "word", "short", "long"


def as_number(token: bytes) -> float | None:
    """The token's value when it is a number of the Kattis grammar, else None
    (also when it overflows to infinity: problemtools reads that as a word)."""
    if token.translate(None, _NUMBER_BYTES):
        return None
    try:
        value = float(token)
    except ValueError:
        return None
    return None if math.isinf(value) else value


def close(spec: CheckerSpec, got: float, want: float) -> bool:
    # Exactly problemtools' test: |got - want| <= abs, or <= rel * |want|.
    diff = abs(got - want)
    if spec.float_abs is not None and diff <= spec.float_abs:
        return True
    return spec.float_rel is not None and diff <= spec.float_rel * abs(want)


def compare(spec: CheckerSpec, output: bytes, expected: bytes) -> str:
    """The message for a person of what is wrong, or "" when the output is accepted."""
    if output == expected:
        return ""  # identical bytes: every token and every gap the same
    fold = not spec.case_sensitive
    tolerant = spec.float_abs is not None or spec.float_rel is not None
    if spec.space_change_sensitive and fold and not tolerant and output.lower() == expected.lower():
        return ""  # the same white space and the same tokens but for ASCII case
    # The tokens and white space of the bytes both sides share from the start
    # match, whatever the options: comparing starts after them.  A wrong token
    # at the very end of a million is found in C.
    same = same_runs(output, expected)
    skipped = token_count(output[:same])
    rest, rest_expected = output[same:], expected[same:]
    index, kind, count = _first_mismatch(spec, rest, rest_expected, fold, tolerant)
    if spec.space_change_sensitive:
        # White space is checked before the token it precedes: up to the token
        # that failed, up to the last common token when the counts differ, or
        # up to the end of the output when every token matched.
        gap = _first_gap_difference(rest, rest_expected, index - 1 if kind in (SHORT, LONG) else index)
        if gap is not None:
            at, a, b = gap
            where = "at the end of the output" if kind is None and at == index else f"before token {skipped + at + 1}"
            start = token_span(output, skipped + at - 1)[1] if skipped + at else 0
            return f"white space differs {where} (line {line_of(output, start)}): expected {show(b)}, got {show(a)}"
    if kind is None:
        return ""
    index, count = skipped + index, skipped + count
    if kind == SHORT:
        return f"output ends after {index} tokens; expected {count} (next: {show(token_at(expected, index))})"
    start, end = token_span(output, index)
    got = output[start:end]
    if kind == LONG:
        return f"extra output: token {index + 1} (line {line_of(output, start)}) is {show(got)}"
    want = token_at(expected, index)
    where = f"token {index + 1} (line {line_of(output, start)})"
    if kind == NUMBER:
        return f"{where}: expected a number like {show(want)}, got {show(got)}"
    if kind == OFF:
        off = abs(as_number(got) - as_number(want))
        return f"{where}: expected {show(want)}, got {show(got)}: off by {off:.3g}, more than the {spec.tolerance()} allowed"
    return f"{where}: expected {show(want)}, got {show(got)}"


def _first_mismatch(spec: CheckerSpec, output: bytes, expected: bytes, fold: bool, tolerant: bool) -> tuple[int, str | None, int]:
    """(index, kind, expected's token count) of the first token pair that
    doesn't match; kind is None, and index the token count, when all match.
    The count of the answer's tokens is known only when the output is SHORT."""
    index = -1
    want = tokens(expected, fold)
    for index, (a, b) in enumerate(zip_longest(tokens(output, fold), want)):
        if a == b:
            continue
        if a is None:
            return index, SHORT, index + 1 + sum(1 for _ in want)
        if b is None:
            return index, LONG, index
        if tolerant:
            want_value = as_number(b)  # ASCII case changes no number's value
            if want_value is not None:
                # A number in the answer must be a number in the output, whatever its spelling.
                got_value = as_number(a)
                if got_value is None:
                    return index, NUMBER, 0
                if not close(spec, got_value, want_value):
                    return index, OFF, 0
                continue
        return index, WORD, 0
    return index + 1, None, index + 1


def _first_gap_difference(output: bytes, expected: bytes, last: int) -> tuple[int, bytes, bytes] | None:
    """(index, output's, expected's) of the first run of white space among
    the first last+1 that differs; None when none does."""
    for index, (a, b) in enumerate(islice(zip(gaps(output), gaps(expected)), last + 1)):
        if a != b:
            return index, a, b
    return None
