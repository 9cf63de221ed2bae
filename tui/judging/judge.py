"""Compile once, run every test in the sandbox, stream each verdict.

The judge is synchronous and thread-based so a CLI can call it directly and the
app can call it from a worker thread; events go to a callback the moment each
run ends, and the final report lists tests in their own order.

Fair limits on slow or busy machines: time limits are multiplied by the
machine's calibrated factor (tui/judging/calibration.py), and a test that ends
TLE, or within a tenth of its limit, while other tests ran beside it is run
again alone before its verdict is final (RERUN_NEAR).

A scoring problem's report is graded by its test groups (tui/judging/grading.py).
Its tests still run side by side, but a failure in an `on_reject: break` group
keeps the group's later tests from starting, and a result is streamed only once
the tests before it in its group are in, so a row the grader will not count is
shown SKIP from the start.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from tui.judging import answers, checkers, grading, multipass, time_limits
from tui.judging import interactive as interaction
from tui.judging.gate import RunGate
from tui.judging.results import CompileSummary, Event, EventKind, Report, TestResult
from tui.judging.validator import Validators, read_score, validate
from tui.judging.verdicts import Verdict, classify, signal_name
from tui.languages import Language
from tui.limits import Limits
from tui.packages import Problem, TestCase
from tui.sandbox.base import CompileResult, Exchange, Program, RunResult, Sandbox, WarmRuns, source_program

OnEvent = Callable[[Event], None]
# A run that used this share of its CPU limit beside other runs is not trusted
# to pass or fail on its own: contention alone can move it across the limit.
RERUN_NEAR = 0.9

log = logging.getLogger(__name__)


def default_jobs() -> int:
    # One CPU per container: more runs than cores would only slow each down.
    return max(1, os.cpu_count() or 1)


@dataclass
class Judge:
    sandbox: Sandbox
    jobs: int = field(default_factory=default_jobs)
    # Hidden tests leave the judge as verdict, time and memory only; a package
    # author's `problems check` is the one caller that sees them whole.
    reveal_hidden: bool = False
    validators: Validators = field(default_factory=Validators)
    # Time limits are multiplied by this (>= 1: this machine is that much slower).
    time_factor: float = 1.0
    # Shared by every judge on the same engine, so "alone" means alone there.
    gate: RunGate = field(default_factory=RunGate)

    def judge(
        self,
        problem: Problem,
        language: Language,
        code: str,
        tests: list[TestCase] | None = None,
        on_event: OnEvent | None = None,
        cancel: threading.Event | None = None,
        stop_on_failure: bool = False,
        extra_files: dict[str, bytes] | None = None,
        main: str | None = None,
    ) -> Report:
        """Judges `code` against the problem's tests (or the given ones).

        main: the submission is a folder; `code` is its main file's text at
        path `main`, and `extra_files` its other files (tui/judging/submission.py).

        stop_on_failure: once a test fails, tests after it are not run (SKIP);
        the overall verdict is still exact, since it is the first failure's.
        A scoring problem ignores it: its groups say where to stop
        (`on_reject: break`), and every test of it counts for the score."""
        started = time.monotonic()
        inner = on_event or (lambda event: None)

        def emit(event: Event) -> None:
            if event.kind is EventKind.FINISHED:
                _log_run(event.report, problem, self.sandbox, time.monotonic() - started)
            inner(event)

        cancel = cancel or threading.Event()
        # A 2025-09 package that sets no time limit is judged with the one its accepted submissions give it.
        problem = time_limits.settled(self, problem, cancel)
        tests = problem.tests if tests is None else tests
        if problem.submit_answer:  # its submission is the answers (tui/judging/answers.py): no program is judged
            return self._judge_answers(problem, language, code, tests, emit, cancel)
        limits = self.limits(problem)

        self.sandbox.prepare([language])
        # The run containers depend only on the language, the source's name and
        # the limits: getting them ready overlaps with the compile.
        expected_program = source_program(language, code, extra_files, main)
        self.sandbox.warm(expected_program, limits, len(tests))
        emit(Event(EventKind.COMPILE_STARTED))
        compiled = self.sandbox.compile(language, code, cancel, extra_files, main)
        summary = CompileSummary(compiled.ok, compiled.output, compiled.time_ms) if language.compiled or not compiled.ok else None
        emit(Event(EventKind.COMPILE_FINISHED, compile=summary))
        if not compiled.ok:
            self.sandbox.warm(expected_program, limits, 0)
            report = Report(
                problem.slug,
                language.id,
                summary,
                [_skipped(t, "not run: compilation failed") for t in tests],
                time_factor=self.time_factor,
                interactive=problem.interactive,
                multipass=problem.multipass,
            )
            emit(Event(EventKind.FINISHED, report=report))
            return report

        validator = None
        if problem.checker.kind == "custom":
            validator = self.validators.compile(self.sandbox, problem.validator, cancel, problem.constants)
        warm_many = getattr(self.sandbox, "warm_many", None)
        if problem.multipass and isinstance(validator, Program) and tests and warm_many is not None:
            assert compiled.program is not None
            warm_many(multipass.warm_runs(problem, compiled.program, validator, tests, limits))
        elif problem.interactive and isinstance(validator, Program) and tests and warm_many is not None:
            argv = interaction.argv_for(validator.language, validator.code, tests[0])
            ilimits = interaction.interactor_limits(limits)
            assert compiled.program is not None
            warm_many(
                [
                    WarmRuns(compiled.program, limits, len(tests)),
                    WarmRuns(validator, ilimits, len(tests), tuple(argv), interaction.FEEDBACK_FILES, interactor=True),
                ]
            )

        assert compiled.program is not None
        tree = problem.scoring
        graded = tree is not None and {t.index for t in problem.tests} <= {t.index for t in tests}  # custom tests beside them
        stop_on_failure = stop_on_failure and tree is None
        parents = _parents(tree) if tree is not None else {}
        dead: dict[int, str] = {}  # tests an on_reject: break group will not grade, and that group
        results: dict[int, TestResult] = {}
        first_failure = [len(tests) + 1]
        lost: list[str] = []  # why the sandbox went away under a run, if it did
        lock = threading.Lock()

        held: dict[int, TestResult] = {}  # finished, waiting for the tests before it in its group

        def ready(index: int) -> bool:
            group = parents.get(index)
            return group is None or group.on_reject != "break" or all(j in results or j in dead for j in group.tests() if j < index)

        def release() -> list[TestResult]:
            """Held results whose group's earlier tests are all in: one after
            a failure there is not graded, so it is shown not run (under lock)."""
            out = []
            for index in sorted(held):
                if ready(index):
                    result = held.pop(index)
                    if index in dead:
                        why = f"not run: {dead[index]} stops at its first failure (on_reject: break)"
                        result = _skipped_result(result, why)
                        results[index] = result
                    out.append(result)
            return out

        def run_one(test: TestCase) -> None:
            if cancel.is_set() or (stop_on_failure and test.index > first_failure[0]):
                return
            with lock:
                if test.index in dead:
                    return
            emit(Event(EventKind.TEST_STARTED, index=test.index))
            result = self._run_test(problem, limits, compiled.program, test, validator, cancel, lost, parents.get(test.index))
            if cancel.is_set() and result.verdict is Verdict.IE:
                return
            if not self.reveal_hidden:
                result = result.redacted()
            with lock:
                results[test.index] = result
                if not result.passed and test.index not in dead:
                    first_failure[0] = min(first_failure[0], test.index)
                    if tree is not None:
                        dead.update({i: g for i, g in _stopped_by(tree, parents, test.index).items() if i not in dead})
                if tree is None:
                    done = [result]
                else:
                    held[test.index] = result
                    done = release()
            for finished in done:
                emit(Event(EventKind.TEST_FINISHED, index=finished.index, result=finished))

        try:
            with ThreadPoolExecutor(max_workers=max(1, self.jobs), thread_name_prefix="proctorx-test") as pool:
                for future in [pool.submit(run_one, t) for t in tests]:
                    future.result()
        finally:
            self.sandbox.warm(compiled.program, limits, 0)  # nothing more is coming
            if (problem.interactive or problem.multipass) and warm_many is not None:
                warm_many([])

        ordered = [results.get(t.index) or _skipped(t, "not run") for t in tests]
        grade = None
        if graded and not cancel.is_set():
            grade, ordered = _graded(tree, parents, ordered)
        report = Report(
            problem.slug,
            language.id,
            summary,
            ordered,
            cancelled=cancel.is_set(),
            sandbox_lost=lost[0] if lost else None,
            time_factor=self.time_factor,
            interactive=problem.interactive,
            grade=grade,
            multipass=problem.multipass,
        )
        emit(Event(EventKind.FINISHED, report=report))
        return report

    def limits(self, problem: Problem) -> Limits:
        """The limits this judge applies to the problem: its time limit scaled
        by the machine's factor."""
        return problem.limits.scaled(self.time_factor)

    def _run_test(
        self,
        problem: Problem,
        limits: Limits,
        program: Program,
        test: TestCase,
        validator: Program | CompileResult | None,
        cancel,
        lost: list[str],
        group=None,  # a scoring problem's test: the group it is in
    ) -> TestResult:
        try:
            stdin, expected = test.input(), test.expected()
        except OSError as exc:
            return _result(test, RunResult(), Verdict.IE, f"the test's files can't be read: {exc}")
        markers = program.language.memory_error_markers
        exchange: list[Exchange | None] = [None]
        passes: list[multipass.MultiPassRun | None] = [None]
        scored: list[dict[str, bytes]] = [{}]  # an interactive scoring problem: the interactor's score files

        def run_once() -> tuple[RunResult, Verdict | None, str]:
            if problem.multipass:
                ran = passes[0] = multipass.run_test(self.sandbox, problem, program, validator, test, stdin, expected, limits, cancel)
                exchange[0] = ran.exchange
                # The limit holds per pass: the slowest one is what may have been near it.
                return replace(ran.run, cpu_ms=ran.slowest_ms), ran.verdict, ran.message
            if not problem.interactive:
                run = self.sandbox.run(program, stdin, limits, cancel, argv=test.program_argv(program.run_argv(limits.memory_mb)))
                return (run, *classify(run, limits, markers))
            scores = problem.scoring is not None
            talked = interaction.run(self.sandbox, program, validator, test, stdin, expected, limits, cancel, scores)
            if isinstance(talked, str):
                return RunResult(), Verdict.IE, talked
            exchange[0] = talked.exchange
            scored[0] = interaction.score_files(talked) if scores else {}
            return (talked.program, *interaction.verdict(talked, limits, markers))

        with self.gate.shared() as slot:
            run, verdict, message = run_once()
        if run.sandbox_lost:
            lost.append(run.error or "the sandbox went away")
        rerun = False
        if slot.overlapped and _near_limit(run, verdict, limits) and not cancel.is_set():
            with self.gate.alone(cancel) as alone:
                if alone and not cancel.is_set():
                    run, verdict, message = run_once()
                    rerun = True
        if passes[0] is not None:
            result = _result(test, passes[0].run, verdict or Verdict.IE, message, rerun, exchange[0])
            result.passes = passes[0].passes
            return result
        if problem.interactive:
            score = None
            if problem.scoring is not None and verdict is not None:
                # As an output validator's: the interactor's score.txt is the test's score (Kattis).
                test_max = group.test_max if group is not None else None
                required = group is not None and group.needs_score_file
                if verdict in (Verdict.AC, Verdict.WA, Verdict.IE):  # the interactor's own verdict, not the program's failure
                    verdict, why, score = read_score(verdict, scored[0], problem.score_file, test_max, required)
                    message = why or message
            result = _result(test, run, verdict or Verdict.IE, message, rerun, exchange[0])
            result.score = score
            return result
        if verdict is None and expected is None:
            # A test sent without an answer (the judge server's explicit tests):
            # it passes when the program ran cleanly; its output is the point.
            verdict, message = Verdict.AC, "no expected output was given: the output was not checked"
        score = None
        if verdict is None:
            spec = test.checker or problem.checker
            if spec.kind == "custom":
                scoring = problem.scoring is not None
                verdict, message, files = validate(self.sandbox, validator, test, run.stdout, stdin, expected, cancel, scores=scoring)
                if scoring:
                    test_max = group.test_max if group is not None else None
                    required = group is not None and group.needs_score_file
                    verdict, why, score = read_score(verdict, files, problem.score_file, test_max, required)
                    message = why or message
            else:
                outcome = checkers.check(spec, run.stdout, expected)
                verdict, message = (Verdict.AC, "") if outcome.ok else (Verdict.WA, outcome.message)
        result = _result(test, run, verdict, message, rerun)
        result.score = score
        return result

    def _judge_answers(self, problem: Problem, language: Language, code: str, tests: list[TestCase], emit, cancel) -> Report:
        """A submit-answer problem: `code` is pack()'s answers, under the pseudo-language ANSWERS."""
        try:
            if language.id != answers.LANGUAGE:
                why = "a submit-answer problem is judged on its answers, one per test (proctorx judge PROBLEM FOLDER)"
                raise answers.AnswerError(f"{why}, not a {language.name} program")
            given = answers.unpack(problem, code)
        except answers.AnswerError as exc:
            report = Report(problem.slug, language.id, None, [_skipped(t, f"not run: {exc}") for t in tests])
            emit(Event(EventKind.FINISHED, report=report))
            return report
        return answers.judge_answers(
            self.sandbox, problem, given, self.validators, on_event=emit, cancel=cancel, reveal_hidden=self.reveal_hidden, tests=tests
        )


