"""A plain-text diff of an expected and an actual output, for the terminal
and JSON (the app draws its own, in colour)."""

from __future__ import annotations

import difflib

MAX_LINES = 40


def _lines(data: bytes) -> list[str]:
    lines = [line.rstrip() for line in data.decode("utf-8", "replace").replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def unified(expected: bytes, actual: bytes, context: int = 2, max_lines: int = MAX_LINES) -> str:
    """A unified diff, `-` expected and `+` actual, line endings and trailing
    white space ignored as the lines checker ignores them; "" when the lines
    are the same."""
    diff = list(difflib.unified_diff(_lines(expected), _lines(actual), "expected", "your output", n=context, lineterm=""))
    if len(diff) > max_lines:
        diff = diff[:max_lines] + [f"… {len(diff) - max_lines} more diff lines"]
    return "\n".join(diff)
