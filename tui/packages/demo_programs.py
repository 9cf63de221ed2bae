"""The programs a package ships for a teacher to walk a class through: the
reference solution, the starter, and each wrong or slow example submission,
each with one line that says what it is (for `proctorx demo`'s header).

The line comes from the program's own leading comment (its first sentence):
the shipped submissions start with a comment saying what is wrong with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tui import languages
from tui.packages.model import Problem

REFERENCE, STARTER, SUBMISSION = "reference", "starter", "submission"
DEFAULTS = {
    REFERENCE: "the reference solution: accepted on every test",
    STARTER: "the starter code: it reads the input and leaves the algorithm to you",
    SUBMISSION: "an example submission",
}
ANSWERS = "answers"  # a submit-answer package's programs: folders of answers (tui.judging.answers.ANSWERS)
ANSWER_DEFAULTS = {True: "answers accepted on every test", False: "answers the package expects to fail"}
# The order a class sees the mistakes in: wrong answers first, then crashes, then slow ones.
FOLDER_ORDER = ("wrong_answer", "run_time_error", "time_limit_exceeded", "memory_limit_exceeded", "output_limit_exceeded")
MAX_DESCRIPTION = 160
SHORT_SENTENCE = 45
READ_BYTES = 4096
ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "cf.")


@dataclass(frozen=True)
class DemoProgram:
    kind: str  # REFERENCE, STARTER or SUBMISSION
    path: Path
    language: str  # a language id
    label: str  # what the header names it by: "wrong_answer/int_overflow.cpp"
    description: str  # one line: what it is, what is wrong with it
    expected: tuple[str, ...] = ()  # the verdicts a submission's folder promises


def demo_programs(problem: Problem, language: str | None = None) -> list[DemoProgram]:
    """The reference solution and the starter (in `language` when the package
    has one in it, else Python, else the first it has), then every example
    submission that is not accepted, wrong answers first.  A submit-answer
    package's are its answer submissions, the accepted ones first."""
    if problem.submit_answer:
        return _answer_programs(problem)
    programs: list[DemoProgram] = []
    for kind, found in ((REFERENCE, problem.solutions), (STARTER, problem.starters)):
        lang = _pick(found, language)
        if lang is not None:
            path = found[lang]
            programs.append(DemoProgram(kind, path, lang, f"{path.parent.name}/{path.name}", describe(path, DEFAULTS[kind])))
    wrong = [s for s in problem.submissions if s.folder != "accepted" and s.expected != ("AC",)]
    wrong.sort(key=lambda s: (FOLDER_ORDER.index(s.folder) if s.folder in FOLDER_ORDER else len(FOLDER_ORDER), s.folder, str(s.path)))
    for submission in wrong:
        try:
            lang = languages.for_file(submission.path).id
        except languages.LanguageError:
            continue  # the loader keeps only runnable ones; a language removed since is skipped
        label = f"{submission.folder}/{submission.path.relative_to(problem.path / 'submissions' / submission.folder)}"
        programs.append(
            DemoProgram(SUBMISSION, submission.path, lang, label, describe(submission.path, DEFAULTS[SUBMISSION]), submission.expected)
        )
    return programs


def _answer_programs(problem: Problem) -> list[DemoProgram]:
    def order(s) -> tuple:
        accepted = s.folder == "accepted" or s.expected == ("AC",)
        return (not accepted, FOLDER_ORDER.index(s.folder) if s.folder in FOLDER_ORDER else len(FOLDER_ORDER), s.folder, str(s.path))

    programs = []
    for submission in sorted(problem.submissions, key=order):
        accepted = not order(submission)[0]
        label = f"{submission.folder}/{submission.path.relative_to(problem.path / 'submissions' / submission.folder)}"
        kind = REFERENCE if accepted else SUBMISSION
        programs.append(DemoProgram(kind, submission.path, ANSWERS, label, ANSWER_DEFAULTS[accepted], submission.expected))
    return programs


def _pick(found: dict[str, Path], language: str | None) -> str | None:
    for lang in (language, "python"):
        if lang in found:
            return lang
    return next(iter(found), None)


def describe(path: Path, default: str = "") -> str:
    """The first sentence of the file's leading comment (`#`, `//` or `/* */`
    lines before any code), or `default` when it has none."""
    try:
        with path.open("rb") as handle:
            head = handle.read(READ_BYTES).decode("utf-8", "replace")
    except OSError:
        return default
    return first_sentence(leading_comment(head)) or default


def leading_comment(source: str) -> str:
    """The text of the comment lines that open a source, joined into one line."""
    words: list[str] = []
    in_block = False
    for number, raw in enumerate(source.splitlines()):
        line = raw.strip()
        if in_block:
            end = line.find("*/")
            words.append((line if end < 0 else line[:end]).lstrip("*").strip())
            if end >= 0:
                break
            continue
        if number == 0 and line.startswith("#!"):
            continue
        if not line:
            if words:
                break
            continue
        if line.startswith("/*"):
            body = line[2:].lstrip("*")
            end = body.find("*/")
            words.append((body if end < 0 else body[:end]).strip())
            if end >= 0:
                break
            in_block = True
        elif line.startswith("//"):
            words.append(line[2:].strip())
        elif line.startswith("#") and not re.match(r"#\s*(include|define|pragma|if|import)\b", line):
            words.append(line[1:].strip())
        else:
            break
    return " ".join(w for w in words if w)


def first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence (not "e.g."), and the
    next sentence too when the first is a bare headline ("Wrong: greedy
    matching."); cut at a word with an ellipsis past MAX_DESCRIPTION characters."""
    text = " ".join(text.split())
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s+[A-Z0-9(\"']|$)", text) if not text[: m.end()].lower().endswith(ABBREVIATIONS)]
    if ends:
        cut = ends[0]
        if cut < SHORT_SENTENCE and len(ends) > 1 and ends[1] <= MAX_DESCRIPTION:
            cut = ends[1]
        text = text[:cut]
    if len(text) > MAX_DESCRIPTION:
        text = text[: MAX_DESCRIPTION - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text
