"""Verdicts: what a run earned, from what the sandbox measured."""

from __future__ import annotations

import signal as signals

from tui.limits import Limits
from tui.sandbox.base import RunResult

NAMES = {
    "AC": "Accepted",
    "WA": "Wrong Answer",
    "TLE": "Time Limit Exceeded",
    "MLE": "Memory Limit Exceeded",
    "RE": "Runtime Error",
    "OLE": "Output Limit Exceeded",
    "IE": "Internal Error",
    "SKIP": "Not Run",
    "CE": "Compilation Error",
}

_SIGNAL_MEANING = {
    "SIGSEGV": "segmentation fault: a bad memory access, often an index out of range or a stack overflow",
    "SIGABRT": "aborted: an assertion or an uncaught exception",
    "SIGFPE": "arithmetic error: often a division by zero",
    "SIGBUS": "bus error: a bad memory access",
    "SIGILL": "illegal instruction",
    "SIGXFSZ": "a file grew past the file size limit",
    "SIGPIPE": "wrote to a closed pipe",
    "SIGKILL": "killed",
}


def signal_name(number: int | None) -> str | None:
    if not number:
        return None
    try:
        return signals.Signals(number).name
    except ValueError:
        return f"SIG{number}"


def classify(run: RunResult, limits: Limits, memory_markers: tuple[str, ...] = ()) -> tuple[str | None, str]:
    """(verdict, message) for a run that went wrong, or (None, "") when the
    program ran cleanly and its output is for the checker to judge."""
    if run.error:
        return "IE", f"the sandbox failed: {run.error}"
    if run.output_exceeded:
        return "OLE", f"more than {limits.output_mb:g} MiB of output"
    limit_ms = int(limits.time_s * 1000)
    sig = signal_name(run.signal)
    if run.timed_out:
        return "TLE", f"stopped at the {limits.wall_s:g} s wall-clock deadline (CPU {run.cpu_ms} ms)"
    if run.cpu_ms > limit_ms or sig == "SIGXCPU":
        return "TLE", f"used {run.cpu_ms} ms of CPU; the limit is {limit_ms} ms"
    if run.oom_killed:
        return "MLE", f"killed at the {limits.memory_mb} MiB memory limit"
    stderr = run.stderr[-4096:].decode("utf-8", "replace")
    if any(marker in stderr for marker in memory_markers):
        return "MLE", f"ran out of memory (limit {limits.memory_mb} MiB)"
    if sig == "SIGKILL" and run.memory_kb >= limits.memory_mb * 1024 * 0.9:
        return "MLE", f"killed near the {limits.memory_mb} MiB memory limit"
    if sig:
        return "RE", f"{sig} ({_SIGNAL_MEANING.get(sig, 'killed by a signal')})"
    if run.exit_code:
        return "RE", f"exit code {run.exit_code}"
    return None, ""


def display(verdict: str, signal: str | None = None) -> str:
    """"Runtime Error (SIGSEGV)", "Accepted"..."""
    name = NAMES.get(verdict, verdict)
    return f"{name} ({signal})" if verdict == "RE" and signal else name
