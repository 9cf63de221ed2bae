"""Problem packages: the native format and the Kattis format it extends.

A package is a folder (see shared/spec/problem-format.md).  Loading never
writes into it, and a broken package raises ProblemError with one message that
names the file, the line where YAML knows it, the key and the fix.

Kattis packages come in two generations, both read here: the legacy format
(problemtools; `validation`, `validator_flags`, no time limit in the yaml) and
2023-07 (`problem_format_version`, `name` as a map of languages, `type`,
`limits.time_limit`, `output_validator/`, flags in data/testdata.yaml).
"""

from __future__ import annotations

import math
import re
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
    # Kattis test groups may set their own validator flags (data/**/testdata.yaml):
    checker: CheckerSpec | None = None  # this test's default-validator options, when not the problem's
    validator_args: tuple[str, ...] = ()  # extra arguments for a custom validator

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
    format: str = "native"  # native | legacy | 2023-07
    skipped_submissions: list[tuple[Path, str]] = field(default_factory=list)  # and why

    @property
    def samples(self) -> list[TestCase]:
        return [t for t in self.tests if not t.hidden]

    @property
    def hidden(self) -> list[TestCase]:
        return [t for t in self.tests if t.hidden]


def _fail(path: Path, message: str) -> ProblemError:
    return ProblemError(f"{path}: {message}")


@dataclass
class _Yaml:
    """A parsed YAML file and the line of each key, for messages."""

    path: Path
    data: dict
    lines: dict[str, int]

    def error(self, key: str, message: str) -> ProblemError:
        line = self.lines.get(key)
        return _fail(self.path, (f"line {line}: " if line else "") + message)


def _key_lines(text: str) -> dict[str, int]:
    """'limits.memory' -> 7: where each key of nested mappings is written."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    lines: dict[str, int] = {}

    def walk(node, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    lines.setdefault(prefix + str(key.value), key.start_mark.line + 1)
                    walk(value, f"{prefix}{key.value}.")

    walk(root, "")
    return lines


def _read_yaml(path: Path) -> _Yaml:
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
        data = {}
    if not isinstance(data, dict):
        raise _fail(path, "must be a mapping of keys (like `title: My Problem`), not a " + type(data).__name__)
    return _Yaml(path, data, _key_lines(text))


_NUMBER_TEXT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _as_float(value) -> float | None:
    """A YAML number, or a string that spells one (YAML 1.1 reads `1e-6` as a string)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()):
        return float(value)
    return None


def _positive(doc: _Yaml, key: str, value, default: float, hint: str = "") -> float:
    if value is None:
        return default
    number = _as_float(value)
    if number is None or not math.isfinite(number) or number <= 0:
        raise doc.error(key, f"`{key}` must be a positive number, not {value!r}" + (f": {hint}" if hint else ""))
    return number


def _version(data: dict) -> str:
    version = str(data.get("problem_format_version", "legacy")).strip()
    return "legacy" if version.startswith("legacy") else "2023-07"


def _title(doc: _Yaml, folder: Path) -> tuple[str, bool]:
    data = doc.data
    kattis = "title" not in data or "problem_format_version" in data
    if "title" in data:
        key, title = "title", data["title"]
    elif "name" in data:
        key, title = "name", data["name"]
        if isinstance(title, dict):  # 2023-07: a map of languages, English preferred
            if not title:
                raise doc.error("name", "`name` is an empty map: give the name in English, like `name: {en: My Problem}`")
            english = [lang for lang in title if str(lang) == "en" or str(lang).startswith("en-")]
            title = title[(english or list(title))[0]]
    else:
        key, title = "title", statements.title_from(folder)  # legacy: \problemname{...} in the statement
        if title is None:
            raise doc.error("title", "no title: add `title: <the problem's name>` (Kattis: `name: <the problem's name>`)")
    if not isinstance(title, str) or not title.strip():
        raise doc.error(key, f"`{key}` must be a non-empty string, not {title!r}")
    return title.strip(), kattis


