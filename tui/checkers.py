"""Comparing a program's output with the expected answer, on the host.

The expected answer never enters a container: every checker here runs in the
judge's own process, except `custom`, whose validator the judge runs sandboxed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

CHECKERS = ("lines", "exact", "tokens", "custom")


@dataclass(frozen=True)
class CheckerSpec:
    kind: str = "lines"
    case_sensitive: bool = True
    space_change_sensitive: bool = False
    float_abs: float | None = None
    float_rel: float | None = None

    def describe(self) -> str:
        if self.kind != "tokens":
            return self.kind
        parts = ["tokens"]
        if not self.case_sensitive:
            parts.append("case-insensitive")
        if self.space_change_sensitive:
            parts.append("space-sensitive")
        if self.float_abs is not None or self.float_rel is not None:
            parts.append(f"float tolerance {self.float_abs or self.float_rel:g}")
        return ", ".join(parts)


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
    return CheckResult(False, f"byte {at} (line {line}) differs: expected {_show(expected[at:at + 20])}, got {_show(output[at:at + 20])}")


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
        return CheckResult(False, f"output ends after {len(got)} lines; expected {len(want)} (line {len(got) + 1}: {_show(want[len(got)])})")
    if len(got) > len(want):
        return CheckResult(False, f"extra output at line {len(want) + 1}: {_show(got[len(want)])}")
    return CheckResult(True)


_NUMBER = re.compile(rb"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _as_number(token: bytes) -> float | None:
    if not _NUMBER.fullmatch(token):
        return None
    try:
        return float(token)
    except ValueError:
        return None


def _tokens(spec: CheckerSpec, output: bytes, expected: bytes) -> CheckResult:
    if spec.space_change_sensitive:
        # Kattis: white space must match exactly, tokens are still compared leniently.
        got, want = re.split(rb"(\s+)", output), re.split(rb"(\s+)", expected)
    else:
        got, want = output.split(), expected.split()
    tolerant = spec.float_abs is not None or spec.float_rel is not None
    for number, (a, b) in enumerate(zip(got, want), start=1):
        if a == b:
            continue
        if spec.space_change_sensitive and (a.isspace() or b.isspace()):
            return CheckResult(False, f"white space differs before token {number // 2 + 1}")
        if not spec.case_sensitive and a.lower() == b.lower():
            continue
        if tolerant:
            x, y = _as_number(a), _as_number(b)
            if x is not None and y is not None and _close(spec, x, y):
                continue
        return CheckResult(False, f"token {number}: expected {_show(b)}, got {_show(a)}")
    if len(got) < len(want):
        return CheckResult(False, f"output ends after {len(got)} tokens; expected {len(want)}")
    if len(got) > len(want):
        return CheckResult(False, f"extra output: token {len(want) + 1} is {_show(got[len(want)])}")
    return CheckResult(True)


def _close(spec: CheckerSpec, got: float, want: float) -> bool:
    if math.isnan(got) or math.isnan(want):
        return False
    diff = abs(got - want)
    if spec.float_abs is not None and diff <= spec.float_abs * (1 + 1e-9):
        return True
    return spec.float_rel is not None and diff <= spec.float_rel * abs(want) * (1 + 1e-9)
