"""The Kattis problem package format: the adapter from its keys to a Description.

Kattis packages come in two generations, both read here: the legacy format
(problemtools; `validation`, `validator_flags`, no time limit in the yaml) and
2023-07 (`problem_format_version`, `name` as a map of languages, `type`,
`limits.time_limit`, `output_validator/`, flags in data/testdata.yaml).  A
native package may use these keys too: its own keys are read after them.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from tui.packages import constants, expectations, statements
from tui.packages.described import Description
from tui.packages.groups import Flags, flag_words
from tui.packages.inside import files_under, inside
from tui.packages.model import Submission
from tui.packages.package_yaml import YamlFile, as_float, fail, positive

SUBMISSION_VERDICTS = {
    "accepted": ("AC",),
    # Scoring problems: accepted with a score strictly between the lowest and the highest.
    "partially_accepted": ("AC",),
    "wrong_answer": ("WA",),
    "time_limit_exceeded": ("TLE",),
    "run_time_error": ("RE", "MLE"),
    "runtime_error": ("RE", "MLE"),
    "memory_limit_exceeded": ("MLE", "RE"),
    "output_limit_exceeded": ("OLE",),
    # 2023-07: rejected is any failure; brute_force never answers wrongly but is too slow or crashes.
    "rejected": ("WA", "TLE", "RE", "MLE", "OLE"),
    "brute_force": ("TLE", "RE", "MLE"),
}

# problemtools' system default when a Kattis package sets no memory limit.
KATTIS_DEFAULT_MEMORY_MB = 1024
VALIDATOR_EXTENSIONS = (".py", ".cpp", ".cc", ".cxx", ".c", ".java")
# Names BAPCtools leaves out wherever it looks (a submission, a validator): switched off by their authors.
SET_ASIDE = (".disabled", ".template")
BUILD_SCRIPTS = ("build", "run")  # a program folder built and run by its own scripts (2025-09)
# scoring: graded by its test groups (tui/packages/scoring.py); interactive: the validator is the interactor;
# multi-pass: the validator's nextpass.in is the program's next input (tui/judging/multipass.py);
# submit-answer: the submission is the answer files, judged without a program (tui/judging/answers.py)
_JUDGED_TYPES = ("pass-fail", "scoring", "interactive", "multi-pass", "submit-answer")
# The spec's pairs of types a problem can't be at once.
_INCOMPATIBLE = (("pass-fail", "scoring"), ("submit-answer", "multi-pass"), ("submit-answer", "interactive"))
# The spec's default number of passes a multi-pass problem may run.
DEFAULT_VALIDATION_PASSES = 2
_LIMIT_HINTS = {
    "time_limit": "the CPU seconds per test, like `time_limit: 2`",
    "memory": "MiB per test, like `memory_limit: 256`",
    "output": "MiB of output per test, like `output_limit: 8`",
}


def is_kattis(data: dict) -> bool:
    """A package without a `title` (Kattis names it `name`), or one that says its format version."""
    return "title" not in data or "problem_format_version" in data


def version(data: dict) -> str:
    """`legacy`, `2023-07` or `2025-09`."""
    given = str(data.get("problem_format_version", "legacy")).strip()
    if given.startswith("legacy"):
        return "legacy"
    return "2025-09" if given.startswith("2025-09") else "2023-07"


def read(d: Description) -> None:
    """Fills the description from the Kattis keys of problem.yaml and the
    time-limit files beside it."""
    doc, data = d.doc, d.doc.data
    if "title" not in data:
        d.title = _name(doc, d.folder)
    limits = _limits(doc)
    for key, attribute in (("time_limit", "time_s"), ("memory", "memory_mb"), ("output", "output_mb")):
        if limits.get(key) is not None:
            setattr(d, attribute, positive(doc, f"limits.{key}", limits[key], 0, _LIMIT_HINTS[key]))
    if d.time_s is None and data.get("time_limit") is None:
        d.time_s = time_limit_file(d.folder)
    validation = _validation(doc, d.format) if d.kattis or "validation" in data else None
    d.interactive = interactive(doc, d.format)
    d.multipass = multipass(doc, d.format)
    if d.interactive or d.multipass:
        validation = "custom"  # the output validator is the interactor, or writes the next pass's input
    if d.multipass:
        d.validation_passes = _passes(doc, limits)
    d.scoring = "scoring" in _types(data)  # a native package may say `type: scoring` too
    d.submit_answer = d.format != "native" and "submit-answer" in _types(data)
    if d.submit_answer and d.scoring:
        raise doc.error("type", "submit-answer problems that are also scoring are not supported yet: ProctorX judges pass-fail answers")
    if d.scoring:
        # problemtools: a 2023-07 validator may write score.txt; a legacy one only with `validation: custom score`.
        said = data.get("validation")
        legacy_score = (isinstance(said, str) and "score" in said.split()[1:]) or (isinstance(said, dict) and bool(said.get("score")))
        if d.format == "legacy":
            d.score_file = "must" if legacy_score else "no"
        else:  # 2023-07, 2025-09, and native packages (whose custom checkers may score)
            d.score_file = "may"
    if validation == "custom" or (d.format in ("2023-07", "2025-09") and validation is None and validator_folders(d.folder)):
        d.checker = "custom"
    d.flags = Flags(flag_words(doc, "validator_flags", data.get("validator_flags")), doc, "validator_flags")
    words = data.get("keywords")
    if words is not None:
        d.tags = words.split() if isinstance(words, str) else words
    # What {{name}} and \constant{name} stand for: 2025-09 holds them to its rules, older formats read them as text.
    d.constants = constants.read(doc, strict=d.format == "2025-09")


def _name(doc: YamlFile, folder: Path) -> str:
    """`name` (in 2023-07 a map of languages, English preferred), or in a
    legacy package without one, \\problemname{...} in the statement."""
    data = doc.data
    if "name" not in data:
        return statements.title_from(folder) or ""
    title = data["name"]
    if isinstance(title, dict):
        if not title:
            raise doc.error("name", "`name` is an empty map: give the name in English, like `name: {en: My Problem}`")
        english = [lang for lang in title if str(lang) == "en" or str(lang).startswith("en-")]
        title = title[(english or list(title))[0]]
    if not isinstance(title, str) or not title.strip():
        raise doc.error("name", f"`name` must be a non-empty string, not {title!r}")
    return title.strip()


def _limits(doc: YamlFile) -> dict:
    """The `limits` mapping (time_limit, memory, output), empty when there is none."""
    found = doc.data.get("limits")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise doc.error("limits", "`limits` must be a mapping (like `limits: {memory: 1024, time_limit: 2}`)")
    return found


def time_limit_file(folder: Path) -> float | None:
    """The time limit tools keep beside problem.yaml: `.timelimit` (problemtools
    and BAPCtools write one; DOMjudge reads it) or DOMjudge's domjudge-problem.ini."""
    path = folder / ".timelimit"
    if path.is_file():
        text = inside(folder, path, ".timelimit").read_text(encoding="utf-8", errors="replace").strip()
        value = as_float(text)
        if value is None or not math.isfinite(value) or value <= 0:
            raise fail(path, f"must hold the time limit as a positive number of seconds (like `2`), not {text[:40]!r}")
        return value
    ini = folder / "domjudge-problem.ini"
    if ini.is_file():
        text = inside(folder, ini, "domjudge-problem.ini").read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            key, _, value = line.partition("=")
            if key.strip() == "timelimit":
                text = value.strip().strip("'\"")
                seconds = as_float(text)
                if seconds is None or not math.isfinite(seconds) or seconds <= 0:
                    raise fail(ini, f"line {number}: `timelimit` must be a positive number of seconds, not {text!r}")
                return seconds
    return None


