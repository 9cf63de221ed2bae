"""Reading LaTeX source as text: matching braces, arguments, environments and
comments, as far as a converter without a TeX engine needs."""

from __future__ import annotations

import re


def strip_comments(tex: str) -> str:
    """The source without its % comments (an escaped \\% stays)."""
    # A line holding only a comment goes whole: in TeX it doesn't end a paragraph.
    tex = re.sub(r"(?m)^[ \t]*(?<!\\)%.*\n", "", tex)
    return re.sub(r"(?<!\\)%.*", "", tex)


def closing(s: str, open_at: int) -> int:
    """The index of the brace closing the one at open_at (or the end)."""
    depth, i = 0, open_at
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(s)


def unescaped(s: str, char: str, start: int) -> int:
    """The index of the first char from start that no backslash escapes, or -1."""
    i = start
    while i < len(s):
        if s[i] == "\\":
            i += 2
            continue
        if s[i] == char:
            return i
        i += 1
    return -1


def skip_spaces(s: str, i: int) -> int:
    """Past the blanks after a control word, which TeX doesn't print."""
    while i < len(s) and s[i] in " \t":
        i += 1
    # TeX also swallows a single line break after a control word.
    if i < len(s) and s[i] == "\n" and not s.startswith("\n\n", i):
        i += 1
        while i < len(s) and s[i] in " \t":
            i += 1
    return i


def optional(s: str, i: int) -> tuple[str | None, int]:
    """The next [optional argument] and where it ends, or (None, i) when there is none."""
    j = skip_spaces(s, i)
    if j < len(s) and s[j] == "[":
        depth, k = 0, j
        while k < len(s):
            if s[k] == "[":
                depth += 1
            elif s[k] == "]":
                depth -= 1
                if depth == 0:
                    return s[j + 1 : k], k + 1
            elif s[k] == "{":
                k = closing(s, k)
            k += 1
    return None, i


def raw_arg(s: str, i: int) -> tuple[str, int]:
    """The next {argument} as written (or one character, as TeX allows)."""
    i = skip_spaces(s, i)
    if i >= len(s):
        return "", i
    if s[i] == "{":
        close = closing(s, i)
        return s[i + 1 : close], close + 1
    if s[i] == "\\":
        match = re.compile(r"\\([A-Za-z]+|.)").match(s, i)
        return match.group(0), match.end()
    return s[i], i + 1


def environment_end(s: str, i: int, env: str) -> int:
    """Where \\end{env} matching a \\begin{env} before i starts."""
    pattern = re.compile(r"\\(begin|end)\s*\{" + re.escape(env) + r"\}")
    depth = 1
    for match in pattern.finditer(s, i):
        depth += 1 if match.group(1) == "begin" else -1
        if depth == 0:
            return match.start()
    return len(s)


def split_top(s: str, separator: re.Pattern) -> list[str]:
    """s cut at each separator outside braces and nested environments."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(s):
        if s.startswith("\\begin{", i):
            depth += 1
        elif s.startswith("\\end{", i):
            depth -= 1
        elif s[i] == "\\" and depth == 0:
            match = separator.match(s, i)
            if match:
                parts.append(s[start:i])
                start = i = match.end()
                continue
            i += 2
            continue
        elif s[i] == "\\":
            i += 2
            continue
        elif s[i] == "{":
            i = closing(s, i) + 1
            continue
        elif s[i] == "&" and depth == 0 and separator.pattern == "&":
            parts.append(s[start:i])
            start = i = i + 1
            continue
        i += 1
    parts.append(s[start:])
    return parts