def _parents(tree) -> dict:
    """Each test's own group (the folder it is in)."""
    found = {}
    for group in tree.walk():
        for child in group.children:
            if isinstance(child, int):
                found[child] = group
    return found


def _stopped_by(tree, parents: dict, index: int) -> dict[int, str]:
    """The tests a failure of test `index` keeps from being graded: the rest
    of its group when the group breaks, and further up while the failed
    group can't be accepted (no accept_if_any_accepted or always_accept) and
    its parent breaks too.  Only these may be left unrun: the grader decides
    the rest."""
    above = {g.name: p for p in tree.walk() for g in p.groups}
    stopped: dict[int, str] = {}
    group = parents.get(index)
    while group is not None and group.on_reject == "break":
        stopped.update({i: group.name for i in group.tests() if i > index and i not in stopped})
        if {"accept_if_any_accepted", "always_accept"} & set(group.grader_flags):
            break
        group = above.get(group.name)
    return stopped


def _graded(tree, parents: dict, ordered: list[TestResult]) -> tuple[grading.Grade, list[TestResult]]:
    """The default grader's grade, and the results as it graded them: each
    test with the score it counted for, those after a failure in an
    `on_reject: break` group SKIP (whether they ran or not)."""
    outcomes = {r.index: grading.Outcome(r.verdict, r.score) for r in ordered if r.verdict is not Verdict.SKIP}
    grade = grading.grade(tree, outcomes)
    final = []
    for result in ordered:
        if result.index in grade.ungraded:
            final.append(_skipped_result(result, f"not run: {grade.ungraded[result.index]} stops at its first failure (on_reject: break)"))
        else:
            final.append(replace(result, score=grade.test_scores.get(result.index)))
    return grade, final


