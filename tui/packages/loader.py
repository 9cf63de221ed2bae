"""Loading problem packages: a folder's description, then the Problem built from it.

A package is a folder (see docs/problem-format.md).  Its problem.yaml is
read once into a Description (tui.packages.description, with the Kattis keys
translated by tui.packages.kattis); here the defaults of its format apply and
the tests, statement, solutions and submissions are found.  Loading never
writes into the package, and a broken one raises ProblemError with one message
that names the file, the line where YAML knows it, the key and the fix.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

from tui.limits import DEFAULT_MEMORY_MB, DEFAULT_OUTPUT_MB, DEFAULT_TIME_S, Limits
from tui.packages import kattis, scoring, statements, validation_data
from tui.packages.constants import NONE
from tui.packages.description import Description, describe
from tui.packages.groups import Flags, GroupFlags
from tui.packages.inside import files_under, inside
from tui.packages.model import CheckerSpec, Problem, TestCase
from tui.packages.package_yaml import ProblemError, fail


def load(folder: Path | str) -> Problem:
    folder = Path(folder)
    d = describe(folder)
    # 2025-09 replaces {{name}} in validators, submissions and test_group.yaml too; older formats in statements alone.
    replaced = d.constants if d.format == "2025-09" else NONE
    groups = GroupFlags(folder, d.flags, replaced)
    root_flags = groups.flags(folder / "data")
    checker = _spec(d, root_flags)
    tests = _tests(d, groups, checker, root_flags)
    submissions, skipped = kattis.submissions(folder, answers=d.submit_answer)
    if d.languages is not None:  # 2025-09 `languages`: a program in another can't be judged, nor held to a verdict
        unlisted = [s for s in submissions if s.path.is_file() and _language_of(s.path) not in d.languages]
        skipped += [(s.path, f"{_language_of(s.path)} is not in the problem's `languages`") for s in unlisted]
        submissions = [s for s in submissions if s not in unlisted]
    tree = None
    if not d.scoring:  # a partial score needs a score to be partial of
        skipped += [(s.path, "partially_accepted is for scoring problems") for s in submissions if s.folder == "partially_accepted"]
        submissions = [s for s in submissions if s.folder != "partially_accepted"]
    if d.scoring:
        files = [(t.index, t.input_path) for t in tests if t.input_path is not None]
        tree = scoring.tree(folder, files, d.doc if isinstance(d.doc.data.get("grading"), dict) else None, d.format)
    checks = [
        replace(c, test=replace(c.test, checker=_spec(d, groups.flags(c.test.input_path.parent))))
        for c in validation_data.cases(folder, groups, d.checker == "custom")
        if c.test.input_path is not None
    ]
    sample_files = [(t.input_path, t.answer_path) for t in tests if not t.hidden and t.input_path is not None]
    return Problem(
        slug=folder.resolve().name,
        title=d.title,
        path=folder,
        statement=statements.load(
            folder, d.title, samples=sample_files, constants=d.constants, interactions=_shown_interactions(folder, d)
        ),
        limits=Limits(
            time_s=d.time_s or DEFAULT_TIME_S,
            memory_mb=math.ceil(d.memory_mb or (kattis.KATTIS_DEFAULT_MEMORY_MB if d.kattis else DEFAULT_MEMORY_MB)),
            output_mb=d.output_mb or DEFAULT_OUTPUT_MB,
            writable=_writable(d),
        ),
        checker=checker,
        tests=tests,
        difficulty=d.difficulty,
        tags=d.tags,
        kattis=d.kattis,
        time_limit_default=d.time_s is None,
        validator=d.validator,
        solutions=_by_language(folder, folder / "solutions", "solutions"),
        starters=_by_language(folder, folder / "starters", "starter code"),
        submissions=submissions,
        format=d.format,
        skipped_submissions=skipped,
        interactive=d.interactive,
        multipass=d.multipass,
        validation_passes=d.validation_passes,
        submit_answer=d.submit_answer,
        scoring=tree,
        score_file=d.score_file,
        uuid=d.uuid,
        languages=d.languages,
        allow_writing_files=_writable(d),
        time_multipliers=d.time_multipliers,
        time_resolution=d.time_resolution or 1.0,
        input_validators=validation_data.validators(folder, "input_validators"),
        answer_validators=validation_data.validators(folder, "answer_validators"),
        validation_cases=checks,
        constants=replaced,
    )


def _shown_interactions(folder: Path, d: Description) -> list[Path] | None:
    """What the statement shows as samples: an interactive problem's
    exchanges; a multi-pass one's passes when it has .interaction files
    (the spec advises them), else its .in/.ans like any problem."""
    if d.interactive:
        return _interactions(folder)
    return (_interactions(folder) or None) if d.multipass else None


def _writable(d: Description) -> bool:
    """2025-09: only with `allow_writing_files: true`; older formats always (as before)."""
    return d.allow_writing_files if d.allow_writing_files is not None else d.format != "2025-09"


def _interactions(folder: Path) -> list[Path]:
    """data/sample/*.interaction: the sample exchanges an interactive problem's statement shows."""
    root = folder / "data" / "sample"
    return sorted(files_under(folder, root, "sample interactions", ".interaction")) if root.is_dir() else []


def _spec(d: Description, flags: Flags) -> CheckerSpec:
    """The checker of tests with these flags: the default validator reads
    them (a native key wins over a flag); a custom one gets them as arguments."""
    given = flags.default_validator() if d.checker == "tokens" else {}
    float_abs, float_rel = given.get("float_abs"), given.get("float_rel")
    if d.float_tolerance is not None:
        float_abs = float_rel = d.float_tolerance
    return CheckerSpec(
        kind=d.checker,
        case_sensitive=given.get("case_sensitive", not d.kattis) if d.case_sensitive is None else d.case_sensitive,
        space_change_sensitive=given.get("space_change_sensitive", False) if d.space_change_sensitive is None else d.space_change_sensitive,
        float_abs=float_abs,
        float_rel=float_rel,
    )


def _validator_args(d: Description, flags: Flags) -> tuple[str, ...]:
    return tuple(flags.words) if d.checker == "custom" else ()


def _tests(d: Description, groups: GroupFlags, checker: CheckerSpec, root_flags: Flags) -> list[TestCase]:
    """Inline tests first, in the order written, then data/ sorted by path."""
    tests: list[TestCase] = []
    for number, test in enumerate(d.inline_tests, start=1):
        tests.append(
            TestCase(
                index=len(tests) + 1,
                name=str(test.get("name") or f"test {number}"),
                hidden=bool(test.get("hidden", False)),
                origin=f"problem.yaml tests[{number}]",
                inline_input=str(test["input"]).encode(),
                inline_answer=str(test["expected"]).encode(),
                validator_args=_validator_args(d, root_flags),
            )
        )
    hidden_count = 0
    for infile, answer, hidden in _file_tests(d.folder):
        hidden_count += hidden
        name = f"hidden {hidden_count}" if hidden else f"sample {infile.stem}"
        flags = groups.flags(infile.parent)
        spec = _spec(d, flags)
        tests.append(
            TestCase(
                len(tests) + 1,
                name,
                hidden,
                str(infile.relative_to(d.folder)),
                infile,
                answer,
                checker=None if spec == checker else spec,
                validator_args=_validator_args(d, flags),
                input_validator_args=validation_data.input_validator_args(d.folder, infile, groups.constants),
                args=validation_data.program_args(d.folder, infile, groups.constants),
            )
        )
    return tests


def _file_tests(folder: Path) -> list[tuple[Path, Path, bool]]:
    found = []
    for group, hidden in (("sample", False), ("secret", True)):
        root = folder / "data" / group
        if not root.is_dir():
            continue
        for infile in sorted(files_under(folder, root, "test files", ".in")):
            answer = infile.with_suffix(".ans")
            if not answer.is_file():
                raise fail(infile, f"has no answer file: add {answer.name} beside it")
            found.append((infile, inside(folder, answer, "test files"), hidden))
    return found


def _language_of(path: Path) -> str:
    from tui import languages  # languages read images/: imported late to keep this module light

    return languages.for_file(path).id


def _by_language(package: Path, folder: Path, what: str) -> dict[str, Path]:
    from tui import languages  # languages read images/: imported late to keep this module light

    found = {}
    if folder.is_dir():
        for path in sorted(inside(package, folder, what).iterdir()):
            try:
                language = languages.for_file(path).id
            except languages.LanguageError:
                continue
            found.setdefault(language, inside(package, path, what))
    return found


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
            except Exception as exc:  # whatever else a hostile package finds, the rest of the library still loads
                errors.append(fail(folder, f"can't be loaded ({type(exc).__name__}: {exc}); check its files"))
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
