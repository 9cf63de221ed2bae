"""Writing Markdown that the text inside can't break: fences, code spans, escapes."""

from __future__ import annotations

import re


def fenced(text: str) -> str:
    """A fenced code block, its fence longer than any run of backticks in text."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def code_span(text: str) -> str:
    """Inline code that no backtick in text can end early."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def escape(text: str) -> str:
    """Text that Markdown must not read as emphasis, code, links or HTML."""
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)


def tidy(markdown: str) -> str:
    """No trailing spaces, at most one blank line between blocks, one newline at the end."""
    lines = [line.rstrip() for line in markdown.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