def _types(data: dict) -> list[str]:
    """The problem's types: a list, or one string (the spec's examples write `type: pass-fail submit-answer`)."""
    types = data.get("type")
    return str(types).split() if isinstance(types, str) else [str(t) for t in types] if isinstance(types, list) else []


def _validation(doc: YamlFile, version: str) -> str | None:
    """`default`, `custom` or None (not said); refuses what can't be judged."""
    data = doc.data
    kinds = _types(data) if version != "native" else []
    for kind in kinds:
        if kind not in _JUDGED_TYPES:  # pvp...
            raise doc.error(
                "type",
                f"{kind} problems are not supported yet (`type: {kind}`): "
                "ProctorX judges programs that read the input and write the output, and submitted answer files",
            )
    for one, other in _INCOMPATIBLE:
        if one in kinds and other in kinds:
            raise doc.error("type", f"a problem can't be both {one} and {other} (the spec's table of types): keep one of them")
    validation = data.get("validation")
    if validation is None:
        return None
    if isinstance(validation, dict):  # some 2023-07 drafts
        words = [str(validation.get("type", "custom" if validation.get("interactive") else "default"))]
        words += [k for k in ("interactive", "score") if validation.get(k)]
    elif isinstance(validation, str):
        words = validation.split() or ["default"]
    else:
        raise doc.error("validation", f"`validation` must be `default` or `custom`, not {validation!r}")
    if words[0] not in ("default", "custom"):
        raise doc.error(
            "validation",
            f"`validation` must be `default` or `custom` (optionally `custom interactive`, `custom multi-pass`), not {validation!r}",
        )
    if "interactive" in words[1:] and words[0] != "custom":
        raise doc.error("validation", f"an interactive problem's validation is `custom interactive`, not {validation!r}")
    if "multi-pass" in words[1:] and words[0] != "custom":
        raise doc.error("validation", f"a multi-pass problem's validation is `custom multi-pass`, not {validation!r}")
    return words[0]


