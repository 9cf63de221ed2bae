"""The app's runner: opens the sandbox once, builds images once, judges.

Every method here blocks and is meant for a worker thread; nothing here knows
about Textual.  The runner remembers every run in flight so quitting can cancel
them and remove their containers before the sandbox is closed.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager

from tui.judging import Judge, OnEvent, Report, answers, calibration, default_jobs, time_limits
from tui.judging.gate import RunGate
from tui.judging.reference import Answer, Programs, Source, answer_inputs
from tui.judging.stress import OnStressEvent, StressTest
from tui.judging.stress_results import StressReport
from tui.languages import Language
from tui.packages import Problem, TestCase
from tui.sandbox import Progress, Sandbox, SandboxUnavailable, open_sandbox
from tui.sandbox.base import source_program

LOCAL_DESCRIPTION = "local sandbox — weaker isolation"
# Containers started ahead of the next run, while the user reads and types:
# enough for a whole run of most problems, small enough to stay cheap idle
# (settings.json: warm_containers).
WARM_DEPTH = 8
log = logging.getLogger(__name__)


class Runner:
    def __init__(self, kind: str = "docker", sandbox: Sandbox | None = None, jobs: int | None = None, warm_depth: int = WARM_DEPTH) -> None:
        self.kind = kind
        self.jobs = jobs or default_jobs()
        self.warm_depth = warm_depth
        self.sandbox: Sandbox | None = sandbox
        self.error: str | None = None
        # Time limits are scaled by this machine's calibrated factor (proctorx calibrate).
        self.time_factor = 1.0
        self.gate = RunGate()  # every run of the app on this sandbox: one engine's contention
        self.ready = threading.Event()  # set once opening has succeeded or failed
        if sandbox is not None:
            self.time_factor = calibration.factor_for(sandbox)
            self.ready.set()
        self._prepare_lock = threading.Lock()
        self._open_lock = threading.Lock()
        self._swap_lock = threading.Lock()
        self._close_lock = threading.Lock()
        self._runs: set[threading.Event] = set()
        self._runs_lock = threading.Condition()
        self._closed = False
        self.programs = Programs()  # generators, brutes and the reference, compiled once per session

    @property
    def available(self) -> bool:
        return self.sandbox is not None

    def describe(self) -> str:
        if self.sandbox is None:
            return f"no sandbox: {self.kind} unavailable" if self.ready.is_set() else f"connecting to {self.kind}…"
        if getattr(self.sandbox, "name", "") == "local":
            return LOCAL_DESCRIPTION
        return self.sandbox.describe()

    def open(self) -> None:
        """Connects to the engine (again, after a failure); on failure `error`
        says how to fix it."""
        with self._open_lock:
            if self.sandbox is not None or self._closed:
                return
            self.ready.clear()
            self.error = None
            try:
                # warm_depth None is the sandbox's own default: 0 means none at all.
                self.sandbox = open_sandbox(self.kind, jobs=self.jobs, warm_depth=self.warm_depth if self.warm_depth else None)
                self.time_factor = calibration.factor_for(self.sandbox)
            except SandboxUnavailable as exc:
                self.error = str(exc)
            except Exception as exc:  # an engine half-there: still a message for a person
                log.error("opening the %s sandbox failed", self.kind, exc_info=True)
                self.error = f"The {self.kind} sandbox could not be started: {exc}"
            finally:
                self.ready.set()
            if self._closed:  # the app quit while we connected
                self._close_sandbox()

    def prepare(self, language: Language, progress: Progress | None = None) -> None:
        """Builds the language's image if it is missing (minutes, the first time).
        Serialised: a run waits for a build already under way instead of
        starting a second one."""
        if self.sandbox is None:
            raise SandboxUnavailable(self.error or "the sandbox is not open")
        if language.id == answers.LANGUAGE:  # a submit-answer problem runs no program (an output validator builds its own)
            return
        with self._prepare_lock:
            self.sandbox.prepare([language], progress)

    def missing_images(self, languages: list[Language]) -> set[str]:
        """Which of the languages have no image yet (none known: an empty set)."""
        if not self.ready.wait(30) or self.sandbox is None or self._closed:
            return set()
        missing = getattr(self.sandbox, "missing_images", None)
        return missing(languages) if missing is not None else set()

    def warm(self, problem: Problem, language: Language, code: str, runs: int) -> None:
        """Gets the next run's containers started ahead of need: each is still
        used for one test only and destroyed (a hint; failures are ignored,
        the run then starts its containers itself)."""
        if not self.ready.wait(30) or self.sandbox is None or self._closed:
            return
        try:
            self.prepare(language)
            with self._runs_lock:
                if self._runs or self._closed:  # a run in flight manages the pool itself
                    return
                if self.warm_depth:
                    self.sandbox.warm(source_program(language, code), problem.limits, runs)
        except Exception:
            log.warning("warming containers for %s failed (the next run starts its own)", problem.slug, exc_info=True)
            return

    def judge(
        self,
        problem: Problem,
        language: Language,
        code: str,
        tests: list[TestCase],
        on_event: OnEvent,
        cancel: threading.Event,
        progress: Progress | None = None,
        reveal_hidden: bool = False,
        extra_files: dict[str, bytes] | None = None,
        main: str | None = None,
    ) -> Report:
        """reveal_hidden: hidden tests come back whole (a teacher's demo), not as verdict, time and memory only.
        extra_files and main: the code is a folder's main file (Judge.judge)."""
        with self._tracked(cancel):
            self.prepare(language, progress)
            judge = Judge(self.sandbox, self.jobs, time_factor=self.time_factor, gate=self.gate, reveal_hidden=reveal_hidden)
            said = None if progress is None else (lambda line: progress(line, None))
            problem = time_limits.settled(judge, problem, cancel, say=said)
            return judge.judge(problem, language, code, tests, on_event=on_event, cancel=cancel, extra_files=extra_files, main=main)

    def stress(
        self, problem: Problem, solution: Source, generator: Source, brute: Source, runs: int, seed: int, on_event: OnStressEvent, cancel
    ) -> StressReport:
        with self._tracked(cancel):
            for source in (solution, generator, brute):
                self.prepare(source.language)
            test = StressTest(self.sandbox, problem, solution, generator, brute, runs, seed, jobs=self.jobs, programs=self.programs)
            return test.run(on_event, cancel)

    def reference_answers(self, problem: Problem, inputs: list[bytes], cancel: threading.Event) -> list[Answer]:
        """The problem's reference solution run on each input (custom tests'
        expected outputs)."""
        with self._tracked(cancel):
            return answer_inputs(self.sandbox, self.programs, problem, inputs, cancel)

    @contextmanager
    def _tracked(self, cancel: threading.Event):
        """A run in flight: quitting cancels it and waits for it."""
        with self._runs_lock:
            if self._closed:
                raise SandboxUnavailable("the app is closing")
            if self.sandbox is None:
                raise SandboxUnavailable(self.error or "the sandbox is not open")
            self._runs.add(cancel)
        try:
            yield
        finally:
            with self._runs_lock:
                self._runs.discard(cancel)
                self._runs_lock.notify_all()

    def cancel_all(self) -> None:
        with self._runs_lock:
            for cancel in self._runs:
                cancel.set()

    def close(self, timeout: float = 30.0) -> None:
        """Cancels every run, waits for them to stop, and closes the sandbox so
        no container of ours remains."""
        with self._close_lock:  # a second caller returns only once it's done
            with self._runs_lock:
                self._closed = True
                for cancel in self._runs:
                    cancel.set()
                self._runs_lock.wait_for(lambda: not self._runs, timeout=timeout)
            self._close_sandbox()

    def _close_sandbox(self) -> None:
        with self._swap_lock:
            sandbox, self.sandbox = self.sandbox, None
        if sandbox is not None:
            sandbox.close()
