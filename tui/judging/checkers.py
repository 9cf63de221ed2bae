"""Comparing a program's output with the expected answer, on the host.

The expected answer never enters a container: every checker here runs in the
judge's own process, except `custom`, whose validator the judge runs sandboxed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tui.packages.model import CheckerSpec


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str = ""


def check(spec: CheckerSpec, output: bytes, expected: bytes) -> CheckResult:
    if spec.kind == "exact":
        return _exact(output, expected)
    if spec.kind == "tokens":
        return _tokens(spec, output, expected)
    if spec.kind == "lines":
        return _lines(output, expected)
    raise ValueError(f"checker {spec.kind!r} is not run on the host")


def _show(data: bytes | str, limit: int = 60) -> str:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _exact(output: bytes, expected: bytes) -> CheckResult:
    if output == expected:
        return CheckResult(True)
    at = next((i for i, (a, b) in enumerate(zip(output, expected)) if a != b), min(len(output), len(expected)))
    line = output.count(b"\n", 0, at) + 1
    if at == len(output):
        return CheckResult(False, f"output ends early at byte {at} (line {line}); expected {len(expected)} bytes")
    if at == len(expected):
        return CheckResult(False, f"extra output from byte {at} (line {line}): {_show(output[at:])}")
    return CheckResult(
        False, f"byte {at} (line {line}) differs: expected {_show(expected[at : at + 20])}, got {_show(output[at : at + 20])}"
    )


def normalized_lines(data: bytes) -> list[bytes]:
    """`lines`: \\r\\n is \\n, trailing white space of each line and trailing
    empty lines don't count."""
    lines = [line.rstrip() for line in data.replace(b"\r\n", b"\n").split(b"\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _lines(output: bytes, expected: bytes) -> CheckResult:
    got, want = normalized_lines(output), normalized_lines(expected)
    for number, (a, b) in enumerate(zip(got, want), start=1):
        if a != b:
            return CheckResult(False, f"line {number}: expected {_show(b)}, got {_show(a)}")
    if len(got) < len(want):
        return CheckResult(
            False, f"output ends after {len(got)} lines; expected {len(want)} (line {len(got) + 1}: {_show(want[len(got)])})"
        )
    if len(got) > len(want):
        return CheckResult(False, f"extra output at line {len(want) + 1}: {_show(got[len(want)])}")
    return CheckResult(True)


# The float grammar of the Kattis format (decimal, optional exponent): what
# problemtools' default validator and the 2023-07 spec accept as a number.
_NUMBER = re.compile(rb"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_TOKEN = re.compile(rb"[^ \t\n\r\x0b\x0c]+")  # Kattis white space: space \t \n \r \v \f


def _as_number(token: bytes) -> float | None:
    if not _NUMBER.fullmatch(token):
        return None
    try:
        value = float(token)
    except ValueError:
        return None
    # problemtools treats a token that overflows to infinity as a word.
    return None if math.isinf(value) else value


def _line_at(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _tokens(spec: CheckerSpec, output: bytes, expected: bytes) -> CheckResult:
    """Kattis' default output validator: tokens split on white space, words
    compared (case-insensitively unless case_sensitive), numbers in the answer
    within the absolute OR relative tolerance when one is set, and with
    space_change_sensitive every run of white space exactly as in the answer."""
    got = list(_TOKEN.finditer(output))
    want = list(_TOKEN.finditer(expected))
    tolerant = spec.float_abs is not None or spec.float_rel is not None
    for number, (g, w) in enumerate(zip(got, want), start=1):
        if spec.space_change_sensitive:
            message = _space_differs(output, expected, got, want, number - 1)
            if message:
                return CheckResult(False, message)
        a, b = g.group(), w.group()
        where = f"token {number} (line {_line_at(output, g.start())})"
        if tolerant:
            want_value = _as_number(b)
            if want_value is not None:
                # A number in the answer must be a number in the output, whatever its spelling.
                got_value = _as_number(a)
                if got_value is None:
                    return CheckResult(False, f"{where}: expected a number like {_show(b)}, got {_show(a)}")
                if not _close(spec, got_value, want_value):
                    return CheckResult(
                        False,
                        f"{where}: expected {_show(b)}, got {_show(a)}: off by {abs(got_value - want_value):.3g}, "
                        f"more than the {spec.tolerance()} allowed",
                    )
                continue
        if a == b or (not spec.case_sensitive and a.lower() == b.lower()):
            continue
        return CheckResult(False, f"{where}: expected {_show(b)}, got {_show(a)}")
    if len(got) < len(want):
        return CheckResult(False, f"output ends after {len(got)} tokens; expected {len(want)} (next: {_show(want[len(got)].group())})")
    if len(got) > len(want):
        extra = got[len(want)]
        return CheckResult(False, f"extra output: token {len(want) + 1} (line {_line_at(output, extra.start())}) is {_show(extra.group())}")
    if spec.space_change_sensitive:
        message = _space_differs(output, expected, got, want, len(got))
        if message:
            return CheckResult(False, message)
    return CheckResult(True)


def _space_differs(output: bytes, expected: bytes, got: list, want: list, index: int) -> str:
    """The white space before token `index` (or after the last one), compared
    byte for byte; "" when it is the same."""

    def gap(data: bytes, tokens: list) -> tuple[int, bytes]:
        start = tokens[index - 1].end() if index > 0 else 0
        end = tokens[index].start() if index < len(tokens) else len(data)
        return start, data[start:end]

    start, a = gap(output, got)
    _, b = gap(expected, want)
    if a == b:
        return ""
    where = f"before token {index + 1}" if index < len(got) else "at the end of the output"
    return f"white space differs {where} (line {_line_at(output, start)}): expected {_show(b)}, got {_show(a)}"


def _close(spec: CheckerSpec, got: float, want: float) -> bool:
    # Exactly problemtools' test: |got - want| <= abs, or <= rel * |want|.
    diff = abs(got - want)
    if spec.float_abs is not None and diff <= spec.float_abs:
        return True
    return spec.float_rel is not None and diff <= spec.float_rel * abs(want)
