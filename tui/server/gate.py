"""One sandbox for the server's whole life, shared by every judgement.

Each Judge runs its own tests side by side; the gate holds everyone's
compiles and runs together to `--jobs` at once (one CPU each), so a busy
server queues work instead of starving every run of CPU (which would turn
sound programs into TLEs).

The Docker sandbox keeps containers started ahead of need for one program at
a time; with several judgements of different programs in flight their hints
would discard each other's containers, so hints pass only while a single
judgement is in flight.
"""

from __future__ import annotations

import threading

from tui.sandbox import CompileResult, RunResult, Sandbox
from tui.sandbox.base import InteractiveResult


class SharedSandbox:
    """A Sandbox (same protocol) in front of the server's one sandbox."""

    def __init__(self, sandbox: Sandbox, jobs: int) -> None:
        self.inner = sandbox
        self.name = sandbox.name
        self.jobs = max(1, jobs)
        self._slots = threading.BoundedSemaphore(self.jobs)
        self._lock = threading.Lock()
        self._judging = 0
        self._prepare_lock = threading.Lock()

    def describe(self) -> str:
        return self.inner.describe()

    # ---- judgements in flight (the server counts them) ------------------
    def begin(self) -> None:
        with self._lock:
            self._judging += 1

    def end(self) -> None:
        with self._lock:
            self._judging -= 1

    @property
    def judging(self) -> int:
        with self._lock:
            return self._judging

    # ---- the Sandbox protocol -------------------------------------------
    def prepare(self, languages, progress=None) -> None:
        with self._prepare_lock:  # one image build at a time, whoever asks
            self.inner.prepare(languages, progress)

    def compile(self, language, code, cancel=None, extra_files=None, main=None):
        if not self._acquire(cancel):
            return CompileResult(False, "cancelled before the compile started", 0)
        try:
            return self.inner.compile(language, code, cancel, extra_files, main)
        finally:
            self._slots.release()

    def warm(self, program, limits, count: int) -> None:
        with self._lock:
            alone = self._judging <= 1
        if alone:
            self.inner.warm(program, limits, count)

    def run(self, program, stdin, limits, cancel=None, extra_files=None, argv=None, collect=()):
        if not self._acquire(cancel):
            return RunResult(error="cancelled")
        try:
            return self.inner.run(program, stdin, limits, cancel, extra_files, argv, collect)
        finally:
            self._slots.release()

    def run_interactive(self, program, interactor, interactor_argv, interactor_files, limits, interactor_limits, cancel=None, collect=()):
        if not hasattr(self.inner, "run_interactive"):
            failed = RunResult(error=f"the {getattr(self.inner, 'name', '?')} sandbox can't run interactive problems")
            return InteractiveResult(failed, failed)
        if not self._acquire(cancel):
            failed = RunResult(error="cancelled")
            return InteractiveResult(failed, failed)
        try:
            inner = self.inner.run_interactive
            return inner(program, interactor, interactor_argv, interactor_files, limits, interactor_limits, cancel, collect)
        finally:
            self._slots.release()

    def _acquire(self, cancel: threading.Event | None) -> bool:
        """Waits for a slot; False when the judgement is cancelled first."""
        while not self._slots.acquire(timeout=0.1):
            if cancel is not None and cancel.is_set():
                return False
        return True

    def close(self) -> None:
        self.inner.close()