def interactive(doc: YamlFile, version: str) -> bool:
    """Whether the program talks with an interactor: `type: interactive`
    (2023-07) or `validation: custom interactive` (legacy)."""
    data = doc.data
    kinds = _types(data) if version != "native" else []
    validation = data.get("validation")
    if isinstance(validation, dict):
        said = bool(validation.get("interactive"))
    else:
        said = isinstance(validation, str) and "interactive" in validation.split()[1:]
    return said or "interactive" in [str(k) for k in kinds]


def multipass(doc: YamlFile, version: str) -> bool:
    """Whether the program runs again on what the validator writes to
    nextpass.in: `type: multi-pass` (2023-07 and later, alone or in a list
    such as [interactive, multi-pass]) or `validation: custom multi-pass`
    (legacy, also `custom interactive multi-pass`)."""
    data = doc.data
    validation = data.get("validation")
    if isinstance(validation, dict):
        said = bool(validation.get("multi-pass") or validation.get("multipass"))
    else:
        said = isinstance(validation, str) and "multi-pass" in validation.split()[1:]
    return said or (version != "native" and "multi-pass" in _types(data))


def _passes(doc: YamlFile, limits: dict) -> int:
    """`limits.validation_passes`: an int >= 2 (the spec's default: 2)."""
    given = limits.get("validation_passes")
    if given is None:
        return DEFAULT_VALIDATION_PASSES
    if isinstance(given, bool) or not isinstance(given, int) or given < 2:
        raise doc.error(
            "limits.validation_passes",
            f"`limits.validation_passes` must be a whole number of passes, at least 2 (like `validation_passes: 3`), not {given!r}",
        )
    return given


def validator_folders(folder: Path) -> list[Path]:
    """output_validator/ (2023-07) and output_validators/ (legacy), those that exist."""
    return [folder / d for d in ("output_validator", "output_validators") if (folder / d).is_dir()]


def validator_program(package: Path, root: Path) -> Path:
    """The validator in output_validator(s)/: the folder itself when it holds
    sources, else its (first) sub-folder, as legacy packages nest it.  Every
    file of it must be inside the package."""
    for _ in files_under(package, root, "the output validator's sources"):
        pass  # each is checked as it is found
    entries = sorted(p for p in root.iterdir() if not p.name.startswith("."))
    if not any(p.is_file() and (p.suffix in VALIDATOR_EXTENSIONS or p.name in BUILD_SCRIPTS) for p in entries):
        subdirs = [p for p in entries if p.is_dir()]
        program = subdirs[0] if subdirs else root
    else:
        program = root
    files = [p for p in program.iterdir() if p.is_file()] if program.is_dir() else [program]
    # A folder with build/run scripts is built and run by them (2025-09; tui/judging/scripted.py).
    if not any(p.suffix in VALIDATOR_EXTENSIONS or p.name in BUILD_SCRIPTS for p in files):
        raise fail(program, "has no output validator source: put a .py, .c, .cpp or .java validator, or build/run scripts, here")
    return program


