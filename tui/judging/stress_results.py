"""What a stress test produces: the one event type it streams, the failing
round it found, and its report.  Front ends (the CLI, the app) read these."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from tui.judging.results import CompileSummary, TestResult
from tui.judging.verdicts import Verdict


class StressEventKind(str, Enum):
    COMPILING = "compiling"  # the three programs are being compiled
    CHECKING_BRUTE = "checking-brute"  # a brute of the user's, on the problem's samples
    ROUND = "round"  # a round agreed: `rounds` have so far
    FINISHED = "finished"


@dataclass(frozen=True)
class StressEvent:
    """One step of a stress test: rounds agreed so far and their rate (ROUND),
    the report (FINISHED)."""

    kind: StressEventKind
    rounds: int = 0
    rate: float = 0.0
    report: StressReport | None = None


class Status(str, Enum):
    FOUND = "found"  # a round where the solution was wrong, crashed or ran out of time or memory
    PASSED = "passed"  # every round agreed
    ERROR = "error"  # the test could not go on: a program that doesn't compile, a generator or brute that fails
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return self.value


@dataclass
class RoundFailure:
    """The first round the solution failed: its input, the brute's output
    (the expected one) and what the solution did."""

    round: int
    seed: int
    input: bytes
    expected: bytes
    result: TestResult

    @property
    def verdict(self) -> Verdict:
        return self.result.verdict


@dataclass
class StressReport:
    status: Status
    rounds: int  # rounds that ran to the end and agreed
    runs: int  # rounds asked for
    seed: int  # the first round's seed; round k has seed + k - 1
    elapsed_s: float = 0.0  # from the first round to the last (compiles not counted)
    failure: RoundFailure | None = None
    error: str | None = None  # one line for a person, when status is ERROR
    error_round: int | None = None  # the round the error happened in, if any
    error_input: bytes | None = None  # that round's input, when the generator gave one
    compile: dict[str, CompileSummary | None] = field(default_factory=dict)  # by role; None: no compile step
    note: str = ""  # worth knowing though nothing failed (a generator that ignores its seed)

    @property
    def rate(self) -> float:
        """Rounds per second."""
        done = self.rounds + (1 if self.failure else 0)
        return done / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def verdict(self) -> Verdict | None:
        """The solution's verdict: on the failing round, CE when it doesn't
        compile, AC when every round agreed; None when the test proves nothing."""
        if self.failure is not None:
            return self.failure.verdict
        solution = self.compile.get("solution")
        if solution is not None and not solution.ok:
            return Verdict.CE
        return Verdict.AC if self.status is Status.PASSED else None
