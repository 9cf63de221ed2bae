"""A whole Kattis LaTeX statement as Markdown, and the problem's name from it."""

from __future__ import annotations

import re

from tui.packages.constants import NONE, Constants
from tui.packages.tex.convert import Converter
from tui.packages.tex.markdown import code_span, fenced, tidy
from tui.packages.tex.source import closing, strip_comments


def tex_to_markdown(tex: str, title: str, samples: list[str] | None = None, constants: Constants = NONE) -> str:
    """A readable Markdown rendering of a Kattis LaTeX statement.

    samples: each sample already as Markdown; \\nextsample and \\remainingsamples
    place them, and those not placed are appended."""
    converter = Converter(constants, list(samples or []))
    text, verbatim = _protect_verbatim(tex)  # first: a % in verbatim is no comment
    text = strip_comments(text)
    text = "\n".join(line.lstrip() for line in text.split("\n"))  # indentation means code in Markdown
    body = converter.convert(text)
    for key, block in verbatim.items():
        body = body.replace(key, block)
    if converter.samples:
        body = body.rstrip() + "\n\n" + "\n".join(converter.samples)
    body = f"# {title}\n\n{body}" if title else body
    return tidy(body)


def problem_name(tex: str) -> str | None:
    """The name a legacy statement gives in \\problemname{...}, as plain text."""
    plain = re.search(r"(?m)^%%\s*plainproblemname:(.*)$", tex)  # problemtools: the name without markup
    if plain and plain.group(1).strip():
        return plain.group(1).strip()
    tex = strip_comments(tex)
    start = re.search(r"\\problemname\s*\{", tex)
    if not start:
        return None
    end = closing(tex, start.end() - 1)
    name = Converter(NONE, [], plain=True).convert(tex[start.end() : end])
    return " ".join(name.split()) or None


_VERBATIM = re.compile(r"\\begin\{(verbatim\*?|lstlisting|Verbatim|minted)\}(?:\[[^\]]*\])?(?:\{[^}]*\})?\n?(.*?)\\end\{\1\}", re.S)
_VERB = re.compile(r"\\(?:verb|lstinline)\*?([^\sA-Za-z{])(.*?)\1")


def _protect_verbatim(text: str) -> tuple[str, dict[str, str]]:
    """text with each verbatim block and \\verb replaced by a key, and the Markdown
    each key stands for: the converter must not read what they hold."""
    blocks: dict[str, str] = {}

    def keep(markdown: str) -> str:
        key = f"\x00{len(blocks)}\x00"
        blocks[key] = markdown
        return key

    text = _VERBATIM.sub(lambda m: "\n\n" + keep(fenced(m.group(2).rstrip("\n"))) + "\n\n", text)
    text = _VERB.sub(lambda m: keep(code_span(m.group(2))), text)
    return text, blocks