def _near_limit(run: RunResult, verdict: Verdict | None, limits: Limits) -> bool:
    """TLE, or so close to the CPU limit that contention may have decided it."""
    return verdict is Verdict.TLE or (run.error is None and run.cpu_ms >= RERUN_NEAR * limits.time_s * 1000)


def _log_run(report: Report, problem: Problem, sandbox: Sandbox, elapsed_s: float) -> None:
    """One line per run for the log (never the code nor a test's data); an
    internal error also gets its own line, since it is the sandbox's failure."""
    ran = [t for t in report.tests if t.verdict.ran]
    log.info(
        "run: problem=%s language=%s sandbox=%s verdict=%s passed=%d/%d compile_ms=%s total_s=%.2f slowest_ms=%d peak_kb=%d%s",
        problem.slug,
        report.language,
        getattr(sandbox, "name", "?"),
        report.verdict.value,
        report.passed,
        report.total,
        report.compile.time_ms if report.compile else "-",
        elapsed_s,
        max((t.time_ms for t in ran), default=0),
        max((t.memory_kb for t in ran), default=0),
        " cancelled" if report.cancelled else "",
    )
    for t in report.tests:
        if t.verdict is Verdict.IE:
            log.warning("run: problem=%s test %d: internal error: %s", problem.slug, t.index, t.message)


def _result(
    test: TestCase, run: RunResult, verdict: Verdict, message: str, rerun: bool = False, exchange: Exchange | None = None
) -> TestResult:
    return TestResult(
        index=test.index,
        name=test.name,
        hidden=test.hidden,
        verdict=verdict,
        time_ms=run.cpu_ms,
        wall_ms=run.wall_ms,
        memory_kb=run.memory_kb,
        exit_code=run.exit_code,
        signal=signal_name(run.signal),
        stdout=run.stdout,
        stderr=run.stderr,
        message=message,
        rerun_alone=rerun,
        exchange=exchange,
    )


def _skipped_result(result: TestResult, message: str) -> TestResult:
    return TestResult(result.index, result.name, result.hidden, Verdict.SKIP, message=message)


def _skipped(test: TestCase, message: str) -> TestResult:
    return TestResult(test.index, test.name, test.hidden, Verdict.SKIP, message=message)