def _limits(doc: _Yaml, folder: Path, kattis: bool) -> tuple[Limits, bool]:
    data = doc.data
    kattis_limits = data.get("limits")
    if kattis_limits is None:
        kattis_limits = {}
    if not isinstance(kattis_limits, dict):
        raise doc.error("limits", "`limits` must be a mapping (like `limits: {memory: 1024, time_limit: 2}`)")

    def pick(native: str, kattis_key: str):
        if data.get(native) is not None:
            return native, data[native]
        return f"limits.{kattis_key}", kattis_limits.get(kattis_key)

    time_key, time_value = pick("time_limit", "time_limit")
    memory_key, memory_value = pick("memory_limit", "memory")
    output_key, output_value = pick("output_limit", "output")
    time_s = _positive(doc, time_key, time_value, 0, "the CPU seconds per test, like `time_limit: 2`") or None
    if time_s is None:
        time_s = _time_limit_file(folder)
    memory_default = KATTIS_DEFAULT_MEMORY_MB if kattis else DEFAULT_MEMORY_MB
    limits = Limits(
        time_s=time_s or DEFAULT_TIME_S,
        memory_mb=math.ceil(_positive(doc, memory_key, memory_value, memory_default, "MiB per test, like `memory_limit: 256`")),
        output_mb=_positive(doc, output_key, output_value, DEFAULT_OUTPUT_MB, "MiB of output per test, like `output_limit: 8`"),
    )
    return limits, time_s is None


