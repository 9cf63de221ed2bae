"""The Kattis problem package format, where it differs from the native one.

Kattis packages come in two generations, both read here: the legacy format
(problemtools; `validation`, `validator_flags`, no time limit in the yaml) and
2023-07 (`problem_format_version`, `name` as a map of languages, `type`,
`limits.time_limit`, `output_validator/`, flags in data/testdata.yaml).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from tui import statements
from tui.package_yaml import YamlFile, as_float, fail, read_yaml

SUBMISSION_VERDICTS = {
    "accepted": ("AC",),
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
_JUDGED_TYPES = ("pass-fail", "scoring")  # a scoring problem is judged pass/fail, test by test
_TESTDATA_FILES = ("testdata.yaml", "test_group.yaml")
_FLAG_KEYS = ("output_validator_args", "output_validator_flags")


@dataclass(frozen=True)
class Submission:
    path: Path
    expected: tuple[str, ...]  # verdicts its folder promises; the first is the usual one
    folder: str


# ---- problem.yaml ------------------------------------------------------------
def is_kattis(data: dict) -> bool:
    """A package without a `title` (Kattis names it `name`), or one that says its format version."""
    return "title" not in data or "problem_format_version" in data


def version(data: dict) -> str:
    """`legacy` or `2023-07`."""
    given = str(data.get("problem_format_version", "legacy")).strip()
    return "legacy" if given.startswith("legacy") else "2023-07"


def name(doc: YamlFile, folder: Path) -> tuple[str, object]:
    """The key the name comes from and the name as written: `name`, or in a legacy
    package without one, \\problemname{...} in the statement."""
    data = doc.data
    if "name" in data:
        title = data["name"]
        if isinstance(title, dict):  # 2023-07: a map of languages, English preferred
            if not title:
                raise doc.error("name", "`name` is an empty map: give the name in English, like `name: {en: My Problem}`")
            english = [lang for lang in title if str(lang) == "en" or str(lang).startswith("en-")]
            title = title[(english or list(title))[0]]
        return "name", title
    title = statements.title_from(folder)
    if title is None:
        raise doc.error("title", "no title: add `title: <the problem's name>` (Kattis: `name: <the problem's name>`)")
    return "title", title


def limits(doc: YamlFile) -> dict:
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
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        value = as_float(text)
        if value is None or not math.isfinite(value) or value <= 0:
            raise fail(path, f"must hold the time limit as a positive number of seconds (like `2`), not {text[:40]!r}")
        return value
    ini = folder / "domjudge-problem.ini"
    if ini.is_file():
        for number, line in enumerate(ini.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            key, _, value = line.partition("=")
            if key.strip() == "timelimit":
                text = value.strip().strip("'\"")
                seconds = as_float(text)
                if seconds is None or not math.isfinite(seconds) or seconds <= 0:
                    raise fail(ini, f"line {number}: `timelimit` must be a positive number of seconds, not {text!r}")
                return seconds
    return None


def keywords(data: dict):
    """`keywords`, Kattis' tags: a space-separated string (legacy) or a list; None when not given."""
    words = data.get("keywords")
    return words.split() if isinstance(words, str) else words


def constants(data: dict) -> dict[str, str]:
    """2023-07 `constants`: what {{name}} and \\constant{name} in the statement stand for."""
    found = data.get("constants")
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


# ---- output validation -------------------------------------------------------
def validation(doc: YamlFile, version: str) -> str | None:
    """`default`, `custom` or None (not said); refuses what can't be judged."""
    data = doc.data
    types = data.get("type") if version != "native" else None
    for kind in [types] if isinstance(types, str) else (types if isinstance(types, list) else []):
        if str(kind) not in _JUDGED_TYPES:  # interactive, multi-pass, submit-answer, pvp...
            raise doc.error("type", f"{kind} problems are not supported yet (`type: {kind}`): ProctorX judges programs that read the input and write the output")
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
        raise doc.error("validation", f"`validation` must be `default` or `custom` (optionally `custom interactive`), not {validation!r}")
    if "interactive" in words[1:]:
        raise doc.error("validation", f"interactive problems are not supported yet (`validation: {validation}`): ProctorX judges programs that read the input and write the output")
    return words[0]


def validator_folders(folder: Path) -> list[Path]:
    """output_validator/ (2023-07) and output_validators/ (legacy), those that exist."""
    return [folder / d for d in ("output_validator", "output_validators") if (folder / d).is_dir()]


