"""The exam file: which problems, for how long, in which languages.

```yaml
title: Algorithms lab, exam 2          # required
problems: [bounded-subarrays, ./extra/other-problem]   # slugs, or folders relative to this file
duration: 90                           # minutes
languages: [python, cpp, java]         # optional: every language
show_sample_output: true               # optional: true; hidden tests never show output
log: ./logs                            # optional: ./logs beside this file; --log overrides
```

An unknown key, a missing problem or language, or a duration that is not a
positive number is one ExamFileError naming the file, the key and the fix.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from pathlib import Path

from tui import languages, resources
from tui.languages import Language
from tui.packages import Problem, ProblemError, find
from tui.packages.package_yaml import YamlFile, as_float, read_yaml

KEYS = ("title", "problems", "duration", "languages", "show_sample_output", "log")


class ExamFileError(Exception):
    """An exam file that can't be used; str() is the message for a person."""


@dataclass(frozen=True)
class Exam:
    title: str
    path: Path
    sha256: str  # of the file's bytes: the log records which exam it was
    problems: tuple[Problem, ...]
    duration_s: float
    languages: tuple[Language, ...]
    show_sample_output: bool
    log: Path  # the log folder the file names (or ./logs beside it)

    def problem(self, slug: str) -> Problem | None:
        return next((p for p in self.problems if p.slug == slug), None)


def load_exam(path: Path | str, problem_roots: list[Path] | None = None, load_problems: bool = True) -> Exam:
    """Reads and checks an exam file; problems named by slug are looked up in
    problem_roots (default: ./problems, then the shipped ones).  Without
    load_problems only their list is checked: a judge server that holds the
    exam brings them (a lab machine need not)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExamFileError(f"{path}: can't be read ({exc.strerror or exc})") from None
    try:
        doc = read_yaml(path)
    except ProblemError as exc:
        raise ExamFileError(str(exc)) from None
    data = doc.data
    unknown = [key for key in data if key not in KEYS]
    if unknown:
        raise _error(doc, unknown[0], f"unknown key `{unknown[0]}`: an exam file has {', '.join(KEYS)}")
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _error(doc, "title", "`title` is required: the exam's name, like `title: Algorithms lab, exam 2`")
    duration = as_float(data.get("duration"))
    if duration is None or not math.isfinite(duration) or duration <= 0:
        raise _error(
            doc, "duration", f"`duration` must be a positive number of minutes (like `duration: 90`), not {data.get('duration')!r}"
        )
    show = data.get("show_sample_output", True)
    if not isinstance(show, bool):
        raise _error(doc, "show_sample_output", f"`show_sample_output` must be true or false, not {show!r}")
    log = data.get("log", "./logs")
    if not isinstance(log, str) or not log.strip():
        raise _error(doc, "log", f"`log` must be a folder, like `log: ./logs`, not {log!r}")
    return Exam(
        title=title.strip(),
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        problems=_problems(doc, problem_roots) if load_problems else _no_problems(doc),
        duration_s=duration * 60,
        languages=_languages(doc),
        show_sample_output=show,
        log=(path.parent / log).resolve() if not Path(log).is_absolute() else Path(log),
    )


def _error(doc: YamlFile, key: str, message: str) -> ExamFileError:
    return ExamFileError(str(doc.error(key, message)))


def _problem_names(doc: YamlFile) -> list[str]:
    names = doc.data.get("problems")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
        raise _error(
            doc, "problems", "`problems` is required: a list of slugs or folders, like `problems: [bounded-subarrays, ./extra/mine]`"
        )
    return names


def _no_problems(doc: YamlFile) -> tuple[Problem, ...]:
    _problem_names(doc)  # the list is still checked
    return ()


def _problems(doc: YamlFile, roots: list[Path] | None) -> tuple[Problem, ...]:
    names = _problem_names(doc)
    if roots is None:
        roots = [Path("problems"), resources.problems_dir()]
    found: list[Problem] = []
    for name in names:
        folder = (doc.path.parent / name) if name.startswith((".", "/")) or "/" in name else None
        try:
            problem = find(str(folder), *roots) if folder is not None else find(name, *roots)
        except ProblemError as exc:
            raise _error(doc, "problems", f"problem {name!r} can't be used: {exc}") from None
        if any(p.slug == problem.slug for p in found):
            raise _error(doc, "problems", f"problem {problem.slug!r} is listed twice")
        found.append(problem)
    return tuple(found)


def _languages(doc: YamlFile) -> tuple[Language, ...]:
    known = languages.all_languages()
    wanted = doc.data.get("languages")
    if wanted is None:
        return tuple(known.values())
    if not isinstance(wanted, list) or not wanted:
        raise _error(
            doc, "languages", f"`languages` must be a list of language ids, like `languages: [python, cpp]` (known: {', '.join(known)})"
        )
    chosen = []
    for lang in wanted:
        if str(lang) not in known:
            raise _error(doc, "languages", f"unknown language {lang!r} (known: {', '.join(known)})")
        chosen.append(known[str(lang)])
    return tuple(chosen)