# ---- example submissions -----------------------------------------------------
def submissions(folder: Path, answers: bool = False) -> tuple[list[Submission], list[tuple[Path, str]]]:
    """Kattis example submissions, one per file or folder (a folder is one
    submission of several files), each with what it is expected to get
    (tui/packages/expectations.py); those in a language ProctorX can't run,
    or with an expectation it can't check, are set aside with a reason.
    answers: a submit-answer problem's, where each file or folder is answer
    files (tui/judging/answers.py), never a program, held to its folder."""
    root = folder / "submissions"
    found: list[Submission] = []
    skipped: list[tuple[Path, str]] = []
    if not root.is_dir():
        return found, skipped
    stated = expectations.read_submissions_yaml(folder)
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        if answers:
            expected = SUBMISSION_VERDICTS.get(sub.name)
            for entry in sorted(p for p in inside(folder, sub, "submissions").iterdir() if expected and not p.name.startswith(".")):
                found.append(Submission(inside(folder, entry, "submissions"), expected, sub.name))
            continue
        # __pycache__: what pip's byte-compiling leaves beside a .py submission of an installed library.
        for entry in sorted(
            p for p in inside(folder, sub, "submissions").iterdir() if not p.name.startswith(".") and p.name != "__pycache__"
        ):
            path = entry
            if entry.suffix in SET_ASIDE:
                skipped.append((entry, f"named *{entry.suffix}: set aside, as BAPCtools sets such files and folders aside"))
                continue
            if entry.is_dir():
                # A folder is one submission of all its files (tui/judging/submission.py
                # reads it); one that holds a single file is that file (demo mode shows it).
                held = [p for p in inside(folder, entry, "submissions").rglob("*") if p.is_file() and not p.name.startswith(".")]
                if len(held) == 1:
                    path = held[0]
            elif not path.is_file():
                continue
            inside(folder, path, "submissions")
            try:
                expectation = _expectation(path, entry.relative_to(root).as_posix(), stated)
            except expectations.Unjudgeable as exc:
                skipped.append((path, str(exc)))
                continue
            if expectation is None:
                continue
            if path.is_dir():
                if not any(_runnable(p) for p in held):
                    skipped.append((entry, "a folder with no source ProctorX can run"))
                    continue
            elif not _runnable(path):
                skipped.append((path, f"no runner for {path.suffix or 'files without an extension'}"))
                continue
            elif _python2(path):
                skipped.append((path, "Python 2 (its #! line says so): ProctorX runs Python 3"))
                continue
            expected, held_to, rules = expectation
            main = expectations.entrypoint(stated, entry.relative_to(root).as_posix()) if entry.is_dir() and path == entry else None
            found.append(Submission(path, expected, sub.name, held_to, rules, main))
    return found, skipped


def _expectation(path: Path, relative: str, stated) -> tuple[tuple[str, ...], str, tuple] | None:
    """(verdicts, held to, rules) for one submission: its tag, else
    submissions.yaml, else its folder's name; None when nothing speaks for it."""
    folder = relative.split("/", 1)[0]
    tag = expectations.tagged(path)
    if tag is not None:
        return tag.verdicts, tag.held_to, ()
    ruled = expectations.from_yaml(stated, relative) if stated is not None else None
    if ruled is not None:
        return SUBMISSION_VERDICTS.get(folder) or _verdicts_of(ruled.rules), ruled.held_to, ruled.rules
    if folder in SUBMISSION_VERDICTS:
        return SUBMISSION_VERDICTS[folder], "", ()
    return None


def _verdicts_of(rules) -> tuple[str, ...]:
    """Our verdicts for what the rules permit, failures first (AC first only
    when only AC is permitted: such a program may serve as a reference)."""
    permitted = set(expectations.SPEC_VERDICTS)
    for rule in rules:
        if rule.tests is None:
            permitted &= rule.permitted
    ours = {"AC": ("AC",), "WA": ("WA",), "TLE": ("TLE",), "RTE": ("RE", "MLE", "OLE")}
    failing = tuple(v for name in ("WA", "TLE", "RTE") if name in permitted for v in ours[name])
    return failing + (("AC",) if "AC" in permitted else ()) or ("AC",)


def _python2(path: Path) -> bool:
    # problemtools' rule: a .py file is Python 2 when its first line is a python2 shebang.
    if path.suffix != ".py":
        return False
    with path.open("rb") as handle:
        first = handle.readline(200)
    return re.match(rb"#!.*python2\b", first) is not None


def _runnable(path: Path) -> bool:
    from tui import languages  # languages read images/: imported late to keep this module light

    try:
        languages.for_file(path)
        return True
    except languages.LanguageError:
        return False
