"""Compile once, run every test in the sandbox, stream each verdict.

The judge is synchronous and thread-based so a CLI can call it directly and the
app can call it from a worker thread; events go to a callback the moment each
run ends, and the final report lists tests in their own order.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Union

from tui import checkers, verdicts
from tui.languages import Language, LanguageError, for_file
from tui.limits import VALIDATOR_LIMITS
from tui.problems import Problem, TestCase
from tui.sandbox.base import CompileResult, Program, RunResult, Sandbox


@dataclass
class TestResult:
    index: int
    name: str
    hidden: bool
    verdict: str
    time_ms: int = 0
    wall_ms: int = 0
    memory_kb: int = 0
    exit_code: int | None = None
    signal: str | None = None
    stdout: bytes = b""
    stderr: bytes = b""
    message: str = ""

    @property
    def passed(self) -> bool:
        return self.verdict == "AC"

    @property
    def label(self) -> str:
        return verdicts.display(self.verdict, self.signal)


@dataclass
class CompileInfo:
    ok: bool
    output: str
    time_ms: int


@dataclass
class Report:
    problem: str
    language: str
    compile: CompileInfo | None
    tests: list[TestResult]
    cancelled: bool = False

    @property
    def passed(self) -> int:
        return sum(t.passed for t in self.tests)

    @property
    def total(self) -> int:
        return len(self.tests)

    @property
    def verdict(self) -> str:
        if self.compile is not None and not self.compile.ok:
            return "CE"
        return next((t.verdict for t in self.tests if not t.passed), "AC")


@dataclass(frozen=True)
class CompileStarted:
    language: Language


@dataclass(frozen=True)
class CompileFinished:
    info: CompileInfo | None


@dataclass(frozen=True)
class TestStarted:
    test: TestCase


@dataclass(frozen=True)
class TestFinished:
    result: TestResult


@dataclass(frozen=True)
class JudgeFinished:
    report: Report


Event = Union[CompileStarted, CompileFinished, TestStarted, TestFinished, JudgeFinished]


def default_jobs() -> int:
    # One CPU per container: more runs than cores would only slow each down.
    return max(1, os.cpu_count() or 1)


@dataclass
class Judge:
    sandbox: Sandbox
    jobs: int = field(default_factory=default_jobs)

    def judge(
        self,
        problem: Problem,
        language: Language,
        code: str,
        tests: list[TestCase] | None = None,
        on_event: Callable[[Event], None] | None = None,
        cancel: threading.Event | None = None,
        stop_on_failure: bool = False,
    ) -> Report:
        """Judges `code` against the problem's tests (or the given ones).

        stop_on_failure: once a test fails, tests after it are not run (SKIP);
        the overall verdict is still exact, since it is the first failure's."""
        emit = on_event or (lambda event: None)
        cancel = cancel or threading.Event()
        tests = problem.tests if tests is None else tests

        self.sandbox.prepare([language])
        # The run containers depend only on the language, the source's name and
        # the limits: getting them ready overlaps with the compile.
        expected_program = Program(language, code, {})
        self.sandbox.warm(expected_program, problem.limits, len(tests))
        emit(CompileStarted(language))
        compiled = self.sandbox.compile(language, code, cancel)
        info = CompileInfo(compiled.ok, compiled.output, compiled.time_ms) if language.compiled or not compiled.ok else None
        emit(CompileFinished(info))
        if not compiled.ok:
            self.sandbox.warm(expected_program, problem.limits, 0)
            report = Report(problem.slug, language.id, info, [_skipped(t, "not run: compilation failed") for t in tests])
            emit(JudgeFinished(report))
            return report

        validator = None
        if problem.checker.kind == "custom":
            validator = self._compile_validator(problem, cancel)

        assert compiled.program is not None
        results: dict[int, TestResult] = {}
        first_failure = [len(tests) + 1]
        lock = threading.Lock()

        def run_one(test: TestCase) -> None:
            if cancel.is_set() or (stop_on_failure and test.index > first_failure[0]):
                return
            emit(TestStarted(test))
            result = self._run_test(problem, compiled.program, test, validator, cancel)
            if cancel.is_set() and result.verdict == "IE":
                return
            with lock:
                results[test.index] = result
                if not result.passed:
                    first_failure[0] = min(first_failure[0], test.index)
            emit(TestFinished(result))

        try:
            with ThreadPoolExecutor(max_workers=max(1, self.jobs), thread_name_prefix="proctorx-test") as pool:
                for future in [pool.submit(run_one, t) for t in tests]:
                    future.result()
        finally:
            self.sandbox.warm(compiled.program, problem.limits, 0)  # nothing more is coming

        ordered = [results.get(t.index) or _skipped(t, "not run") for t in tests]
        report = Report(problem.slug, language.id, info, ordered, cancelled=cancel.is_set())
        emit(JudgeFinished(report))
        return report

    def _run_test(
        self, problem: Problem, program: Program, test: TestCase, validator: Program | CompileResult | None, cancel
    ) -> TestResult:
        try:
            stdin, expected = test.input(), test.expected()
        except OSError as exc:
            return _result(test, RunResult(), "IE", f"the test's files can't be read: {exc}")
        run = self.sandbox.run(program, stdin, problem.limits, cancel)
        verdict, message = verdicts.classify(run, problem.limits, program.language.memory_error_markers)
        if verdict is None:
            verdict, message = self._check(problem, test, run.stdout, stdin, expected, validator, cancel)
        return _result(test, run, verdict, message)

    def _check(self, problem, test, output: bytes, stdin: bytes, expected: bytes, validator, cancel) -> tuple[str, str]:
        if problem.checker.kind != "custom":
            outcome = checkers.check(problem.checker, output, expected)
            return ("AC", "") if outcome.ok else ("WA", outcome.message)
        if not isinstance(validator, Program):
            reason = validator.output if isinstance(validator, CompileResult) else "no validator"
            return "IE", f"the problem's output validator doesn't compile: {reason[-500:]}"
        run = self.sandbox.run(
            validator,
            output,
            VALIDATOR_LIMITS,
            cancel,
            extra_files={"judge/input": stdin, "judge/answer": expected, "feedback/.keep": b""},
            argv=validator.language.run_argv(validator.code, VALIDATOR_LIMITS.memory_mb) + ["judge/input", "judge/answer", "feedback/"],
            collect=("feedback/judgemessage.txt",),
        )
        feedback = run.files.get("feedback/judgemessage.txt", b"").decode("utf-8", "replace").strip()
        if run.exit_code == 42 and not run.error:
            return "AC", feedback
        if run.exit_code == 43 and not run.error:
            return "WA", feedback or "the validator rejected the output"
        detail = run.error or f"exit code {run.exit_code}, signal {verdicts.signal_name(run.signal)}"
        return "IE", f"the problem's output validator failed ({detail}): {run.stderr[-300:].decode('utf-8', 'replace')}"

    def _compile_validator(self, problem: Problem, cancel) -> Program | CompileResult:
        source, extra = validator_sources(problem.validator)
        if source is None:
            return CompileResult(False, f"no validator source in {problem.validator}", 0)
        try:
            language = for_file(source)
        except LanguageError as exc:
            return CompileResult(False, str(exc), 0)
        result = self.sandbox.compile(language, source.read_text(encoding="utf-8", errors="replace"), cancel, extra)
        return result.program if result.ok and result.program else result


def validator_sources(where: Path | None) -> tuple[Path | None, dict[str, bytes]]:
    """The validator's main source and the files beside it (headers...)."""
    if where is None:
        return None, {}
    if where.is_file():
        return where, {}
    files = sorted(p for p in where.iterdir() if p.is_file())
    mains = [p for p in files if p.suffix in (".py", ".cpp", ".cc", ".c", ".java")]
    preferred = [p for p in mains if p.stem.lower() in ("validate", "validator", "check", "checker", "main")]
    main = (preferred or mains or [None])[0]
    return main, {p.name: p.read_bytes() for p in files if p != main}


def _result(test: TestCase, run: RunResult, verdict: str, message: str) -> TestResult:
    return TestResult(
        index=test.index,
        name=test.name,
        hidden=test.hidden,
        verdict=verdict,
        time_ms=run.cpu_ms,
        wall_ms=run.wall_ms,
        memory_kb=run.memory_kb,
        exit_code=run.exit_code,
        signal=verdicts.signal_name(run.signal),
        stdout=run.stdout,
        stderr=run.stderr,
        message=message,
    )


def _skipped(test: TestCase, message: str) -> TestResult:
    return TestResult(test.index, test.name, test.hidden, "SKIP", message=message)


