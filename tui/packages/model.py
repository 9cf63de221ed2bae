"""What loading a problem package gives: the Problem, its TestCases, how
their output is checked, and the example submissions it ships."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tui.limits import Limits
from tui.packages.constants import NONE, Constants
from tui.packages.scoring import TestGroup

CHECKERS = ("lines", "exact", "tokens", "custom")


@dataclass(frozen=True)
class CheckerSpec:
    """How a test's output is compared with its answer (docs/problem-format.md)."""

    kind: str = "lines"
    case_sensitive: bool = True
    space_change_sensitive: bool = False
    float_abs: float | None = None
    float_rel: float | None = None

    def describe(self) -> str:
        if self.kind != "tokens":
            return self.kind
        parts = ["tokens"]
        if not self.case_sensitive:
            parts.append("case-insensitive")
        if self.space_change_sensitive:
            parts.append("space-sensitive")
        if self.float_abs is not None and self.float_abs == self.float_rel:
            parts.append(f"float tolerance {self.float_abs:g}")
        elif self.float_abs is not None or self.float_rel is not None:
            parts.append(self.tolerance())
        return ", ".join(parts)

    def tolerance(self) -> str:
        """ "absolute error 1e-06 or relative error 1e-06"."""
        parts = []
        if self.float_abs is not None:
            parts.append(f"absolute error {self.float_abs:g}")
        if self.float_rel is not None:
            parts.append(f"relative error {self.float_rel:g}")
        return " or ".join(parts)


@dataclass(frozen=True)
class InputValidatorArgs:
    """A test's 2025-09 `input_validator_args`: the same arguments for every
    input validator, or (`by_name`) each validator's own, by program name
    (a validator the map doesn't name gets none)."""

    every: tuple[str, ...] = ()
    by_name: tuple[tuple[str, tuple[str, ...]], ...] | None = None

    def of(self, validator: Path) -> list[str]:
        """The arguments for the validator at `validator` (a file or a folder)."""
        if self.by_name is None:
            return list(self.every)
        named = dict(self.by_name)
        return list(named.get(validator.name, named.get(validator.stem, ())))


@dataclass(frozen=True)
class TestCase:
    __test__ = False  # not a pytest test class, whatever its name

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
    input_validator_args: InputValidatorArgs = InputValidatorArgs()  # 2025-09: test_group.yaml's or the test's .yaml
    args: tuple[str, ...] = ()  # 2025-09 `args`: the program's command-line arguments (and the input validators', after theirs)

    def program_argv(self, language_argv: list[str]) -> list[str] | None:
        """The program's command line for this test: the language's, then
        the test's `args`; None when it has none (the language's alone)."""
        return [*language_argv, *self.args] if self.args else None

    def input(self) -> bytes:
        return self.inline_input if self.input_path is None else self.input_path.read_bytes()

    def expected(self) -> bytes:
        return self.inline_answer if self.answer_path is None else self.answer_path.read_bytes()


@dataclass(frozen=True)
class Submission:
    """A Kattis example submission and what it is expected to get
    (tui/packages/expectations.py): a final verdict among `expected`, or,
    when `rules` (submissions.yaml) are given, theirs, test by test."""

    path: Path
    expected: tuple[str, ...]  # the first is the usual one
    folder: str
    held_to: str = ""  # in words: "folder wrong_answer/", "@EXPECTED_RESULTS@: ...", "submissions.yaml: ..."
    rules: tuple = ()  # of expectations.Rule
    main: str | None = None  # a folder's main file, when submissions.yaml names its `entrypoint`

    @property
    def held_to_text(self) -> str:
        return self.held_to or f"folder {self.folder}/"


@dataclass(frozen=True)
class ValidationCase:
    """A 2025-09 validation test (data/invalid_input/, invalid_answer/,
    invalid_output/, valid_output/): never judged, it proves the validators.
    `test` carries the .in, the .ans (none in invalid_input) and the output
    validator's arguments; `output` is the .out a validator judges."""

    kind: str  # invalid_input | invalid_answer | invalid_output | valid_output
    test: TestCase
    output: Path | None = None

    @property
    def must_reject(self) -> bool:
        return self.kind != "valid_output"


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
    format: str = "native"  # native | legacy | 2023-07 | 2025-09
    skipped_submissions: list[tuple[Path, str]] = field(default_factory=list)  # and why
    # Kattis interactive: the validator is an interactor the program talks
    # with; a test's input is the interactor's, never shown to the program.
    interactive: bool = False
    # Multi-pass (Kattis `type: multi-pass`): the program runs again on the
    # nextpass.in its output validator writes, up to validation_passes runs.
    multipass: bool = False
    validation_passes: int = 2
    # 2025-09 `type: submit-answer`: a submission is the answer files, one per
    # test, judged by the checker or output validator, no program run (tui/judging/answers.py).
    submit_answer: bool = False
    # A scoring problem (Kattis `type: scoring`): its test-group tree, which the
    # default grader walks for a verdict and a score (tui/judging/grading.py).
    scoring: TestGroup | None = None
    # What its output validator's score.txt may do: "no" (it is the validator's
    # error), "may" (it is the test's score), "must" (legacy `validation: custom score`).
    score_file: str = "no"
    # 2025-09 (docs/problem-format.md): the package's uuid; the languages it
    # may be solved in (our ids; None: any); whether the program may write in
    # its working folder (2025-09's default is no; older formats always could).
    uuid: str | None = None
    languages: tuple[str, ...] | None = None
    allow_writing_files: bool = True
    time_multipliers: dict[str, float] = field(default_factory=dict)
    time_resolution: float = 1.0  # 2025-09 `limits.time_resolution`: a derived time limit is a multiple of it
    # Validation data and the validators it proves (tui/packages/validation_data.py).
    input_validators: list[Path] = field(default_factory=list)
    answer_validators: list[Path] = field(default_factory=list)
    validation_cases: list[ValidationCase] = field(default_factory=list)
    # What {{name}} stands for in the sources of its validators and submissions
    # as they are compiled (2025-09 `constants`; none in older formats, whose
    # statements alone use them, already substituted in `statement`).
    constants: Constants = NONE

    def programs(self) -> list[Submission]:
        """Each reference solution (held to AC) and each submission, with what it is held to."""
        # A submit-answer problem's submissions are answer files; a program in solutions/ has nothing to answer.
        references = {} if self.submit_answer else self.solutions
        runs = [Submission(path, ("AC",), "accepted", "solutions/ (a reference is AC)") for path in references.values()]
        return runs + list(self.submissions)

    def allows(self, language_id: str) -> bool:
        """Whether a program in this language may be judged (2025-09 `languages`)."""
        return self.languages is None or language_id in self.languages

    @property
    def samples(self) -> list[TestCase]:
        return [t for t in self.tests if not t.hidden]

    @property
    def hidden(self) -> list[TestCase]:
        return [t for t in self.tests if t.hidden]
