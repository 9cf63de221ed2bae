"""Multi-pass problems (Kattis `type: multi-pass`, legacy `validation: custom
multi-pass`): a test runs the program more than once.

After each pass the output validator (or, for an interactive problem, the
interactor) may exit 42 and leave `nextpass.in` in its feedback folder: the
program then runs again, in a fresh container, with that file as its input,
and the validator sees it as the test's input too (as DOMjudge gives it;
its hangman and jumble examples read their state from it).  The rules are the
2025-09 spec's (Multi-pass validation):

- the time and memory limits hold for each pass on its own; the test's CPU
  time is the sum of its passes', its memory the largest;
- judging stops at the first pass that isn't accepted (its verdict is the
  test's), or at an accepted one that left no nextpass.in (AC);
- nextpass.in with an exit code other than 42 is the problem's error (IE),
  and so is asking for a pass beyond `limits.validation_passes`;
- every other file of the feedback folder persists from pass to pass (a
  validator appends to judgemessage.txt); nextpass.in does not.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from tui.judging import interactive as interaction
from tui.judging.results import PassResult
from tui.judging.validator import argv_for, verdict_of
from tui.judging.verdicts import Verdict, classify, signal_name
from tui.limits import VALIDATOR_LIMITS, Limits
from tui.packages import Problem, TestCase
from tui.sandbox.base import CompileResult, Exchange, Program, RunResult, Sandbox, WarmRuns

NEXTPASS = "nextpass.in"
# The whole feedback folder comes back, so it can be handed to the next pass.
COLLECT = ("feedback/*",)
_NOT_PERSISTED = (NEXTPASS, ".keep")


@dataclass
class MultiPassRun:
    """A whole multi-pass test: the program's runs summed up as one RunResult
    (CPU and wall time added, peak memory, the last pass's exit and output),
    the test's verdict and message, and each pass."""

    run: RunResult
    verdict: Verdict
    message: str
    passes: list[PassResult] = field(default_factory=list)
    exchange: Exchange | None = None  # the last pass's, for an interactive problem

    @property
    def slowest_ms(self) -> int:
        """The CPU time of the slowest pass: what the per-pass limit is measured against."""
        return max((p.time_ms for p in self.passes), default=0)


def warm_runs(problem: Problem, program: Program, validator: Program, tests: list[TestCase], limits: Limits) -> list[WarmRuns]:
    """The containers a run's passes will take, for Sandbox.warm_many: each
    test may take every pass the problem allows.  Over-counting costs little,
    since a sandbox keeps only a few started ahead and releases them when
    the run ends; under-counting would start each later pass cold."""
    runs = len(tests) * problem.validation_passes
    argv = tuple(argv_for(validator.language, validator.code, tests[0]))
    if problem.interactive:
        judge = WarmRuns(validator, interaction.interactor_limits(limits), runs, argv, COLLECT, interactor=True)
    else:
        judge = WarmRuns(validator, VALIDATOR_LIMITS, runs, argv, COLLECT)
    return [WarmRuns(program, limits, runs), judge]


def run_test(
    sandbox: Sandbox,
    problem: Problem,
    program: Program,
    validator: Program | CompileResult | None,
    test: TestCase,
    stdin: bytes,
    expected: bytes | None,
    limits: Limits,
    cancel: threading.Event | None,
) -> MultiPassRun:
    """Runs the test's passes, one after another, each in fresh containers."""
    if not isinstance(validator, Program):
        reason = validator.output.strip() if isinstance(validator, CompileResult) else "there is no validator"
        return MultiPassRun(RunResult(), Verdict.IE, f"the problem's output validator can't be used: {reason[-500:]}")
    markers = program.language.memory_error_markers
    feedback: dict[str, bytes] = {}  # what persists into the next pass, by name in feedback/
    passes: list[PassResult] = []
    runs: list[RunResult] = []
    exchange = None
    answer = expected or b""
    for number in range(1, problem.validation_passes + 1):
        if cancel is not None and cancel.is_set():
            return _ended(runs, passes, Verdict.IE, "cancelled", exchange)
        files = {"judge/input": stdin, "judge/answer": answer, "feedback/.keep": b""}
        files |= {f"feedback/{name}": data for name, data in feedback.items()}
        if problem.interactive:
            talked = _talk(sandbox, program, validator, test, files, limits, cancel)
            if isinstance(talked, str):
                return _ended(runs, passes, Verdict.IE, talked, exchange)
            run, judged_by, exchange = talked.program, talked.interactor, talked.exchange
            verdict, message = interaction.verdict(talked, limits, markers)
        else:
            run = sandbox.run(program, stdin, limits, cancel, argv=test.program_argv(program.run_argv(limits.memory_mb)))
            verdict, message = classify(run, limits, markers)
            judged_by = None
            if verdict is None:
                judged_by = sandbox.run(
                    validator,
                    run.stdout,
                    VALIDATOR_LIMITS,
                    cancel,
                    extra_files=files,
                    argv=argv_for(validator.language, validator.code, test),
                    collect=COLLECT,
                )
                verdict, message = verdict_of(judged_by)
        runs.append(run)
        written = _feedback(judged_by)
        nextpass = written.pop(NEXTPASS, None)
        if nextpass is not None and judged_by is not None and verdict is not Verdict.IE and judged_by.exit_code != 42:
            verdict = Verdict.IE
            message = f"the problem's output validator wrote {NEXTPASS} but exited with code {judged_by.exit_code}, not 42 (pass {number})"
        passes.append(_pass(number, run, verdict, message, stdin, exchange if problem.interactive else None))
        if verdict is not Verdict.AC or nextpass is None:
            return _ended(runs, passes, verdict, message, exchange)
        if number == problem.validation_passes:
            why = (
                f"the problem's output validator asked for pass {number + 1}, "
                f"but the problem allows {problem.validation_passes} (limits.validation_passes)"
            )
            passes[-1].verdict, passes[-1].message = Verdict.IE, why
            return _ended(runs, passes, Verdict.IE, why, exchange)
        stdin, feedback = nextpass, written
    raise AssertionError("unreachable: the last pass returns")


def _talk(sandbox, program, interactor, test, files, limits, cancel):
    """One pass of an interactive multi-pass test: a conversation whose
    interactor keeps the whole feedback folder (tui/judging/interactive.py)."""
    start = getattr(sandbox, "run_interactive", None)
    if start is None:
        return f"the {getattr(sandbox, 'name', '?')} sandbox can't run interactive problems: judge them with --sandbox docker"
    argv = interaction.argv_for(interactor.language, interactor.code, test)
    program_argv = test.program_argv(program.run_argv(limits.memory_mb))  # a test's `args`, when it has them
    return start(
        program, interactor, argv, files, limits, interaction.interactor_limits(limits), cancel, COLLECT, program_argv=program_argv
    )


def _feedback(run: RunResult | None) -> dict[str, bytes]:
    """The feedback folder the validator left, by file name (without .keep)."""
    if run is None:
        return {}
    found = {}
    for name, data in run.files.items():
        if name.startswith("feedback/") and "/" not in name[len("feedback/") :]:
            short = name[len("feedback/") :]
            if short != ".keep":
                found[short] = data
    return found


def _pass(number: int, run: RunResult, verdict: Verdict, message: str, stdin: bytes, exchange) -> PassResult:
    return PassResult(
        number=number,
        verdict=verdict,
        time_ms=run.cpu_ms,
        wall_ms=run.wall_ms,
        memory_kb=run.memory_kb,
        exit_code=run.exit_code,
        signal=signal_name(run.signal),
        stdin=stdin,
        stdout=run.stdout,
        stderr=run.stderr,
        message=message,
        exchange=exchange,
    )


def _ended(runs: list[RunResult], passes: list[PassResult], verdict: Verdict, message: str, exchange) -> MultiPassRun:
    last = runs[-1] if runs else RunResult()
    total = RunResult(
        exit_code=last.exit_code,
        signal=last.signal,
        cpu_ms=sum(r.cpu_ms for r in runs),
        wall_ms=sum(r.wall_ms for r in runs),
        memory_kb=max((r.memory_kb for r in runs), default=0),
        stdout=last.stdout,
        stderr=last.stderr,
        error=next((r.error for r in runs if r.error), None),
        sandbox_lost=any(r.sandbox_lost for r in runs),
    )
    if len(passes) > 1 and verdict is not Verdict.AC:
        # Which pass failed: its message alone may not say (a validator's judgemessage.txt grows over the passes).
        message = f"pass {len(passes)}: {message}"
    return MultiPassRun(total, verdict, message, passes, exchange)
