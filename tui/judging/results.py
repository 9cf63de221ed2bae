"""What judging produces: a result per test, the compile's summary, the
report of a whole submission, and the one Event type a judgement streams."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from tui.judging.grading import Grade
from tui.judging.verdicts import Verdict
from tui.sandbox.base import Exchange


@dataclass
class PassResult:
    """One pass of a multi-pass test: what the program got and gave, and how
    the validator judged it (its message is its feedback so far)."""

    number: int  # 1-based
    verdict: Verdict
    time_ms: int = 0
    wall_ms: int | None = 0
    memory_kb: int = 0
    exit_code: int | None = None
    signal: str | None = None
    stdin: bytes = b""
    stdout: bytes = b""
    stderr: bytes = b""
    message: str = ""
    exchange: Exchange | None = None  # interactive + multi-pass: this pass's conversation

    def __post_init__(self) -> None:
        self.verdict = Verdict.of(self.verdict)


@dataclass
class TestResult:
    __test__ = False  # not a pytest test class, whatever its name

    index: int
    name: str
    hidden: bool
    verdict: Verdict
    time_ms: int = 0
    wall_ms: int | None = 0
    memory_kb: int = 0
    exit_code: int | None = None
    signal: str | None = None
    stdout: bytes = b""
    stderr: bytes = b""
    message: str = ""
    # Ended TLE or near its limit while other tests ran beside it, so it was
    # run again with nothing else running: this is the lone run's result.
    rerun_alone: bool = False
    # An interactive problem's test: what passed between the program and the
    # interactor (bounded); None for any other test.
    exchange: Exchange | None = None
    # Scoring problems: what the validator's score.txt gave (raw); after
    # grading, the score the test counted for (None when it was not graded).
    score: float | None = None
    # A multi-pass problem's test: each pass the program ran (tui/judging/multipass.py);
    # None for any other test.  time_ms is then the passes' total CPU time.
    passes: list[PassResult] | None = None

    def __post_init__(self) -> None:
        self.verdict = Verdict.of(self.verdict)

    @property
    def passed(self) -> bool:
        return self.verdict.accepted

    @property
    def label(self) -> str:
        return self.verdict.display(self.signal)

    def redacted(self) -> TestResult:
        """What may leave the judge about a hidden test: its verdict, CPU time
        and memory.  Anything else (output, exit code, signal, wall time, the
        checker's message) would let a program send out bits of the input."""
        if not self.hidden:
            return self
        return replace(self, wall_ms=None, exit_code=None, signal=None, stdout=b"", stderr=b"", message="", exchange=None, passes=None)


@dataclass
class CompileSummary:
    """What a report says of the compile (the program itself stays behind)."""

    ok: bool
    output: str
    time_ms: int


@dataclass
class Report:
    problem: str
    language: str
    compile: CompileSummary | None
    tests: list[TestResult]
    cancelled: bool = False
    # The sandbox itself went away under the run (the Docker engine stopped):
    # why, in one line.  The tests it took end as IE; this is not the program's doing.
    sandbox_lost: str | None = None
    # The calibrated factor the time limits were scaled by (proctorx calibrate).
    time_factor: float = 1.0
    interactive: bool = False  # a Kattis interactive problem: each test has an exchange
    multipass: bool = False  # a multi-pass problem: each test has its passes
    # A scoring problem's grade (tui/judging/grading.py): its verdict, score
    # and groups; None for a pass-fail problem, or a run of only some tests.
    grade: Grade | None = None

    @property
    def score(self) -> float | None:
        return None if self.grade is None else self.grade.score

    @property
    def max_score(self) -> float | None:
        return None if self.grade is None else self.grade.max_score

    @property
    def full_marks(self) -> bool:
        """Accepted, and for a scoring problem with its maximum score (a
        partially accepted submission is AC too, with less)."""
        return self.verdict is Verdict.AC and (self.grade is None or self.grade.score >= self.grade.max_score)

    @property
    def passed(self) -> int:
        return sum(t.passed for t in self.tests)

    @property
    def total(self) -> int:
        return len(self.tests)

    @property
    def verdict(self) -> Verdict:
        """CE when the compile failed, else the grader's verdict (scoring
        problems), else the first failing test's verdict, else AC."""
        if self.compile is not None and not self.compile.ok:
            return Verdict.CE
        if self.grade is not None:
            return self.grade.verdict
        return next((t.verdict for t in self.tests if not t.passed), Verdict.AC)

    def first_failure(self, among: set[int] | None = None) -> TestResult | None:
        """The first test that ran and failed (of those `among`, when given)."""
        for result in self.tests:
            if (among is None or result.index in among) and not result.passed and result.verdict.ran:
                return result
        return None


class EventKind(str, Enum):
    QUEUED = "queued"  # only from a judge server: the run waits its turn (Event.ahead)
    COMPILE_STARTED = "compile-started"
    COMPILE_FINISHED = "compile-finished"
    TEST_STARTED = "test-started"
    TEST_FINISHED = "test-finished"
    FINISHED = "finished"


@dataclass(frozen=True)
class Event:
    """One step of a judgement, the moment it happens.  Which fields are set
    depends on the kind: compile (COMPILE_FINISHED, None for a language that
    doesn't compile), index (TEST_STARTED), result (TEST_FINISHED), report
    (FINISHED), ahead (QUEUED: how many runs a judge server takes first)."""

    kind: EventKind
    index: int | None = None
    result: TestResult | None = None
    compile: CompileSummary | None = None
    report: Report | None = None
    ahead: int | None = None
