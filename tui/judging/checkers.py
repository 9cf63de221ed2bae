"""Comparing a program's output with the expected answer, on the host.

The expected answer never enters a container: every checker here runs in the
judge's own process, except `custom`, whose validator the judge runs sandboxed.
Each is linear in the output and the answer (tui.judging.scanning reads them
in bounded pieces), so a student's huge output can't stall the judge.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from tui.judging import token_checker
from tui.judging.scanning import common_prefix, line_count, line_of, lines, show
from tui.packages.model import CheckerSpec


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str = ""


def check(spec: CheckerSpec, output: bytes, expected: bytes) -> CheckResult:
    if spec.kind == "exact":
        return _exact(output, expected)
    if spec.kind == "tokens":
        message = token_checker.compare(spec, output, expected)
        return CheckResult(not message, message)
    if spec.kind == "lines":
        return _lines(output, expected)
    raise ValueError(f"checker {spec.kind!r} is not run on the host")


def _exact(output: bytes, expected: bytes) -> CheckResult:
    if output == expected:
        return CheckResult(True)
    at = common_prefix(output, expected)
    line = line_of(output, at)
    if at == len(output):
        return CheckResult(False, f"output ends early at byte {at} (line {line}); expected {len(expected)} bytes")
    if at == len(expected):
        return CheckResult(False, f"extra output from byte {at} (line {line}): {show(output[at:])}")
    return CheckResult(False, f"byte {at} (line {line}) differs: expected {show(expected[at : at + 20])}, got {show(output[at : at + 20])}")


def _lines(output: bytes, expected: bytes) -> CheckResult:
    """`lines`: \\r\\n is \\n, trailing white space of each line and trailing
    empty lines don't count; lines are compared as they are read."""
    if output == expected:
        return CheckResult(True)
    counted_got, counted_want = line_count(output), line_count(expected)
    got, want = lines(output), lines(expected)
    for number, (a, b) in enumerate(islice(zip(got, want), min(counted_got, counted_want)), start=1):
        if a != b:
            return CheckResult(False, f"line {number}: expected {show(b)}, got {show(a)}")
    if counted_got < counted_want:
        return CheckResult(
            False, f"output ends after {counted_got} lines; expected {counted_want} (line {counted_got + 1}: {show(next(want))})"
        )
    if counted_got > counted_want:
        return CheckResult(False, f"extra output at line {counted_want + 1}: {show(next(got))}")
    return CheckResult(True)
