"""Problem packages: the native format and the Kattis format it extends.

A package is a folder (see shared/spec/problem-format.md).  Loading never
writes into it, and a broken package raises ProblemError with one message that
names the file, the line where YAML knows it, the key and the fix.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tui import statements
from tui.checkers import CHECKERS, CheckerSpec
from tui.limits import DEFAULT_MEMORY_MB, DEFAULT_OUTPUT_MB, DEFAULT_TIME_S, Limits

SUBMISSION_VERDICTS = {
    "accepted": ("AC",),
    "wrong_answer": ("WA",),
    "time_limit_exceeded": ("TLE",),
    "run_time_error": ("RE", "MLE"),
    "runtime_error": ("RE", "MLE"),
    "memory_limit_exceeded": ("MLE", "RE"),
    "output_limit_exceeded": ("OLE",),
}


class ProblemError(Exception):
    """A package that can't be loaded; str() is the message for a person."""


@dataclass(frozen=True)
class TestCase:
    index: int  # 1-based, in judging order
    name: str
    hidden: bool
    origin: str  # "inline", "data/sample/1.in", ... where an author finds it
    input_path: Path | None = None
    answer_path: Path | None = None
    inline_input: bytes | None = None
    inline_answer: bytes | None = None

    def input(self) -> bytes:
        return self.inline_input if self.input_path is None else self.input_path.read_bytes()

    def expected(self) -> bytes:
        return self.inline_answer if self.answer_path is None else self.answer_path.read_bytes()


@dataclass(frozen=True)
class Submission:
    path: Path
    expected: tuple[str, ...]  # verdicts its folder promises; the first is the usual one
    folder: str


@dataclass
class Problem:
    slug: str
    title: str
    path: Path
    statement: str
    limits: Limits
    checker: CheckerSpec
    tests: list[TestCase]
    difficulty: str | None = None
    tags: list[str] = field(default_factory=list)
    kattis: bool = False
    time_limit_default: bool = False  # the package set none: the UI says so
    validator: Path | None = None  # custom output validator (file or folder)
    solutions: dict[str, Path] = field(default_factory=dict)
    starters: dict[str, Path] = field(default_factory=dict)
    submissions: list[Submission] = field(default_factory=list)

    @property
    def samples(self) -> list[TestCase]:
        return [t for t in self.tests if not t.hidden]

    @property
    def hidden(self) -> list[TestCase]:
        return [t for t in self.tests if t.hidden]


def _fail(path: Path, message: str) -> ProblemError:
    return ProblemError(f"{path}: {message}")


