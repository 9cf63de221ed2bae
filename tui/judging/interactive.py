"""Interactive problems (Kattis): a test is a conversation with the problem's
interactor, which is its output validator started as `interactor input answer
feedback_dir [flags]` with the program's output as its input and its own
output as the program's.

The verdict follows problemtools (judge/execute.py, _run_interactive), in this
order: an interactor that crashed or exited with neither 42 nor 43 is the
problem's fault (IE); its 43 stands when it ended first (the program may then
crash or spin only because the conversation is over); then a program that ran
past its limits or crashed gets TLE/OLE/MLE/RE; else the interactor's 42 or 43.
One exception, as DOMjudge and BAPCtools judge it: a program that ran out of
time while the interactor was still running is TLE, whatever the interactor
did after (the relay stops it then; one that keeps answering a program that
keeps asking would otherwise be blamed for the program's loop).
"""

from __future__ import annotations

import threading

from tui.judging.validator import FEEDBACK_FILES, SCORE_FILES, argv_for, verdict_of

__all__ = ["FEEDBACK_FILES", "argv_for", "exchange_text", "interactor_limits", "run", "score_files", "verdict"]
from tui.judging.verdicts import Verdict, classify
from tui.limits import VALIDATOR_LIMITS, Limits
from tui.packages import TestCase
from tui.sandbox.base import CompileResult, InteractiveResult, Program, RunResult, Sandbox

# What the interactor may write: the program's input, which no output limit
# holds (a test's input may be bigger than any output), bounded only
# against a runaway interactor.
INTERACTOR_OUTPUT_MB = 256


def interactor_limits(limits: Limits) -> Limits:
    """The interactor waits on the program: it may need the program's whole
    wall time, and it is never held to the program's own limits."""
    return Limits(
        time_s=max(VALIDATOR_LIMITS.time_s, limits.wall_s),
        memory_mb=VALIDATOR_LIMITS.memory_mb,
        output_mb=max(INTERACTOR_OUTPUT_MB, limits.output_mb),
    )


def interactor_files(stdin: bytes, expected: bytes | None) -> dict[str, bytes]:
    return {"judge/input": stdin, "judge/answer": expected or b"", "feedback/.keep": b""}


def run(
    sandbox: Sandbox,
    program: Program,
    interactor: Program | CompileResult | None,
    test: TestCase,
    stdin: bytes,
    expected: bytes | None,
    limits: Limits,
    cancel: threading.Event | None,
    scores: bool = False,
) -> InteractiveResult | str:
    """One conversation, or why it couldn't take place (one line).  With
    `scores` (a scoring problem) the interactor's score files are collected too."""
    if not isinstance(interactor, Program):
        reason = interactor.output.strip() if isinstance(interactor, CompileResult) else "there is no interactor"
        return f"the problem's interactor can't be used: {reason[-500:]}"
    start = getattr(sandbox, "run_interactive", None)
    if start is None:
        return f"the {getattr(sandbox, 'name', '?')} sandbox can't run interactive problems: judge them with --sandbox docker"
    return start(
        program,
        interactor,
        argv_for(interactor.language, interactor.code, test),
        interactor_files(stdin, expected),
        limits,
        interactor_limits(limits),
        cancel,
        FEEDBACK_FILES + (SCORE_FILES if scores else ()),
        program_argv=test.program_argv(program.run_argv(limits.memory_mb)),  # a test's `args`, when it has them
    )


def verdict(result: InteractiveResult, limits: Limits, memory_markers: tuple[str, ...] = ()) -> tuple[Verdict, str]:
    program, interactor = result.program, result.interactor
    for run in (program, interactor):
        if run.error:
            return Verdict.IE, f"the sandbox failed: {run.error}"
    failed, why = classify(program, limits, memory_markers)
    if failed is Verdict.TLE and result.interactor_stopped:
        return failed, why  # out of time while the interactor still ran: the relay stopped it then
    judged, message = interactor_verdict(interactor, interactor_limits(limits))
    if interactor.timed_out and failed is Verdict.TLE and not result.interactor_first:
        # The relay didn't stop it, but it ran out of time still answering what
        # a program stopped at its limit had flooded it with: the program's TLE.
        return failed, why + "; the interactor was still answering it"
    if judged is Verdict.IE or (judged is Verdict.WA and result.interactor_first):
        return judged, message
    if failed is not None:
        return failed, why
    return judged, message


def interactor_verdict(run: RunResult, limits: Limits = VALIDATOR_LIMITS) -> tuple[Verdict, str]:
    """42 accepted, 43 wrong answer (with its judgemessage.txt), anything else IE."""
    if run.output_exceeded:
        return Verdict.IE, "the problem's interactor wrote more than its output limit and was stopped"
    judged, message = verdict_of(run, "interactor", limits)
    if judged is Verdict.WA and message == "the output validator rejected the output":
        message = "the interactor rejected the exchange"
    return judged, message


def score_files(result: InteractiveResult) -> dict[str, bytes]:
    """What the interactor wrote of score.txt and score_multiplier.txt, by name."""
    return {name.rsplit("/", 1)[-1]: data for name, data in result.interactor.files.items() if name in SCORE_FILES}


def exchange_text(result: InteractiveResult) -> str:
    """The exchange as lines marked like the statement's (→ from the program,
    ← to it), for a log or a terminal."""
    return "\n".join(("→ " if who == "program" else "← ") + line for who, line in result.exchange.lines())
