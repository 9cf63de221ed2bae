"""Verdicts: one type with its code, its name for people and its priority,
and `classify`, which turns what the sandbox measured into one.

A Verdict is a `str` whose value is its code ("AC", "WA", ...), so it goes
into JSON, a log line or a comparison with a code as it is.  A new verdict is
a new member here (code, name, priority) and the place that earns it.
"""

from __future__ import annotations

import signal as signals
from enum import Enum

from tui.limits import Limits
from tui.sandbox.base import RunResult


class Verdict(str, Enum):
    """What one test (or a whole submission) earned."""

    # code, name, priority: the higher, the more it says about a submission
    # (a compile error hides every other verdict; an internal error is ours).
    AC = ("AC", "Accepted", 0)
    SKIP = ("SKIP", "Not Run", 1)
    WA = ("WA", "Wrong Answer", 2)
    OLE = ("OLE", "Output Limit Exceeded", 3)
    RE = ("RE", "Runtime Error", 4)
    MLE = ("MLE", "Memory Limit Exceeded", 5)
    TLE = ("TLE", "Time Limit Exceeded", 6)
    CE = ("CE", "Compilation Error", 7)
    IE = ("IE", "Internal Error", 8)

    def __new__(cls, code: str, label: str, priority: int):
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        member.priority = priority
        return member

    def __str__(self) -> str:
        return self.value

    __format__ = str.__format__

    @property
    def accepted(self) -> bool:
        return self is Verdict.AC

    @property
    def ran(self) -> bool:
        """Whether the program ran (and so has output, time and memory)."""
        return self not in (Verdict.SKIP, Verdict.CE)

    def display(self, signal: str | None = None) -> str:
        """ "Runtime Error (SIGSEGV)", "Accepted"..."""
        return f"{self.label} ({signal})" if self is Verdict.RE and signal else self.label

    @classmethod
    def of(cls, code: str) -> Verdict:
        """The verdict with this code; ValueError names the known ones."""
        try:
            return cls(code)
        except ValueError:
            raise ValueError(f"unknown verdict {code!r} (known: {', '.join(v.value for v in cls)})") from None


def display(code: str, signal: str | None = None) -> str:
    """A verdict code's name for people; an unknown code is shown as it is."""
    try:
        return Verdict(code).display(signal)
    except ValueError:
        return code


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


def classify(run: RunResult, limits: Limits, memory_markers: tuple[str, ...] = ()) -> tuple[Verdict | None, str]:
    """(verdict, message) for a run that went wrong, or (None, "") when the
    program ran cleanly and its output is for the checker to judge."""
    if run.error:
        return Verdict.IE, f"the sandbox failed: {run.error}"
    if run.output_exceeded:
        return Verdict.OLE, f"more than {limits.output_mb:g} MiB of output"
    limit_ms = int(limits.time_s * 1000)
    sig = signal_name(run.signal)
    if run.timed_out:
        return Verdict.TLE, f"stopped at the {limits.wall_s:g} s wall-clock deadline (CPU {run.cpu_ms} ms)"
    if run.cpu_ms > limit_ms or sig == "SIGXCPU":
        return Verdict.TLE, f"used {run.cpu_ms} ms of CPU; the limit is {limit_ms} ms"
    if run.oom_killed and run.pids_limit_hit:
        # Forks refused at the pids limit still take kernel memory until it
        # is freed, later on a loaded machine: a fork bomb can fill the memory
        # limit with them.  It is the processes that were too many (sandbox.md).
        held = f"held at the process limit (their kernel memory reached the {limits.memory_mb} MiB limit)"
        return Verdict.RE, f"started processes without end: {held}"
    if run.oom_killed:
        return Verdict.MLE, f"killed at the {limits.memory_mb} MiB memory limit"
    stderr = run.stderr[-4096:].decode("utf-8", "replace")
    if any(marker in stderr for marker in memory_markers):
        return Verdict.MLE, f"ran out of memory (limit {limits.memory_mb} MiB)"
    if sig == "SIGKILL" and run.memory_kb >= limits.memory_mb * 1024 * 0.9:
        return Verdict.MLE, f"killed near the {limits.memory_mb} MiB memory limit"
    if sig:
        return Verdict.RE, f"{sig} ({_SIGNAL_MEANING.get(sig, 'killed by a signal')})"
    if run.exit_code:
        return Verdict.RE, f"exit code {run.exit_code}"
    return None, ""
