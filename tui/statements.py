"""Finding a problem's statement and turning it into Markdown."""

from __future__ import annotations

import re
from pathlib import Path

STATEMENT_DIRS = ("problem_statement", "statement")


def load(folder: Path, title: str) -> str:
    native = folder / "statement.md"
    if native.is_file():
        return native.read_text(encoding="utf-8", errors="replace")
    for name in STATEMENT_DIRS:
        root = folder / name
        for candidate in ("problem.en.md", "problem.md"):
            if (root / candidate).is_file():
                return f"# {title}\n\n" + (root / candidate).read_text(encoding="utf-8", errors="replace")
        for candidate in ("problem.en.tex", "problem.tex"):
            if (root / candidate).is_file():
                return tex_to_markdown((root / candidate).read_text(encoding="utf-8", errors="replace"), title)
    return f"# {title}\n\n*This problem has no statement.*"


def tex_to_markdown(tex: str, title: str) -> str:
    """A readable Markdown rendering of a Kattis LaTeX statement."""
    text = re.sub(r"(?<!\\)%.*", "", tex)
    text = re.sub(r"\\problemname\{([^}]*)\}", "", text)
    text = re.sub(r"\\section\*?\{([^}]*)\}", r"\n## \1\n", text)
    text = re.sub(r"\\(?:textbf|emph|textit)\{([^}]*)\}", r"*\1*", text)
    text = re.sub(r"\$([^$]+)\$", r"`\1`", text)
    return f"# {title}\n\n" + text.strip() + "\n"
