"""A line diff of expected and actual output that points at the first difference."""

from __future__ import annotations

import difflib

from rich.text import Text

CONTEXT = 3
WINDOW = 300  # lines diffed after the first difference: enough to read, always fast


def _lines(data: str) -> list[str]:
    lines = [line.rstrip() for line in data.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def first_difference(expected: list[str], actual: list[str]) -> int | None:
    for number, (a, b) in enumerate(zip(expected, actual)):
        if a != b:
            return number
    if len(expected) != len(actual):
        return min(len(expected), len(actual))
    return None


def _first_column(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def line_diff(expected: str, actual: str, colors: dict[str, str] | None = None) -> Text:
    """Lines as `-` expected / `+` actual / ` ` both, with line numbers; the
    first differing line is marked ▶ and its first differing character on."""
    colors = colors or {}
    removed = f"{colors.get('text-error', 'red')}"
    added = f"{colors.get('text-success', 'green')}"
    want, got = _lines(expected), _lines(actual)
    first = first_difference(want, got)
    out = Text()
    if first is None:
        out.append("The output matches the expected output line for line.", style="bold")
        return out
    start = max(0, first - CONTEXT)
    want_window, got_window = want[start : first + WINDOW], got[start : first + WINDOW]
    width = len(str(max(len(want), len(got)) + 1))
    out.append(f"First difference at line {first + 1}", style="bold")
    out.append(" (- expected, + actual)\n", style="dim")
    if start:
        out.append(f"  … {start} equal lines …\n", style="dim")
    first_change = True
    matcher = difflib.SequenceMatcher(None, want_window, got_window, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            span = list(range(i1, i2))
            if len(span) > 2 * CONTEXT + 1:
                span = span[:CONTEXT] + [-1] + span[-CONTEXT:]
            for i in span:
                if i < 0:
                    out.append(f"  … {i2 - i1 - 2 * CONTEXT} equal lines …\n", style="dim")
                else:
                    out.append(f"  {start + i + 1:>{width}} │ {want_window[i]}\n", style="dim")
            continue
        old, new = want_window[i1:i2], got_window[j1:j2]
        column = _first_column(old[0], new[0]) if old and new else 0
        for sign, lines, base, style in (("-", old, i1, removed), ("+", new, j1, added)):
            for k, line in enumerate(lines):
                mark = first_change and k == 0
                out.append(f"{'▶' if mark else ' '}{sign}{start + base + k + 1:>{width}} │ ", style=f"bold {style}")
                if mark:
                    out.append(line[:column], style=style)
                    out.append(line[column:], style=f"bold reverse {style}")
                else:
                    out.append(line, style=style)
                out.append("\n")
        if first_change and not new:
            out.append(f"▶+{'':>{width}} │ ", style=f"bold {added}")
            out.append("(nothing: the output ends here)\n", style=f"italic {added}")
        first_change = False
    if len(want) > first + WINDOW or len(got) > first + WINDOW:
        out.append("  … the rest is not shown …\n", style="dim")
    out.rstrip()
    return out
