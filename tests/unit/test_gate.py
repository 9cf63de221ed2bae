"""The run gate and the re-run rule's threshold: a run near its CPU limit
beside another is run again alone; one comfortably under it is not.  (That a
TLE under contention is re-run against the real engine, and that the lone run
decides: tests/integration/test_rerun_alone.py.)"""

from __future__ import annotations

import threading
import time

from tests.conftest import FIXTURES
from tui import languages, packages
from tui.judging import Judge
from tui.judging.gate import RunGate
from tui.sandbox.base import CompileResult, Program, RunResult


def test_runs_side_by_side_are_marked_and_alone_waits_for_them():
    gate = RunGate()
    order: list[str] = []
    with gate.shared() as first:
        assert not first.overlapped
        with gate.shared() as second:
            assert first.overlapped and second.overlapped

        def lone() -> None:
            with gate.alone() as alone:
                order.append(f"alone {alone}")

        thread = threading.Thread(target=lone)
        thread.start()
        time.sleep(0.3)
        order.append("first ends")
    thread.join(5)
    assert order == ["first ends", "alone True"]


def test_alone_gives_up_when_cancelled():
    gate, cancel = RunGate(), threading.Event()
    with gate.shared():
        cancel.set()
        with gate.alone(cancel) as alone:
            assert alone is False
    with gate.alone() as alone:
        assert alone is True


class Measured:
    """A sandbox whose runs report a chosen CPU time: `busy_ms` for the first
    two (started together), `alone_ms` after."""

    name = "fake"

    def __init__(self, busy_ms: int, alone_ms: int) -> None:
        self.busy_ms, self.alone_ms = busy_ms, alone_ms
        self.barrier = threading.Barrier(2)
        self.count = 0
        self.lock = threading.Lock()

    def prepare(self, languages, progress=None) -> None: ...

    def warm(self, program, limits, count) -> None: ...

    def compile(self, language, code, cancel=None, extra_files=None, main=None) -> CompileResult:
        return CompileResult(True, "", 0, Program(language, code, {}))

    def run(self, program, stdin, limits, cancel=None, extra_files=None, argv=None, collect=()) -> RunResult:
        with self.lock:
            self.count += 1
            first = self.count <= 2
        if first:
            self.barrier.wait(10)
            time.sleep(0.1)  # both in flight
        total = sum(int(x) for x in stdin.split())
        return RunResult(exit_code=0, cpu_ms=self.busy_ms if first else self.alone_ms, stdout=f"{total}\n".encode())


def judged(busy_ms: int):
    problem = packages.load(FIXTURES / "sum")  # 1 s limit, 3 tests
    sandbox = Measured(busy_ms, alone_ms=300)
    report = Judge(sandbox, jobs=2).judge(problem, languages.get("python"), "print()\n")
    return report, sandbox.count


def test_a_pass_within_a_tenth_of_the_limit_beside_another_run_is_run_again_alone():
    report, runs = judged(busy_ms=950)
    first_two = report.tests[:2]
    assert [t.rerun_alone for t in first_two] == [True, True]
    assert [t.time_ms for t in first_two] == [300, 300]  # the lone run's
    assert runs == 5


def test_a_pass_well_under_the_limit_is_final():
    report, runs = judged(busy_ms=850)
    assert not any(t.rerun_alone for t in report.tests)
    assert runs == 3


def test_a_scaled_limit_moves_the_threshold_with_it():
    problem = packages.load(FIXTURES / "sum")
    sandbox = Measured(busy_ms=950, alone_ms=300)
    report = Judge(sandbox, jobs=2, time_factor=1.2).judge(problem, languages.get("python"), "print()\n")
    assert not any(t.rerun_alone for t in report.tests)  # 950 ms of a 1.2 s limit is not near it
    assert Judge(sandbox, time_factor=1.2).limits(problem).time_s == 1.2