def validator_program(root: Path) -> Path:
    """The validator in output_validator(s)/: the folder itself when it holds
    sources, else its (first) sub-folder, as legacy packages nest it."""
    entries = sorted(p for p in root.iterdir() if not p.name.startswith("."))
    if not any(p.is_file() and p.suffix in VALIDATOR_EXTENSIONS for p in entries):
        subdirs = [p for p in entries if p.is_dir()]
        program = subdirs[0] if subdirs else root
    else:
        program = root
    files = [p for p in program.iterdir() if p.is_file()] if program.is_dir() else [program]
    if not any(p.suffix in VALIDATOR_EXTENSIONS for p in files):
        if any(p.name in ("build", "run") for p in files):
            raise fail(program, "the output validator is built by `build`/`run` scripts, which ProctorX doesn't support yet: give a .py, .c, .cpp or .java source")
        raise fail(program, "has no output validator source: put a .py, .c, .cpp or .java validator here")
    return program


def default_flags(words: list[str], where: YamlFile, key: str) -> dict:
    """Kattis default-validator flags: case_sensitive, space_change_sensitive,
    float_tolerance ε, float_absolute_tolerance ε, float_relative_tolerance ε."""
    flags: dict = {}
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("case_sensitive", "space_change_sensitive"):
            flags[word] = True
            i += 1
            continue
        if word in ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance"):
            value = as_float(words[i + 1]) if i + 1 < len(words) else None
            if value is None or not math.isfinite(value) or value < 0:
                given = repr(words[i + 1]) if i + 1 < len(words) else "nothing"
                raise where.error(key, f"`{key}`: {word} needs a non-negative number after it, not {given} (like `{word} 1e-6`)")
            if word in ("float_tolerance", "float_absolute_tolerance"):
                flags["float_abs"] = value
            if word in ("float_tolerance", "float_relative_tolerance"):
                flags["float_rel"] = value
            i += 2
            continue
        raise where.error(
            key,
            f"`{key}`: unknown flag {word!r} for the default validator: use case_sensitive, "
            "space_change_sensitive, float_tolerance ε, float_absolute_tolerance ε or float_relative_tolerance ε",
        )
    return flags


@dataclass
class Flags:
    """The validator flags a test gets, and the file and key that set them (for messages)."""

    words: list[str]
    where: YamlFile
    key: str


class GroupFlags:
    """Validator flags per test group: problem.yaml's validator_flags, then those
    of the nearest data/**/testdata.yaml that sets some (groups inherit)."""

    def __init__(self, folder: Path, doc: YamlFile) -> None:
        self.folder = folder
        self.problem = Flags(_flag_words(doc, "validator_flags", doc.data.get("validator_flags")), doc, "validator_flags")
        self._groups: dict[Path, Flags | None] = {}

    def flags(self, directory: Path) -> Flags:
        """The flags of a test in directory."""
        for group in [directory, *directory.parents]:
            if group == self.folder:
                break
            if group not in self._groups:
                self._groups[group] = _read_group(group)
            found = self._groups[group]
            if found is not None:
                return Flags(self.problem.words + found.words, found.where, found.key)
        return self.problem


def _read_group(group: Path) -> Flags | None:
    for name in _TESTDATA_FILES:
        path = group / name
        if path.is_file():
            doc = read_yaml(path)
            for key in _FLAG_KEYS:
                if key in doc.data:
                    return Flags(_flag_words(doc, key, doc.data[key]), doc, key)
    return None


def _flag_words(where: YamlFile, key: str, value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(w) for w in value]
    if isinstance(value, (str, int, float)):
        return str(value).split()
    raise where.error(key, f"`{key}` must be a string of flags (like `float_tolerance 1e-6`), not {value!r}")


# ---- example submissions -----------------------------------------------------
def submissions(folder: Path) -> tuple[list[Submission], list[tuple[Path, str]]]:
    """Kattis example submissions, one per file (or per folder holding a single
    source); those in a language ProctorX can't run are set aside with a reason."""
    root = folder / "submissions"
    found: list[Submission] = []
    skipped: list[tuple[Path, str]] = []
    if not root.is_dir():
        return found, skipped
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        expected = SUBMISSION_VERDICTS.get(sub.name)
        if not expected:
            continue
        for entry in sorted(p for p in sub.iterdir() if not p.name.startswith(".")):
            path = entry
            if entry.is_dir():
                sources = [p for p in entry.iterdir() if p.is_file() and _runnable(p)]
                if len(sources) != 1:
                    skipped.append((entry, "a submission of several files is not supported"))
                    continue
                path = sources[0]
            if not path.is_file():
                continue
            if not _runnable(path):
                skipped.append((path, f"no runner for {path.suffix or 'files without an extension'}"))
                continue
            if _python2(path):
                skipped.append((path, "Python 2 (its #! line says so): ProctorX runs Python 3"))
                continue
            found.append(Submission(path, expected, sub.name))
    return found, skipped


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
