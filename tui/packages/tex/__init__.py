"""Kattis LaTeX statements as readable Markdown.

The LaTeX, written for problemtools' problemset class, becomes sections, lists,
tables and emphasis, and its math plain text with Unicode symbols
(`$1 \\le n \\le 10^5$` reads `1 ≤ n ≤ 10^5`).  No TeX engine is involved: the
reader knows problemtools' subset and keeps what an unknown macro's braces hold.
"""

from __future__ import annotations

from tui.packages.tex.convert import SAMPLES_NOTE
from tui.packages.tex.document import problem_name, tex_to_markdown
from tui.packages.tex.markdown import fenced
from tui.packages.tex.math import markdown_math, math_to_text

__all__ = ["SAMPLES_NOTE", "fenced", "markdown_math", "math_to_text", "problem_name", "tex_to_markdown"]
