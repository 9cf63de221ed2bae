"""Problem packages: the native format, and where a Kattis package differs.

A package is a folder (see shared/spec/problem-format.md).  The native format is
a superset of Kattis': this module reads what both share and the native keys,
and calls into tui.kattis for Kattis' own.  Loading never writes into the
package, and a broken one raises ProblemError with one message that names the
file, the line where YAML knows it, the key and the fix.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from tui import kattis, statements
from tui.checkers import CHECKERS, CheckerSpec
from tui.kattis import (  # noqa: F401 - re-exported: callers import them from here
    KATTIS_DEFAULT_MEMORY_MB, SUBMISSION_VERDICTS, VALIDATOR_EXTENSIONS, Submission,
)
from tui.limits import DEFAULT_MEMORY_MB, DEFAULT_OUTPUT_MB, DEFAULT_TIME_S, Limits
from tui.package_yaml import ProblemError, YamlFile, fail, positive, read_yaml


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
    # Kattis test groups may set their own validator flags (data/**/testdata.yaml):
    checker: CheckerSpec | None = None  # this test's default-validator options, when not the problem's
    validator_args: tuple[str, ...] = ()  # extra arguments for a custom validator

    def input(self) -> bytes:
        return self.inline_input if self.input_path is None else self.input_path.read_bytes()

    def expected(self) -> bytes:
        return self.inline_answer if self.answer_path is None else self.answer_path.read_bytes()


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
    format: str = "native"  # native | legacy | 2023-07
    skipped_submissions: list[tuple[Path, str]] = field(default_factory=list)  # and why

    @property
    def samples(self) -> list[TestCase]:
        return [t for t in self.tests if not t.hidden]

    @property
    def hidden(self) -> list[TestCase]:
        return [t for t in self.tests if t.hidden]


def _title(doc: YamlFile, folder: Path) -> str:
    key, title = ("title", doc.data["title"]) if "title" in doc.data else kattis.name(doc, folder)
    if not isinstance(title, str) or not title.strip():
        raise doc.error(key, f"`{key}` must be a non-empty string, not {title!r}")
    return title.strip()


def _limits(doc: YamlFile, folder: Path, is_kattis: bool) -> tuple[Limits, bool]:
    data = doc.data
    kattis_limits = kattis.limits(doc)

    def pick(native: str, kattis_key: str):
        if data.get(native) is not None:
            return native, data[native]
        return f"limits.{kattis_key}", kattis_limits.get(kattis_key)

    time_key, time_value = pick("time_limit", "time_limit")
    memory_key, memory_value = pick("memory_limit", "memory")
    output_key, output_value = pick("output_limit", "output")
    time_s = positive(doc, time_key, time_value, 0, "the CPU seconds per test, like `time_limit: 2`") or None
    if time_s is None:
        time_s = kattis.time_limit_file(folder)
    memory_default = KATTIS_DEFAULT_MEMORY_MB if is_kattis else DEFAULT_MEMORY_MB
    limits = Limits(
        time_s=time_s or DEFAULT_TIME_S,
        memory_mb=math.ceil(positive(doc, memory_key, memory_value, memory_default, "MiB per test, like `memory_limit: 256`")),
        output_mb=positive(doc, output_key, output_value, DEFAULT_OUTPUT_MB, "MiB of output per test, like `output_limit: 8`"),
    )
    return limits, time_s is None


@dataclass
class _Checking:
    """How a package's output is checked: the kind, the problem.yaml options, and
    the validator flags of each test group."""

    kind: str
    is_kattis: bool
    doc: YamlFile
    groups: kattis.GroupFlags
    validator: Path | None = None

    def spec(self, flags: kattis.Flags) -> CheckerSpec:
        data = self.doc.data
        given = kattis.default_flags(flags.words, flags.where, flags.key) if self.kind == "tokens" else {}
        case_sensitive = data.get("case_sensitive", given.get("case_sensitive", not self.is_kattis))
        float_abs, float_rel = given.get("float_abs"), given.get("float_rel")
        if data.get("float_tolerance") is not None:
            float_abs = float_rel = positive(self.doc, "float_tolerance", data["float_tolerance"], 0, "like `float_tolerance: 1.0e-6`")
        return CheckerSpec(
            kind=self.kind,
            case_sensitive=bool(case_sensitive),
            space_change_sensitive=bool(data.get("space_change_sensitive", given.get("space_change_sensitive", False))),
            float_abs=float_abs,
            float_rel=float_rel,
        )

    def validator_args(self, flags: kattis.Flags) -> tuple[str, ...]:
        """A custom validator gets the flags as arguments; the default one reads them into the spec."""
        return tuple(flags.words) if self.kind == "custom" else ()


def _checking(doc: YamlFile, folder: Path, is_kattis: bool, version: str) -> _Checking:
    data = doc.data
    validation = kattis.validation(doc, version) if is_kattis or "validation" in data else None
    kind = data.get("checker")
    dirs = kattis.validator_folders(folder)
    if kind is None:
        if validation == "custom" or (is_kattis and version == "2023-07" and dirs and validation is None):
            kind = "custom"
        else:
            kind = "tokens" if is_kattis else "lines"
    if kind not in CHECKERS:
        raise doc.error("checker", f"unknown checker {kind!r}: use one of {', '.join(CHECKERS)}")
    checking = _Checking(kind, is_kattis, doc, kattis.GroupFlags(folder, doc))
    if kind == "custom":
        if not dirs:
            key = "checker" if "checker" in data else "validation"
            raise doc.error(key, "the checker is custom but there is no output_validators/ (or output_validator/) folder: put the validator's source there")
        checking.validator = kattis.validator_program(dirs[0])
    return checking


def _inline_tests(doc: YamlFile) -> list[dict]:
    tests = doc.data.get("tests") or []
    if not isinstance(tests, list):
        raise doc.error("tests", "`tests` must be a list of {input, expected} entries")
    for number, test in enumerate(tests, start=1):
        if not isinstance(test, dict) or "input" not in test or "expected" not in test:
            raise doc.error("tests", f"tests[{number}] needs both `input` and `expected`")
    return tests


def _file_tests(folder: Path) -> list[tuple[Path, Path, bool]]:
    found = []
    for group, hidden in (("sample", False), ("secret", True)):
        root = folder / "data" / group
        if not root.is_dir():
            continue
        for infile in sorted(p for p in root.rglob("*.in") if p.is_file()):
            answer = infile.with_suffix(".ans")
            if not answer.is_file():
                raise fail(infile, f"has no answer file: add {answer.name} beside it")
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


def _tags(doc: YamlFile) -> list[str]:
    tags = doc.data.get("tags")
    if tags is None:
        tags = kattis.keywords(doc.data)
    tags = tags or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, list):
        raise doc.error("tags", f"`tags` must be a list (like `tags: [graphs, bfs]`), not {tags!r}")
    return [str(t) for t in tags]


def load(folder: Path | str) -> Problem:
    folder = Path(folder)
    yaml_path = folder / "problem.yaml"
    if not yaml_path.is_file():
        raise fail(folder, "is not a problem package: it has no problem.yaml")
    doc = read_yaml(yaml_path)
    data = doc.data
    title = _title(doc, folder)
    is_kattis = kattis.is_kattis(data)
    version = kattis.version(data) if is_kattis else "native"
    limits, time_default = _limits(doc, folder, is_kattis)
    checking = _checking(doc, folder, is_kattis, version)
    root_flags = checking.groups.flags(folder / "data")
    checker = checking.spec(root_flags)
    difficulty = data.get("difficulty")
    if difficulty is not None and difficulty not in ("easy", "medium", "hard"):
        raise doc.error("difficulty", f"`difficulty` must be easy, medium or hard, not {difficulty!r}")

    tests: list[TestCase] = []
    for number, test in enumerate(_inline_tests(doc), start=1):
        tests.append(
            TestCase(
                index=len(tests) + 1,
                name=str(test.get("name") or f"test {number}"),
                hidden=bool(test.get("hidden", False)),
                origin=f"problem.yaml tests[{number}]",
                inline_input=str(test["input"]).encode(),
                inline_answer=str(test["expected"]).encode(),
                validator_args=checking.validator_args(root_flags),
            )
        )
    hidden_count = 0
    for infile, answer, hidden in _file_tests(folder):
        hidden_count += hidden
        name = f"hidden {hidden_count}" if hidden else f"sample {infile.stem}"
        flags = checking.groups.flags(infile.parent)
        spec = checking.spec(flags)
        tests.append(
            TestCase(
                len(tests) + 1, name, hidden, str(infile.relative_to(folder)), infile, answer,
                checker=None if spec == checker else spec,
                validator_args=checking.validator_args(flags),
            )
        )

    submissions, skipped = kattis.submissions(folder)
    sample_files = [(t.input_path, t.answer_path) for t in tests if not t.hidden and t.input_path is not None]
    return Problem(
        slug=folder.resolve().name,
        title=title,
        path=folder,
        statement=statements.load(folder, title, samples=sample_files, constants=kattis.constants(data)),
        limits=limits,
        checker=checker,
        tests=tests,
        difficulty=difficulty,
        tags=_tags(doc),
        kattis=is_kattis,
        time_limit_default=time_default,
        validator=checking.validator,
        solutions=_by_language(folder / "solutions"),
        starters=_by_language(folder / "starters"),
        submissions=submissions,
        format=version,
        skipped_submissions=skipped,
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
