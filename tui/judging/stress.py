"""Stress testing: a generator's inputs, a brute's answers, the solution judged
on each, until the first round where it fails.

The three programs are compiled once each.  Every run of every round is a run
like any test's, in its own fresh container.  Rounds pipeline: while round k's
solution and brute run, round k+1's generator does, over containers started
ahead of need for each of the three (Sandbox.warm_many).  The first failing
round is the one reported, whatever order rounds end in: a round that fails
stops new rounds, cancels those after it and waits for those before it.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from tui.judging import checkers
from tui.judging.judge import _result, default_jobs
from tui.judging.reference import Programs, Source, generous
from tui.judging.results import CompileSummary
from tui.judging.stress_results import RoundFailure, Status, StressEvent, StressEventKind, StressReport
from tui.judging.stress_runs import GENERATOR_LIMITS, SEED_FILE, last_line, name_of, program_failure, seeded_argv
from tui.judging.validator import FEEDBACK_FILES, Validators, argv_for, run_validator
from tui.judging.verdicts import Verdict, classify
from tui.limits import VALIDATOR_LIMITS
from tui.packages import Problem, TestCase
from tui.sandbox.base import Program, Sandbox, WarmRuns

OnStressEvent = Callable[[StressEvent], None]


@dataclass
class _Outcome:
    """How one round ended: agreed (neither set), failure, or error."""

    failure: RoundFailure | None = None
    error: str | None = None
    input: bytes | None = None
    input_digest: bytes = b""


@dataclass
class StressTest:
    sandbox: Sandbox
    problem: Problem
    solution: Source
    generator: Source
    brute: Source
    runs: int = 100
    seed: int = 1
    jobs: int = field(default_factory=default_jobs)
    programs: Programs = field(default_factory=Programs)
    validators: Validators = field(default_factory=Validators)
    _validator_program: Program | None = field(default=None, init=False, repr=False)
    _answers_say_something: bool = field(default=False, init=False, repr=False)

    def run(self, on_event: OnStressEvent | None = None, cancel: threading.Event | None = None) -> StressReport:
        emit = on_event or (lambda event: None)
        cancel = cancel or threading.Event()
        report = StressReport(Status.ERROR, 0, self.runs, self.seed)
        self.sandbox.prepare(list({s.language.id: s.language for s in (self.solution, self.generator, self.brute)}.values()))
        emit(StressEvent(StressEventKind.COMPILING))
        programs = self._compile_all(report, cancel)
        if programs is not None and not self.brute.secret and self.problem.samples:
            emit(StressEvent(StressEventKind.CHECKING_BRUTE))
        if programs is not None and self._validator(report, cancel) and self._brute_is_sure(programs["brute"], report, cancel):
            self._rounds(programs, report, emit, cancel)
        if cancel.is_set() and report.failure is None and report.status is not Status.PASSED:
            report.status, report.error = Status.CANCELLED, None
        emit(StressEvent(StressEventKind.FINISHED, rounds=report.rounds, rate=report.rate, report=report))
        return report

    # ---- before the rounds -----------------------------------------------
    def _compile_all(self, report: StressReport, cancel: threading.Event) -> dict[str, Program] | None:
        sources = {"solution": self.solution, "generator": self.generator, "brute": self.brute}
        with ThreadPoolExecutor(max_workers=3, thread_name_prefix="proctorx-compile") as pool:
            futures = {role: pool.submit(self.programs.compile, self.sandbox, source, cancel) for role, source in sources.items()}
            results = {role: future.result() for role, future in futures.items()}
        programs: dict[str, Program] = {}
        for role, result in results.items():
            source = sources[role]
            output = "" if source.secret else result.output
            if role != "solution":  # the compiler names the file as the sandbox does: name it as the user does
                output = output.replace(source.language.source_name(source.code), source.label)
            report.compile[role] = CompileSummary(result.ok, output, result.time_ms) if source.language.compiled or not result.ok else None
            if result.ok and result.program is not None:
                programs[role] = result.program
        for role in ("solution", "generator", "brute"):
            if role not in programs:
                source = sources[role]
                if source.secret:
                    report.error = f"{source.label} doesn't compile here"
                else:
                    output = report.compile[role].output
                    first = next((line for line in output.splitlines() if "error" in line.lower()), last_line(output.encode()))
                    whose = "your solution" if role == "solution" else f"the {role} ({source.label})"
                    report.error = f"{whose} doesn't compile" + (f": {first[:200]}" if first else "")
                return None
        return programs

    def _validator(self, report: StressReport, cancel: threading.Event) -> bool:
        self._validator_program = None
        if self.problem.checker.kind != "custom":
            return True
        compiled = self.validators.compile(self.sandbox, self.problem.validator, cancel, self.problem.constants)
        if not isinstance(compiled, Program):
            report.error = f"the problem's output validator can't be used: {last_line(compiled.output.encode())}"
            return False
        self._validator_program = compiled
        return True

    def _brute_is_sure(self, brute: Program, report: StressReport, cancel: threading.Event) -> bool:
        """A brute of the user's must pass the problem's samples: one that
        prints another format, or is simply wrong, would blame the solution."""
        if self.brute.secret or not self.problem.samples:
            return True
        limits = generous(self.problem.limits)
        for sample in self.problem.samples:
            if cancel.is_set():
                return False
            stdin, expected = sample.input(), sample.expected()
            run = self.sandbox.run(brute, stdin, limits, cancel)
            problem = program_failure(run, limits, self.brute, sample.name)
            verdict, message = (Verdict.IE, problem) if problem else self._check(run.stdout, stdin, expected, 0, cancel)
            if verdict is not Verdict.AC and not cancel.is_set():
                wrong = f"{name_of(self.brute)} fails {sample.name}: {verdict.label}, {message}: a brute must be right to judge by"
                report.error = problem or wrong
                return False
        return True

    # ---- the rounds -------------------------------------------------------
    def _rounds(self, programs: dict[str, Program], report: StressReport, emit: OnStressEvent, cancel: threading.Event) -> None:
        self._answers_say_something = self._answers_are_never_empty()
        limits, brute_limits = self.problem.limits, generous(self.problem.limits)
        gen_argv = tuple(seeded_argv(programs["generator"], GENERATOR_LIMITS))
        warm = [
            WarmRuns(programs["solution"], limits, self.runs),
            WarmRuns(programs["brute"], brute_limits, self.runs),
            WarmRuns(programs["generator"], GENERATOR_LIMITS, self.runs, argv=gen_argv),
        ]
        if self._validator_program is not None:
            argv = tuple(argv_for(self._validator_program.language, self._validator_program.code, self._stress_case(0, b"", b"")))
            warm.append(WarmRuns(self._validator_program, VALIDATOR_LIMITS, self.runs, argv=argv, collect=FEEDBACK_FILES))
        warm_many = getattr(self.sandbox, "warm_many", None)
        if warm_many is not None:
            warm_many(warm)
        else:
            self.sandbox.warm(programs["solution"], limits, self.runs)
        # Rounds in flight: enough that a generator runs while the previous
        # round's solution and brute do, few enough not to crowd the cores.
        window = max(2, self.jobs)
        stop_at = self.runs + 1
        ended: dict[int, _Outcome] = {}
        digests: set[bytes] = set()
        cancels: dict[int, threading.Event] = {}
        pending: dict[Future, int] = {}
        agreed, next_round = 0, 1
        started = time.monotonic()
        rounds_pool = ThreadPoolExecutor(max_workers=window, thread_name_prefix="proctorx-round")
        side = ThreadPoolExecutor(max_workers=window, thread_name_prefix="proctorx-brute")
        try:
            while True:
                while len(pending) < window and next_round < stop_at and not cancel.is_set():
                    cancels[next_round] = threading.Event()
                    future = rounds_pool.submit(self._round, next_round, programs, gen_argv, side, cancels[next_round])
                    pending[future] = next_round
                    next_round += 1
                if not pending:
                    break
                done, _ = wait(list(pending), timeout=0.2, return_when=FIRST_COMPLETED)
                if cancel.is_set():
                    for event in cancels.values():
                        event.set()
                for future in done:
                    number = pending.pop(future)
                    outcome = self._outcome_of(future)
                    if outcome is None or cancels[number].is_set():
                        continue  # cancelled: a later round than the one that ended it, or the user's stop
                    digests.add(outcome.input_digest)
                    if outcome.failure is None and outcome.error is None:
                        agreed += 1
                        emit(StressEvent(StressEventKind.ROUND, rounds=agreed, rate=agreed / max(1e-6, time.monotonic() - started)))
                        continue
                    ended[number] = outcome
                    if number < stop_at:
                        stop_at = number
                        for later, event in cancels.items():
                            if later > number:
                                event.set()
        finally:
            for event in cancels.values():
                event.set()
            rounds_pool.shutdown(wait=True)
            side.shutdown(wait=True)
            if warm_many is not None:
                warm_many([])
            self.sandbox.warm(programs["solution"], limits, 0)
        report.elapsed_s = time.monotonic() - started
        self._conclude(report, ended, stop_at, agreed, digests, cancel)

    def _conclude(self, report: StressReport, ended: dict[int, _Outcome], stop_at: int, agreed: int, digests: set, cancel) -> None:
        if stop_at in ended:
            outcome = ended[stop_at]
            report.rounds = stop_at - 1
            if outcome.failure is not None:
                report.status, report.failure = Status.FOUND, outcome.failure
            else:
                report.status, report.error = Status.ERROR, outcome.error
                report.error_round, report.error_input = stop_at, outcome.input
            return
        report.rounds = agreed
        if cancel.is_set():
            report.status = Status.CANCELLED
            return
        report.status = Status.PASSED
        if self.runs > 1 and len(digests) == 1:
            report.note = "every round got the same input: does the generator use its seed (its first argument)?"

    @staticmethod
    def _outcome_of(future: Future) -> _Outcome | None:
        try:
            return future.result()
        except Exception as exc:  # a bug of ours: one line, and the stress test stops
            return _Outcome(error=f"internal error in the stress test: {exc!r}")

    def _round(
        self, number: int, programs: dict[str, Program], gen_argv: tuple[str, ...], side: ThreadPoolExecutor, cancel
    ) -> _Outcome | None:
        seed = self.seed + number - 1
        where = f"round {number} (seed {seed})"
        gen = self.sandbox.run(
            programs["generator"], b"", GENERATOR_LIMITS, cancel, extra_files={SEED_FILE: f"{seed}\n".encode()}, argv=list(gen_argv)
        )
        if cancel.is_set():
            return None
        problem = program_failure(gen, GENERATOR_LIMITS, self.generator, where)
        if problem:
            return _Outcome(error=problem)
        if not gen.stdout.strip():
            return _Outcome(error=f"the generator ({self.generator.label}) printed nothing on {where}: it should print one input")
        stdin = gen.stdout
        digest = hashlib.sha256(stdin).digest()
        brute_limits = generous(self.problem.limits)
        brute_future = side.submit(self.sandbox.run, programs["brute"], stdin, brute_limits, cancel)
        run = self.sandbox.run(programs["solution"], stdin, self.problem.limits, cancel)
        brute = brute_future.result()
        if cancel.is_set():
            return None
        verdict, message = classify(run, self.problem.limits, self.solution.language.memory_error_markers)
        if verdict is Verdict.IE:
            return _Outcome(error=f"the sandbox failed running your solution on {where}: {run.error}", input=stdin)
        brute_problem = program_failure(brute, brute_limits, self.brute, where)
        if verdict is not None:  # crashed or ran out of time or memory: a failure whatever the brute says
            expected = b"" if brute_problem else brute.stdout
            return self._failed(number, seed, stdin, expected, run, verdict, message)
        if brute_problem:
            hint = " (is the input within the problem's constraints?)" if self.brute.secret else ""
            return _Outcome(error=brute_problem + hint, input=stdin, input_digest=digest)
        if not brute.stdout.strip() and self._answers_say_something:
            return _Outcome(error=f"{name_of(self.brute)} printed nothing on {where}", input=stdin, input_digest=digest)
        verdict, message = self._check(run.stdout, stdin, brute.stdout, number, cancel)
        if cancel.is_set():
            return None
        if verdict is Verdict.IE:
            return _Outcome(error=f"the problem's checker could not judge {where} against the brute's output: {message}", input=stdin)
        if verdict is not Verdict.AC:
            return self._failed(number, seed, stdin, brute.stdout, run, verdict, message)
        return _Outcome(input_digest=digest)

    # ---- judging one output ------------------------------------------------
    def _stress_case(self, number: int, stdin: bytes, expected: bytes) -> TestCase:
        args = self.problem.tests[0].validator_args if self.problem.tests else ()
        return TestCase(number, f"round {number}", False, "stress", inline_input=stdin, inline_answer=expected, validator_args=args)

    def _failed(self, number: int, seed: int, stdin: bytes, expected: bytes, run, verdict: Verdict, message: str) -> _Outcome:
        """The round the solution failed, its run made a test's result as the judge makes one."""
        result = _result(self._stress_case(number, stdin, expected), run, verdict, message)
        return _Outcome(failure=RoundFailure(number, seed, stdin, expected, result), input_digest=hashlib.sha256(stdin).digest())

    def _check(self, output: bytes, stdin: bytes, expected: bytes, number: int, cancel) -> tuple[Verdict, str]:
        spec = self.problem.checker
        if spec.kind == "custom":
            case = self._stress_case(number, stdin, expected)
            return run_validator(self.sandbox, self._validator_program, case, output, stdin, expected, cancel)
        outcome = checkers.check(spec, output, expected)
        return (Verdict.AC, "") if outcome.ok else (Verdict.WA, outcome.message)

    def _answers_are_never_empty(self) -> bool:
        """Whether this problem's answers say something (then an empty one is the brute's fault)."""
        try:
            return bool(self.problem.tests) and all(t.expected().strip() for t in self.problem.samples or self.problem.tests[:3])
        except OSError:
            return False
