"""Finding a problem's statement and making it Markdown.

A native package has statement.md.  A Kattis package has problem_statement/ (or
statement/) with problem.<lang>.md or problem.<lang>.tex; the LaTeX is converted
by tui.tex, and math in the Markdown is made readable the same way.  The samples
from data/sample are appended, as Kattis does when it renders a statement.
"""

from __future__ import annotations

from pathlib import Path

from tui.packages.constants import NONE, Constants
from tui.packages.inside import inside
from tui.packages.tex import SAMPLES_NOTE, fenced, markdown_math, math_to_text, problem_name, tex_to_markdown  # noqa: F401 - re-exported: callers import them from here

STATEMENT_DIRS = ("problem_statement", "statement")
_PREFERRED = ("problem.en.md", "problem.en.tex", "problem.md", "problem.tex")
SAMPLE_LINES, SAMPLE_CHARS = 40, 4000  # a bigger sample is cut: the test panel has it whole


def statement_file(folder: Path) -> Path | None:
    """The Kattis statement ProctorX shows: English first, Markdown before LaTeX
    (a ProblemError when it leads outside the package)."""
    roots = [folder / name for name in STATEMENT_DIRS if (folder / name).is_dir()]
    for root in roots:
        for candidate in _PREFERRED:
            if (root / candidate).is_file():
                return inside(folder, root / candidate, "the statement")
    for root in roots:
        others = sorted(root.glob("problem.*.md")) + sorted(root.glob("problem.*.tex"))
        if others:
            return inside(folder, others[0], "the statement")
    return None


def title_from(folder: Path) -> str | None:
    """A legacy package's name, from \\problemname{...} in its LaTeX statement."""
    path = statement_file(folder)
    if path is None or path.suffix != ".tex":
        return None
    return problem_name(path.read_text(encoding="utf-8", errors="replace"))


def load(
    folder: Path,
    title: str,
    samples: list[tuple[Path, Path]] | None = None,
    constants: Constants = NONE,
    interactions: list[Path] | None = None,
) -> str:
    """The statement as Markdown, the samples after it (or where the LaTeX
    puts them); an interactive problem's samples are its exchanges."""
    native = folder / "statement.md"
    if native.is_file():
        text = inside(folder, native, "the statement").read_text(encoding="utf-8", errors="replace")
        if interactions:  # a native statement shows its samples itself; an exchange is rendered here
            text = text.rstrip() + "\n\n" + "\n".join(interaction_markdown(n, p) for n, p in enumerate(interactions, start=1))
        return text
    path = statement_file(folder)
    if path is None:
        pdfs = [p for name in STATEMENT_DIRS if (folder / name).is_dir() for p in sorted((folder / name).glob("problem*.pdf"))]
        if pdfs:
            return f"# {title}\n\n*The statement is a PDF: open {pdfs[0].relative_to(folder)} to read it.*\n"
        return f"# {title}\n\n*This problem has no statement.*"
    text = path.read_text(encoding="utf-8", errors="replace")
    if interactions is not None:
        rendered = [interaction_markdown(n, path) for n, path in enumerate(interactions, start=1)]
    else:
        rendered = [_sample(n, i, a) for n, (i, a) in enumerate(samples or [], start=1)]
    if path.suffix == ".tex":
        return tex_to_markdown(text, title, rendered, constants)
    body = markdown_math(constants.substitute(text))
    if not body.lstrip().startswith("# "):
        body = f"# {title}\n\n" + body.lstrip("\n")
    if rendered:
        body = body.rstrip() + "\n\n" + "\n".join(rendered)
    return body.rstrip() + "\n"


def _sample(number: int, infile: Path, ansfile: Path) -> str:
    return f"## Sample {number}\n\nInput\n\n{fenced(_excerpt(infile))}\n\nOutput\n\n{fenced(_excerpt(ansfile))}\n"


INTERACTION_LEGEND = "Lines marked → are what your program writes; lines marked ← are what it reads."


def parse_interaction(text: str) -> list[tuple[str, str]]:
    """A Kattis .interaction file as (who, line) pairs: a line starting `>`
    is written by the program ("program"), `<` is read by it ("judge"); `---`
    separates the passes of a multi-pass problem ("pass"); anything else is
    kept as it is ("note")."""
    lines = []
    for line in text.splitlines():
        if line.startswith(">"):
            lines.append(("program", line[1:]))
        elif line.startswith("<"):
            lines.append(("judge", line[1:]))
        elif line.startswith("---"):
            lines.append(("pass", ""))
        elif line.strip():
            lines.append(("note", line))
    return lines


def exchange_lines(pairs: list[tuple[str, str]]) -> list[str]:
    """The pairs as the statement and the details screen show them."""
    marks = {"program": "→ ", "judge": "← ", "note": "  "}
    return ["--- next pass ---" if who == "pass" else marks[who] + line for who, line in pairs]


def interaction_markdown(number: int, path: Path) -> str:
    try:
        data = path.read_bytes()[: SAMPLE_CHARS * 4]
    except OSError as exc:
        return f"## Sample interaction {number}\n\n(can't be read: {exc.strerror})\n"
    lines = exchange_lines(parse_interaction(data.decode("utf-8", "replace")))
    if len(lines) > SAMPLE_LINES:
        lines = [*lines[:SAMPLE_LINES], "… (cut here)"]
    return f"## Sample interaction {number}\n\n{INTERACTION_LEGEND}\n\n{fenced(chr(10).join(lines))}\n"


def _excerpt(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(SAMPLE_CHARS + 1)
    except OSError as exc:
        return f"(can't be read: {exc.strerror})"
    lines = data[:SAMPLE_CHARS].decode("utf-8", "replace").splitlines()
    if len(data) > SAMPLE_CHARS or len(lines) > SAMPLE_LINES:
        return "\n".join(lines[:SAMPLE_LINES]) + "\n… (cut here: the test panel shows it whole)"
    return "\n".join(lines)