def _read_yaml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _fail(path, "is not UTF-8 text") from None
    except OSError as exc:
        raise _fail(path, f"can't be read ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        what = getattr(exc, "problem", None) or str(exc)
        raise _fail(path, f"{where}YAML syntax error: {what}. Fix the syntax (quote values containing ':' or '#').") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise _fail(path, "must be a mapping of keys (like `title: My Problem`), not a " + type(data).__name__)
    return data


def _positive(path: Path, key: str, value, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise _fail(path, f"`{key}` must be a positive number, not {value!r}")
    return float(value)


def _title(path: Path, data: dict) -> tuple[str, bool]:
    if "title" in data:
        title, kattis = data["title"], False
    elif "name" in data:
        title, kattis = data["name"], True
        if isinstance(title, dict):  # 2023-07: a map of languages
            title = title.get("en") or next(iter(title.values()), None)
    else:
        raise _fail(path, "no title: add `title: <the problem's name>`")
    if not isinstance(title, str) or not title.strip():
        raise _fail(path, "`title` must be a non-empty string")
    return title.strip(), kattis


def _flags(text) -> dict:
    """Kattis validator_flags: 'float_tolerance 1e-4 case_sensitive' ..."""
    if isinstance(text, list):
        words = [str(w) for w in text]
    else:
        words = str(text or "").split()
    flags: dict = {}
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance") and i + 1 < len(words):
            flags[word] = float(words[i + 1])
            i += 2
            continue
        flags[word] = True
        i += 1
    return flags


def _checker(path: Path, data: dict, kattis: bool, folder: Path) -> tuple[CheckerSpec, Path | None]:
    validation = data.get("validation", "default")
    if isinstance(validation, dict):  # 2023-07 style
        validation = validation.get("type", "default")
    kind = data.get("checker")
    has_validator_dir = any((folder / d).is_dir() for d in ("output_validators", "output_validator"))
    if kind is None:
        if str(validation).startswith("custom") or (kattis and has_validator_dir and validation != "default"):
            kind = "custom"
        else:
            kind = "tokens" if kattis else "lines"
    if kind not in CHECKERS:
        raise _fail(path, f"unknown checker {kind!r}: use one of {', '.join(CHECKERS)}")
    try:
        flags = _flags(data.get("validator_flags"))
    except ValueError:
        raise _fail(path, f"`validator_flags` has a tolerance that is not a number: {data.get('validator_flags')!r}") from None
    case_sensitive = data.get("case_sensitive", flags.get("case_sensitive", not kattis))
    tolerance = data.get("float_tolerance", flags.get("float_tolerance"))
    if tolerance is not None:
        tolerance = _positive(path, "float_tolerance", tolerance, 0)
    spec = CheckerSpec(
        kind=kind,
        case_sensitive=bool(case_sensitive),
        space_change_sensitive=bool(data.get("space_change_sensitive", flags.get("space_change_sensitive", False))),
        float_abs=flags.get("float_absolute_tolerance", tolerance),
        float_rel=flags.get("float_relative_tolerance", tolerance),
    )
    validator = None
    if kind == "custom":
        for name in ("output_validators", "output_validator"):
            root = folder / name
            if root.is_dir():
                entries = sorted(p for p in root.iterdir() if not p.name.startswith("."))
                validator = entries[0] if len(entries) == 1 and entries[0].is_dir() else root
                break
        if validator is None:
            raise _fail(path, "the checker is custom but there is no output_validators/ folder with the validator")
    return spec, validator


def _limits(path: Path, data: dict) -> tuple[Limits, bool]:
    kattis_limits = data.get("limits") or {}
    if not isinstance(kattis_limits, dict):
        raise _fail(path, "`limits` must be a mapping (like `limits: {memory: 1024}`)")
    time_value = data.get("time_limit", kattis_limits.get("time_limit"))
    memory_value = data.get("memory_limit", kattis_limits.get("memory"))
    output_value = data.get("output_limit", kattis_limits.get("output"))
    key = "time_limit" if "time_limit" in data else "limits.time_limit"
    limits = Limits(
        time_s=_positive(path, key, time_value, DEFAULT_TIME_S),
        memory_mb=int(_positive(path, "memory_limit", memory_value, DEFAULT_MEMORY_MB)),
        output_mb=_positive(path, "output_limit", output_value, DEFAULT_OUTPUT_MB),
    )
    return limits, time_value is None


def _inline_tests(path: Path, data: dict) -> list[dict]:
    tests = data.get("tests") or []
    if not isinstance(tests, list):
        raise _fail(path, "`tests` must be a list of {input, expected} entries")
    for number, test in enumerate(tests, start=1):
        if not isinstance(test, dict) or "input" not in test or "expected" not in test:
            raise _fail(path, f"tests[{number}] needs both `input` and `expected`")
    return tests


def _file_tests(folder: Path) -> list[tuple[Path, Path, bool]]:
    found = []
    for group, hidden in (("sample", False), ("secret", True)):
        root = folder / "data" / group
        if not root.is_dir():
            continue
        for infile in sorted(root.rglob("*.in")):
            answer = infile.with_suffix(".ans")
            if not answer.is_file():
                raise _fail(infile, f"has no answer file: add {answer.name} beside it")
            found.append((infile, answer, hidden))
    return found


def _by_language(folder: Path) -> dict[str, Path]:
    from tui import languages  # languages read images/: imported late to keep this module light

    found = {}
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            try:
                found.setdefault(languages.for_file(path).id, path)
            except languages.LanguageError:
                continue
    return found


def _submissions(folder: Path) -> list[Submission]:
    root = folder / "submissions"
    found = []
    if root.is_dir():
        for sub in sorted(root.iterdir()):
            expected = SUBMISSION_VERDICTS.get(sub.name)
            if expected and sub.is_dir():
                found += [Submission(p, expected, sub.name) for p in sorted(sub.iterdir()) if p.is_file()]
    return found


def load(folder: Path | str) -> Problem:
    folder = Path(folder)
    yaml_path = folder / "problem.yaml"
    if not yaml_path.is_file():
        raise _fail(folder, "is not a problem package: it has no problem.yaml")
    data = _read_yaml(yaml_path)
    title, kattis = _title(yaml_path, data)
    limits, time_default = _limits(yaml_path, data)
    checker, validator = _checker(yaml_path, data, kattis, folder)
    difficulty = data.get("difficulty")
    if difficulty is not None and difficulty not in ("easy", "medium", "hard"):
        raise _fail(yaml_path, f"`difficulty` must be easy, medium or hard, not {difficulty!r}")
    tags = data.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]

    tests: list[TestCase] = []
    for number, test in enumerate(_inline_tests(yaml_path, data), start=1):
        tests.append(
            TestCase(
                index=len(tests) + 1,
                name=str(test.get("name") or f"test {number}"),
                hidden=bool(test.get("hidden", False)),
                origin=f"problem.yaml tests[{number}]",
                inline_input=str(test["input"]).encode(),
                inline_answer=str(test["expected"]).encode(),
            )
        )
    counts = {False: 0, True: 0}
    for infile, answer, hidden in _file_tests(folder):
        counts[hidden] += 1
        name = f"hidden {counts[True]}" if hidden else f"sample {infile.stem}"
        tests.append(TestCase(len(tests) + 1, name, hidden, str(infile.relative_to(folder)), infile, answer))

    return Problem(
        slug=folder.resolve().name,
        title=title,
        path=folder,
        statement=statements.load(folder, title),
        limits=limits,
        checker=checker,
        tests=tests,
        difficulty=difficulty,
        tags=[str(t) for t in tags],
        kattis=kattis,
        time_limit_default=time_default,
        validator=validator,
        solutions=_by_language(folder / "solutions"),
        starters=_by_language(folder / "starters"),
        submissions=_submissions(folder),
    )


@dataclass
class Library:
    problems: list[Problem]
    errors: list[ProblemError]


def load_library(*roots: Path) -> Library:
    """Every package under the roots, first root winning on a slug; a broken
    package is reported in errors and the rest still load."""
    problems: dict[str, Problem] = {}
    errors: list[ProblemError] = []
    for root in roots:
        if not root.is_dir():
            continue
        for folder in sorted(p for p in root.iterdir() if (p / "problem.yaml").is_file()):
            if folder.name in problems:
                continue
            try:
                problems[folder.name] = load(folder)
            except ProblemError as exc:
                errors.append(exc)
    return Library(sorted(problems.values(), key=lambda p: p.slug), errors)


def find(name: str, *roots: Path) -> Problem:
    """A problem folder, or a slug looked up in the roots."""
    path = Path(name)
    if (path / "problem.yaml").is_file() or path.is_dir():
        return load(path)
    for root in roots:
        if (root / name / "problem.yaml").is_file():
            return load(root / name)
    searched = ", ".join(str(r) for r in roots) or "nowhere"
    raise ProblemError(f"no problem {name!r}: not a folder, and no such slug in {searched}")
