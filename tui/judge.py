"""Compile once, run every test in the sandbox, stream each verdict.

The judge is synchronous and thread-based so a CLI can call it directly and the
app can call it from a worker thread; events go to a callback the moment each
run ends, and the final report lists tests in their own order.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Union

from tui import checkers, verdicts
from tui.languages import Language, LanguageError, for_file
from tui.limits import VALIDATOR_LIMITS
from tui.problems import Problem, TestCase
from tui.sandbox.base import CompileResult, Program, RunResult, Sandbox, source_program


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
        expected_program = source_program(language, code)
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
        spec = test.checker or problem.checker
        if spec.kind != "custom":
            outcome = checkers.check(spec, output, expected)
            return ("AC", "") if outcome.ok else ("WA", outcome.message)
        if not isinstance(validator, Program):
            reason = validator.output.strip() if isinstance(validator, CompileResult) else "there is no validator"
            return "IE", f"the problem's output validator can't be used: {reason[-500:]}"
        # The Kattis protocol: validator input answer feedback_dir [args] < output;
        # 42 accepted, 43 wrong answer, anything else is the problem's fault.
        argv = validator.language.run_argv(validator.code, VALIDATOR_LIMITS.memory_mb)
        argv += ["judge/input", "judge/answer", "feedback/", *test.validator_args]
        run = self.sandbox.run(
            validator,
            output,
            VALIDATOR_LIMITS,
            cancel,
            extra_files={"judge/input": stdin, "judge/answer": expected, "feedback/.keep": b""},
            argv=argv,
            collect=FEEDBACK_FILES,
        )
        feedback = {name.rsplit("/", 1)[-1]: _text(data) for name, data in run.files.items()}
        message = feedback.get("judgemessage.txt") or feedback.get("teammessage.txt") or ""
        if run.error:
            return "IE", f"the sandbox failed while running the output validator: {run.error}"
        if run.exit_code == 42 and not run.signal:
            return "AC", message
        if run.exit_code == 43 and not run.signal:
            return "WA", message or "the output validator rejected the output"
        return "IE", "the problem's output validator " + _validator_failure(run, feedback)

    def _compile_validator(self, problem: Problem, cancel) -> Program | CompileResult:
        """The validator compiled once per Judge: every submission judged
        afterwards (a `problems check` run) reuses it."""
        try:
            source, extra = validator_sources(problem.validator)
        except ValueError as exc:
            return CompileResult(False, str(exc), 0)
        try:
            language = for_file(source)
        except LanguageError as exc:
            return CompileResult(False, str(exc), 0)
        code = source.read_text(encoding="utf-8", errors="replace")
        if language.id in ("c", "cpp"):
            # Several sources: one translation unit, as the compile command takes one file.
            others = sorted(n for n in extra if Path(n).suffix in (".c", ".cc", ".cpp", ".cxx") and "/" not in n)
            code += "".join(f'\n#include "{name}"' for name in others)
        key = hashlib.sha256(repr((language.id, code, sorted(extra.items()))).encode()).hexdigest()
        cache = self.__dict__.setdefault("_validators", {})
        if key not in cache:
            self.sandbox.prepare([language])
            result = self.sandbox.compile(language, code, cancel, extra)
            if not (result.ok and result.program):
                detail = result.output.strip() or "the compiler failed"
                return CompileResult(False, f"{source.name} doesn't compile:\n{detail}", result.time_ms)
            cache[key] = result.program
        return cache[key]


FEEDBACK_FILES = ("feedback/judgemessage.txt", "feedback/teammessage.txt", "feedback/judgeerror.txt")
_VALIDATOR_MAINS = ("__main__", "validate", "validator", "output_validator", "check", "checker", "compare", "main")
_SOURCE_SUFFIXES = (".py", ".cpp", ".cc", ".cxx", ".c", ".java")


def validator_sources(where: Path | None) -> tuple[Path, dict[str, bytes]]:
    """The validator's main source and the files beside it (headers such as
    validate.h, other sources, data), by their path inside the folder.
    Raises ValueError, saying why, when there is no source to compile."""
    if where is None:
        raise ValueError("the problem has no output validator")
    if where.is_file():
        return where, {}
    files = sorted(p for p in where.rglob("*") if p.is_file() and not p.name.startswith("."))
    sources = [p for p in files if p.suffix in _SOURCE_SUFFIXES and p.parent == where]
    if not sources:
        if any(p.name in ("build", "run") for p in files):
            raise ValueError(f"{where} is built by `build`/`run` scripts, which ProctorX doesn't support yet")
        raise ValueError(f"{where} holds no validator source (.py, .c, .cpp or .java)")
    named = [p for name in _VALIDATOR_MAINS for p in sources if p.stem.lower() == name]
    with_main = [p for p in sources if _defines_main(p)]
    main = (named or with_main or sources)[0]
    return main, {p.relative_to(where).as_posix(): p.read_bytes() for p in files if p != main}


def _defines_main(path: Path) -> bool:
    text = path.read_text(encoding="utf-8", errors="replace")
    pattern = {".py": r"__name__\s*==\s*['\"]__main__", ".java": r"static\s+void\s+main\s*\("}.get(path.suffix, r"\bmain\s*\(")
    return re.search(pattern, text) is not None


def _text(data: bytes, limit: int = 2000) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text if len(text) <= limit else text[:limit] + "…"


def _validator_failure(run: RunResult, feedback: dict[str, str]) -> str:
    """Why a validator gave no verdict, in one line (a crash's last line, not its traceback)."""
    if run.timed_out:
        what = f"took longer than {VALIDATOR_LIMITS.wall_s:g} s and was stopped"
    elif run.oom_killed:
        what = f"ran out of memory ({VALIDATOR_LIMITS.memory_mb} MiB)"
    elif run.signal:
        what = f"was killed by {verdicts.signal_name(run.signal)}"
    elif run.exit_code in (0, None):
        what = f"exited with code {run.exit_code}, not 42 (accepted) or 43 (wrong answer)"
    else:
        what = f"crashed (exit code {run.exit_code}; 42 means accepted, 43 wrong answer)"
    stderr = [line.strip() for line in _text(run.stderr[-4000:], 4000).splitlines() if line.strip()]
    reason = feedback.get("judgeerror.txt") or (stderr[-1] if stderr else "")
    return what + (f": {reason[:300]}" if reason else "")


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


