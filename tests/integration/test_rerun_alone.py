"""Fair limits: a test that ends TLE (or near its limit) while other tests
ran beside it is run again alone, and the lone run decides its verdict.

The program runs for real in Docker.  A wrapper around the sandbox counts the
runs and tells each program, on its first input line, whether another run
was in flight when it started ("busy") or not ("alone"); the first two runs
start together (a barrier), so contention is certain rather than likely.  A
program that spins when busy is the solution contention pushes over its
limit, and a lone re-run is what lets it pass.
"""

from __future__ import annotations

import threading

import pytest

from tests.conftest import containers_of
from tui import languages, packages
from tui.judging import Judge, Verdict
from tui.sandbox.base import RunResult

pytestmark = pytest.mark.docker

SPINS_WHEN_BUSY = """\
import sys
mode = sys.stdin.readline().strip()
numbers = sys.stdin.read().split()
while mode == "busy":
    pass
print(sum(map(int, numbers)))
"""
SPINS_ALWAYS = "while True:\n    pass\n"


class Contended:
    """The real sandbox, with every run counted and told whether it had company."""

    def __init__(self, inner, together: int) -> None:
        self.inner = inner
        self.name = inner.name
        self.runs: list[str] = []  # busy or alone, in the order the runs started
        self._active = 0
        self._lock = threading.Lock()
        self._barrier = threading.Barrier(together) if together > 1 else None
        self._first = together

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def run(self, program, stdin, limits, cancel=None, extra_files=None, argv=None, collect=()) -> RunResult:
        with self._lock:
            self._active += 1
            wait = self._barrier is not None and self._first > 0
            self._first -= 1
        try:
            if wait:
                self._barrier.wait(30)
            with self._lock:
                mode = "busy" if self._active > 1 else "alone"
                self.runs.append(mode)
            return self.inner.run(program, mode.encode() + b"\n" + stdin, limits, cancel, extra_files, argv, collect)
        finally:
            with self._lock:
                self._active -= 1


@pytest.fixture
def problem(tmp_path):
    folder = tmp_path / "two-sums"
    (folder / "data" / "secret").mkdir(parents=True)
    (folder / "problem.yaml").write_text("title: Two sums\ntime_limit: 0.5\n")
    for n, (line, answer) in enumerate([("1 2", "3"), ("20 22", "42")], start=1):
        (folder / "data" / "secret" / f"{n}.in").write_text(line + "\n")
        (folder / "data" / "secret" / f"{n}.ans").write_text(answer + "\n")
    return packages.load(folder)


def test_a_tle_under_contention_is_run_again_alone_and_the_lone_run_decides(docker_sandbox, problem):
    sandbox = Contended(docker_sandbox, together=2)
    report = Judge(sandbox, jobs=2).judge(problem, languages.get("python"), SPINS_WHEN_BUSY)
    assert [t.verdict for t in report.tests] == [Verdict.AC, Verdict.AC]
    assert all(t.rerun_alone for t in report.tests)
    assert sandbox.runs == ["busy", "busy", "alone", "alone"]
    assert not containers_of(docker_sandbox)


def test_a_program_that_is_too_slow_alone_stays_tle_after_its_lone_run(docker_sandbox, problem):
    sandbox = Contended(docker_sandbox, together=2)
    report = Judge(sandbox, jobs=2).judge(problem, languages.get("python"), SPINS_ALWAYS)
    assert [t.verdict for t in report.tests] == [Verdict.TLE, Verdict.TLE]
    assert all(t.rerun_alone for t in report.tests)
    assert len(sandbox.runs) == 4


def test_a_tle_with_nothing_beside_it_is_final_at_once(docker_sandbox, problem):
    sandbox = Contended(docker_sandbox, together=1)
    report = Judge(sandbox, jobs=1).judge(problem, languages.get("python"), SPINS_ALWAYS)
    assert [t.verdict for t in report.tests] == [Verdict.TLE, Verdict.TLE]
    assert not any(t.rerun_alone for t in report.tests)
    assert sandbox.runs == ["alone", "alone"]
