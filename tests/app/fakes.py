"""A fake sandbox for layout and snapshot tests: deterministic, instant, no engine.

It "runs" every program as the add-two fixture's reference would (the sum of
the numbers in the input), bent by markers in the code:
  # fake: wrong-big      prints sum + 1 when the sum is over 100 (fails the hidden test)
  # fake: wrong          prints sum + 1 always
  # fake: crash          dies of SIGSEGV
  # fake: compile-error  doesn't compile
  # fake: hold           each run waits until the test sets `release` (or cancels)
  # fake: huge-line      prints one line of HUGE digits (and no newline)
  # fake: huge-lines     prints HUGE bytes of short lines, the first of them the sum + 1
Tests about behaviour against a real engine live in test_run_docker.py.
"""

from __future__ import annotations

import threading
import time

from tui.sandbox.base import CompileResult, Program, RunResult

HUGE = 8 * 2**20  # bytes of output: the default output limit


class FakeSandbox:
    name = "fake"

    def __init__(self) -> None:
        self.closed = False
        self.prepared: list[str] = []
        self.runs = 0
        self.release = threading.Event()
        self._lock = threading.Lock()
        self.unbuilt: set[str] = set()  # language ids with "no image yet"

    def describe(self) -> str:
        return "Fake sandbox (tests)"

    def prepare(self, languages, progress=None) -> None:
        self.prepared += [language.id for language in languages]
        self.unbuilt -= {language.id for language in languages}

    def missing_images(self, languages) -> set[str]:
        return {language.id for language in languages} & self.unbuilt

    def compile(self, language, code, cancel=None, extra_files=None, main=None) -> CompileResult:
        if "fake: compile-error" in code:
            return CompileResult(False, "main.c:3:5: error: expected ';' before 'return'", 12)
        return CompileResult(True, "", 0, Program(language, code, {}))

    def warm(self, program, limits, count) -> None:
        pass

    def run(self, program, stdin, limits, cancel=None, extra_files=None, argv=None, collect=()) -> RunResult:
        with self._lock:
            self.runs += 1
        code = program.code
        if "fake: hold" in code:
            deadline = time.monotonic() + 30
            while not self.release.wait(0.02):
                if (cancel is not None and cancel.is_set()) or time.monotonic() > deadline:
                    return RunResult(error="cancelled")
        if "fake: crash" in code:
            return RunResult(exit_code=None, signal=11, cpu_ms=3, wall_ms=5, memory_kb=4096, stderr=b"Segmentation fault\n")
        total = sum(int(x) for x in stdin.split() if x.lstrip(b"-").isdigit())
        if "fake: huge-line\n" in code:
            return RunResult(exit_code=0, cpu_ms=12, wall_ms=20, memory_kb=8192, stdout=b"7" * HUGE)
        if "fake: huge-lines" in code:
            first = f"{total + 1}\n".encode()
            return RunResult(exit_code=0, cpu_ms=12, wall_ms=20, memory_kb=8192, stdout=first + b"1234567\n" * ((HUGE - len(first)) // 8))
        if "fake: wrong" in code and ("fake: wrong-big" not in code or total > 100):
            total += 1
        return RunResult(exit_code=0, cpu_ms=12, wall_ms=20, memory_kb=8192, stdout=f"{total}\n".encode())

    def close(self) -> None:
        self.closed = True
