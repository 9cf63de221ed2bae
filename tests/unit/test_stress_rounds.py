"""The stress test's pipeline on a scripted sandbox: whatever order rounds end
in, the first failing round is the one reported, and the ones before it all
ran; a stop leaves nothing running.  (Against the real engine:
tests/integration/test_stress.py.)"""

from __future__ import annotations

import threading
import time

from tui import languages
from tui.judging.reference import Source
from tui.judging.stress import StressTest
from tui.judging.stress_results import Status, StressEventKind
from tui.judging.stress_runs import SEED_FILE
from tui.limits import Limits
from tui.packages import CheckerSpec, Problem
from tui.sandbox.base import CompileResult, Program, RunResult

PY = languages.get("python")


class ScriptedSandbox:
    """The generator prints its seed; the brute prints it back; the solution
    too, except on the seeds in `wrong`; `slow` seeds take a while."""

    name = "scripted"

    def __init__(self, wrong: set[int], slow: dict[int, float] | None = None) -> None:
        self.wrong, self.slow = wrong, slow or {}
        self.lock = threading.Lock()
        self.solution_runs: list[int] = []
        self.running = 0

    def prepare(self, languages, progress=None) -> None:
        pass

    def compile(self, language, code, cancel=None, extra_files=None, main=None) -> CompileResult:
        return CompileResult(True, "", 0, Program(language, code, {}))

    def warm(self, program, limits, count) -> None:
        pass

    def run(self, program, stdin, limits, cancel=None, extra_files=None, argv=None, collect=()) -> RunResult:
        with self.lock:
            self.running += 1
        try:
            if program.code == "generator":
                return RunResult(exit_code=0, stdout=(extra_files or {})[SEED_FILE])
            seed = int(stdin)
            if program.code == "solution":
                with self.lock:
                    self.solution_runs.append(seed)
                deadline = time.monotonic() + self.slow.get(seed, 0)
                while time.monotonic() < deadline and not (cancel and cancel.is_set()):
                    time.sleep(0.01)
                if cancel is not None and cancel.is_set():
                    return RunResult(error="cancelled")
                return RunResult(exit_code=0, stdout=b"%d\n" % (seed + (seed in self.wrong)))
            return RunResult(exit_code=0, stdout=b"%d\n" % seed)
        finally:
            with self.lock:
                self.running -= 1

    def close(self) -> None:
        pass


def problem() -> Problem:
    return Problem("p", "P", None, "", Limits(time_s=1), CheckerSpec("lines"), [])


def stress_test(sandbox, runs: int = 50, jobs: int = 2) -> StressTest:
    return StressTest(
        sandbox,
        problem(),
        Source("solution", PY, "solution", "sol.py"),
        Source("generator", PY, "generator", "gen.py"),
        Source("brute", PY, "brute", "the reference solution", secret=True),
        runs=runs,
        jobs=jobs,
    )


def test_the_first_failing_round_is_reported_even_when_a_later_one_fails_first():
    # Round 4 fails slowly; round 6 fails at once, while 4 still runs.
    sandbox = ScriptedSandbox(wrong={4, 6}, slow={4: 0.5})
    events = []
    report = stress_test(sandbox, jobs=3).run(events.append)
    assert report.status is Status.FOUND
    assert (report.failure.round, report.failure.seed, report.rounds) == (4, 4, 3)
    assert (report.failure.expected, report.failure.result.stdout) == (b"4\n", b"5\n")
    assert {1, 2, 3, 4} <= set(sandbox.solution_runs)
    assert events[-1].kind is StressEventKind.FINISHED and sandbox.running == 0


def test_rounds_agreeing_count_up_and_the_seed_moves_each_round():
    sandbox = ScriptedSandbox(wrong=set())
    events = []
    report = stress_test(sandbox, runs=20).run(events.append)
    assert (report.status, report.rounds) == (Status.PASSED, 20)
    assert sorted(sandbox.solution_runs) == list(range(1, 21))
    progress = [e.rounds for e in events if e.kind is StressEventKind.ROUND]
    assert progress == list(range(1, 21))


def test_a_stop_ends_the_rounds_and_says_how_many_agreed():
    sandbox = ScriptedSandbox(wrong=set(), slow={seed: 0.05 for seed in range(1, 10_000)})
    cancel = threading.Event()

    def stop_after_two(event) -> None:
        if event.kind is StressEventKind.ROUND and event.rounds >= 2:
            cancel.set()  # as the stop key does

    report = stress_test(sandbox, runs=10_000).run(stop_after_two, cancel=cancel)
    assert report.status is Status.CANCELLED and 2 <= report.rounds < 10_000
    assert sandbox.running == 0