def _time_limit_file(folder: Path) -> float | None:
    """The time limit tools keep beside problem.yaml: `.timelimit` (problemtools
    and BAPCtools write one; DOMjudge reads it) or DOMjudge's domjudge-problem.ini."""
    path = folder / ".timelimit"
    if path.is_file():
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        value = _as_float(text)
        if value is None or not math.isfinite(value) or value <= 0:
            raise _fail(path, f"must hold the time limit as a positive number of seconds (like `2`), not {text[:40]!r}")
        return value
    ini = folder / "domjudge-problem.ini"
    if ini.is_file():
        for number, line in enumerate(ini.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            key, _, value = line.partition("=")
            if key.strip() == "timelimit":
                text = value.strip().strip("'\"")
                seconds = _as_float(text)
                if seconds is None or not math.isfinite(seconds) or seconds <= 0:
                    raise _fail(ini, f"line {number}: `timelimit` must be a positive number of seconds, not {text!r}")
                return seconds
    return None


def _validation(doc: _Yaml, version: str) -> str | None:
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


def _flag_words(where: _Yaml, key: str, value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(w) for w in value]
    if isinstance(value, (str, int, float)):
        return str(value).split()
    raise where.error(key, f"`{key}` must be a string of flags (like `float_tolerance 1e-6`), not {value!r}")


def _default_flags(words: list[str], where: _Yaml, key: str) -> dict:
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
            value = _as_float(words[i + 1]) if i + 1 < len(words) else None
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
class _Checking:
    """How a package's output is checked: the kind, the problem.yaml options, and
    per-group validator flags from data/**/testdata.yaml."""

    kind: str
    kattis: bool
    doc: _Yaml
    yaml_flags: list[str]
    validator: Path | None = None
    _groups: dict[Path, list[str] | None] = field(default_factory=dict)

    def spec(self, words: list[str], where: _Yaml, key: str) -> CheckerSpec:
        data = self.doc.data
        flags = _default_flags(words, where, key) if self.kind == "tokens" else {}
        case_sensitive = data.get("case_sensitive", flags.get("case_sensitive", not self.kattis))
        float_abs, float_rel = flags.get("float_abs"), flags.get("float_rel")
        if data.get("float_tolerance") is not None:
            float_abs = float_rel = _positive(self.doc, "float_tolerance", data["float_tolerance"], 0, "like `float_tolerance: 1.0e-6`")
        return CheckerSpec(
            kind=self.kind,
            case_sensitive=bool(case_sensitive),
            space_change_sensitive=bool(data.get("space_change_sensitive", flags.get("space_change_sensitive", False))),
            float_abs=float_abs,
            float_rel=float_rel,
        )

    def group_flags(self, folder: Path, directory: Path) -> tuple[list[str], _Yaml | None]:
        """The flags a test in `directory` gets: problem.yaml's validator_flags,
        then the nearest testdata.yaml that sets some (groups inherit)."""
        chain = [directory, *directory.parents]
        for group in chain:
            if group == folder:
                break
            if group not in self._groups:
                self._groups[group] = self._read_group(group)
            found = self._groups[group]
            if found is not None:
                return self.yaml_flags + found[1], found[0]
        return self.yaml_flags, None

    def _read_group(self, group: Path):
        for name in _TESTDATA_FILES:
            path = group / name
            if path.is_file():
                doc = _read_yaml(path)
                for key in _FLAG_KEYS:
                    if key in doc.data:
                        return doc, _flag_words(doc, key, doc.data[key])
        return None


def _checking(doc: _Yaml, folder: Path, kattis: bool, version: str) -> _Checking:
    data = doc.data
    validation = _validation(doc, version) if kattis or "validation" in data else None
    kind = data.get("checker")
    dirs = [folder / d for d in ("output_validator", "output_validators") if (folder / d).is_dir()]
    if kind is None:
        if validation == "custom" or (kattis and version == "2023-07" and dirs and validation is None):
            kind = "custom"
        else:
            kind = "tokens" if kattis else "lines"
    if kind not in CHECKERS:
        raise doc.error("checker", f"unknown checker {kind!r}: use one of {', '.join(CHECKERS)}")
    checking = _Checking(kind, kattis, doc, _flag_words(doc, "validator_flags", data.get("validator_flags")))
    if kind == "custom":
        if not dirs:
            key = "checker" if "checker" in data else "validation"
            raise doc.error(key, "the checker is custom but there is no output_validators/ (or output_validator/) folder: put the validator's source there")
        checking.validator = _validator_program(dirs[0])
    return checking


def _validator_program(root: Path) -> Path:
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
            raise _fail(program, "the output validator is built by `build`/`run` scripts, which ProctorX doesn't support yet: give a .py, .c, .cpp or .java source")
        raise _fail(program, "has no output validator source: put a .py, .c, .cpp or .java validator here")
    return program


def _inline_tests(doc: _Yaml) -> list[dict]:
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


def _submissions(folder: Path) -> tuple[list[Submission], list[tuple[Path, str]]]:
    """Kattis example submissions, one per file (or per folder holding a single
    source); those in a language ProctorX can't run are set aside with a reason."""
    from tui import languages

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
            try:
                languages.for_file(path)
            except languages.LanguageError:
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
    from tui import languages

    try:
        languages.for_file(path)
        return True
    except languages.LanguageError:
        return False


def _tags(doc: _Yaml) -> list[str]:
    tags = doc.data.get("tags")
    if tags is None:
        tags = doc.data.get("keywords")  # Kattis: a space-separated string (legacy) or a list
        if isinstance(tags, str):
            tags = tags.split()
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
        raise _fail(folder, "is not a problem package: it has no problem.yaml")
    doc = _read_yaml(yaml_path)
    data = doc.data
    title, kattis = _title(doc, folder)
    version = _version(data) if kattis else "native"
    limits, time_default = _limits(doc, folder, kattis)
    checking = _checking(doc, folder, kattis, version)
    root_words, root_doc = checking.group_flags(folder, folder / "data")
    checker = _spec_at(checking, root_words, root_doc)
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
                validator_args=tuple(root_words) if checking.kind == "custom" else (),
            )
        )
    counts = {False: 0, True: 0}
    for infile, answer, hidden in _file_tests(folder):
        counts[hidden] += 1
        name = f"hidden {counts[True]}" if hidden else f"sample {infile.stem}"
        words, group_doc = checking.group_flags(folder, infile.parent)
        spec = _spec_at(checking, words, group_doc)
        tests.append(
            TestCase(
                len(tests) + 1, name, hidden, str(infile.relative_to(folder)), infile, answer,
                checker=None if spec == checker else spec,
                validator_args=tuple(words) if checking.kind == "custom" else (),
            )
        )

    submissions, skipped = _submissions(folder)
    sample_files = [(t.input_path, t.answer_path) for t in tests if not t.hidden and t.input_path is not None]
    return Problem(
        slug=folder.resolve().name,
        title=title,
        path=folder,
        statement=statements.load(folder, title, samples=sample_files, constants=_constants(data)),
        limits=limits,
        checker=checker,
        tests=tests,
        difficulty=difficulty,
        tags=_tags(doc),
        kattis=kattis,
        time_limit_default=time_default,
        validator=checking.validator,
        solutions=_by_language(folder / "solutions"),
        starters=_by_language(folder / "starters"),
        submissions=submissions,
        format=version,
        skipped_submissions=skipped,
    )


def _spec_at(checking: _Checking, words: list[str], group_doc: _Yaml | None) -> CheckerSpec:
    if group_doc is None:
        return checking.spec(words, checking.doc, "validator_flags")
    key = next(k for k in _FLAG_KEYS if k in group_doc.data)
    return checking.spec(words, group_doc, key)


def _constants(data: dict) -> dict[str, str]:
    constants = data.get("constants")
    return {str(k): str(v) for k, v in constants.items()} if isinstance(constants, dict) else {}


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
