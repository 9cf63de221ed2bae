"""A line diff of expected and actual output that points at the first difference.

Outputs can be huge (8 MiB on one line, or a million lines): the first
difference is found on the bytes, line by line as the `lines` checker reads
them, and only a bounded window is decoded and drawn, each line cut to a
bounded width around the column where it differs.
"""

from __future__ import annotations

import difflib
from itertools import islice

from rich.text import Text

from tui.judging.scanning import common_prefix, line_count, lines

CONTEXT = 3
WINDOW = 300  # lines diffed after the first difference: enough to read, always fast
LINE_CHARS = 200  # characters of a line drawn; the rest is counted


def first_difference(expected: bytes, actual: bytes) -> int | None:
    """The 0-based line where the outputs first differ as the `lines` checker
    sees them, or None when they don't."""
    want_count, got_count = line_count(expected), line_count(actual)
    common = min(want_count, got_count)
    for number, (a, b) in enumerate(islice(zip(lines(expected), lines(actual)), common)):
        if a != b:
            return number
    return None if want_count == got_count else common


def _first_column(a: bytes, b: bytes) -> int:
    """The character (not byte) where two lines first differ."""
    at = common_prefix(a, b)
    while at > 0 and at < len(a) and a[at] & 0xC0 == 0x80:  # back to the start of a UTF-8 character
        at -= 1
    return len(a[:at].decode("utf-8", "replace"))


def _cut(line: bytes, column: int | None = None) -> tuple[str, int | None, str]:
    """A line as drawn: at most LINE_CHARS characters, starting before `column`
    when it is far in; the column within what is drawn; a note of what was cut."""
    text = line.decode("utf-8", "replace")
    if len(text) <= LINE_CHARS:
        return text, column, ""
    begin = 0 if column is None or column < LINE_CHARS // 2 else column - LINE_CHARS // 4
    shown = ("…" if begin else "") + text[begin : begin + LINE_CHARS]
    return shown, None if column is None else column - begin + (1 if begin else 0), f"… ({len(text):,} characters in all)"


def line_diff(expected: bytes, actual: bytes, colors: dict[str, str] | None = None) -> Text:
    """Lines as `-` expected / `+` actual / ` ` both, with line numbers; the
    first differing line is marked ▶ and its first differing character on."""
    colors = colors or {}
    removed = f"{colors.get('text-error', 'red')}"
    added = f"{colors.get('text-success', 'green')}"
    first = first_difference(expected, actual)
    out = Text()
    if first is None:
        out.append("The output matches the expected output line for line.", style="bold")
        return out
    want_count, got_count = line_count(expected), line_count(actual)
    start = max(0, first - CONTEXT)
    end = first + WINDOW
    want_window = list(islice(lines(expected), start, min(end, want_count)))
    got_window = list(islice(lines(actual), start, min(end, got_count)))
    width = len(str(max(want_count, got_count) + 1))
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
                    text, _, note = _cut(want_window[i])
                    out.append(f"  {start + i + 1:>{width}} │ {text}{' ' + note if note else ''}\n", style="dim")
            continue
        old, new = want_window[i1:i2], got_window[j1:j2]
        column = _first_column(old[0], new[0]) if old and new else 0
        for sign, window, base, style in (("-", old, i1, removed), ("+", new, j1, added)):
            for k, line in enumerate(window):
                mark = first_change and k == 0
                out.append(f"{'▶' if mark else ' '}{sign}{start + base + k + 1:>{width}} │ ", style=f"bold {style}")
                text, at, note = _cut(line, column if mark else None)
                if mark:
                    out.append(text[:at], style=style)
                    out.append(text[at:], style=f"bold reverse {style}")
                else:
                    out.append(text, style=style)
                if note:
                    out.append(f" {note}", style="dim italic")
                out.append("\n")
        if first_change and not new:
            out.append(f"▶+{'':>{width}} │ ", style=f"bold {added}")
            out.append("(nothing: the output ends here)\n", style=f"italic {added}")
        first_change = False
    if want_count > end or got_count > end:
        out.append("  … the rest is not shown …\n", style="dim")
    out.rstrip()
    return out
