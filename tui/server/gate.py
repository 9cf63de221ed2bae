"""One sandbox for the server's whole life, shared by every judgement.

Each Judge runs its own tests side by side; the gate holds everyone's
compiles and runs together to `--jobs` at once (one CPU each), so a busy
server queues work instead of starving every run of CPU (which would turn
sound programs into TLEs).

The Docker sandbox keeps containers started ahead of need, so a test's
slot is spent running it rather than creating its container.  Each
judgement tells its own view (`for_judgement`) how many runs it has coming;
the views' hints are summed per container spec (thirty students' Python
solutions of one problem start the same containers, whatever their code)
and handed on together, the biggest to the sandbox's main pool and the
others to pools of their own, so several judgements in flight never discard
each other's containers.
"""

from __future__ import annotations

import threading

from tui.sandbox import CompileResult, RunResult, Sandbox
from tui.sandbox.base import InteractiveResult, WarmRuns


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
        self._hints: dict[JudgementSandbox, list] = {}  # view -> [spec, program, limits, runs still coming]
        self._hint_lock = threading.Lock()  # hints are handed on in the order they were summed
        self._last = None  # the last hinted (program, limits): what an idle main pool is told

    def for_judgement(self) -> JudgementSandbox:
        """A view for one judgement: a Sandbox whose warm hints join everyone's."""
        return JudgementSandbox(self)

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
        """A hint from outside any judgement's view: passed on only while no
        judgement is in flight, as it would replace everyone's containers."""
        with self._lock:
            alone = self._judging <= 1 and not self._hints
        if alone:
            self.inner.warm(program, limits, count)

    def _hint(self, view: JudgementSandbox, program, limits, count: int) -> None:
        spec_of = getattr(self.inner, "run_spec", None)
        if spec_of is None or not hasattr(self.inner, "warm_many"):
            self.warm(program, limits, count)  # a sandbox without pools per spec: the old rule
            return
        with self._hint_lock:
            with self._lock:
                if program is not None:
                    self._last = (program, limits)
                if count > 0:
                    self._hints[view] = [spec_of(program, limits), program, limits, count]
                else:
                    self._hints.pop(view, None)
                summed: dict = {}
                for spec, prog, lim, left in self._hints.values():
                    if left > 0:
                        entry = summed.setdefault(spec, [prog, lim, 0])
                        entry[2] += left
            runs = sorted((WarmRuns(prog, lim, left) for prog, lim, left in summed.values()), key=lambda r: -r.count)
            if runs:
                self.inner.warm_many(runs)
            elif self._last is not None:
                self.inner.warm(*self._last, 0)  # nothing is coming: the main pool keeps none
                self.inner.warm_many([])

    def _consumed(self, view: JudgementSandbox, program, limits) -> None:
        """One of the view's hinted runs has begun (its pool counted it itself)."""
        spec_of = getattr(self.inner, "run_spec", None)
        if spec_of is None:
            return
        spec = spec_of(program, limits)
        with self._lock:
            hint = self._hints.get(view)
            if hint is not None and hint[0] == spec:
                hint[3] -= 1

    def run(self, program, stdin, limits, cancel=None, extra_files=None, argv=None, collect=()):
        if not self._acquire(cancel):
            return RunResult(error="cancelled")
        try:
            return self.inner.run(program, stdin, limits, cancel, extra_files, argv, collect)
        finally:
            self._slots.release()

    def run_interactive(
        self, program, interactor, interactor_argv, interactor_files, limits, interactor_limits, cancel=None, collect=(), program_argv=None
    ):
        if not hasattr(self.inner, "run_interactive"):
            failed = RunResult(error=f"the {getattr(self.inner, 'name', '?')} sandbox can't run interactive problems")
            return InteractiveResult(failed, failed)
        if not self._acquire(cancel):
            failed = RunResult(error="cancelled")
            return InteractiveResult(failed, failed)
        try:
            inner = self.inner.run_interactive
            return inner(program, interactor, interactor_argv, interactor_files, limits, interactor_limits, cancel, collect, program_argv)
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


class JudgementSandbox:
    """One judgement's Sandbox: everything goes to the shared one, and its
    warm hints are counted as its own (SharedSandbox._hint)."""

    def __init__(self, shared: SharedSandbox) -> None:
        self.shared = shared
        self.name, self.jobs = shared.name, shared.jobs

    def describe(self) -> str:
        return self.shared.describe()

    def prepare(self, languages, progress=None) -> None:
        self.shared.prepare(languages, progress)

    def compile(self, language, code, cancel=None, extra_files=None, main=None):
        return self.shared.compile(language, code, cancel, extra_files, main)

    def warm(self, program, limits, count: int) -> None:
        self.shared._hint(self, program, limits, count)

    def run(self, program, stdin, limits, cancel=None, extra_files=None, argv=None, collect=()):
        if argv is None and not collect:  # a run of the kind hinted (the test's own program)
            self.shared._consumed(self, program, limits)
        return self.shared.run(program, stdin, limits, cancel, extra_files, argv, collect)

    def run_interactive(self, *args, **kwargs):
        return self.shared.run_interactive(*args, **kwargs)

    def close(self) -> None:
        self.shared._hint(self, None, None, 0)  # whatever it still hinted is not coming
