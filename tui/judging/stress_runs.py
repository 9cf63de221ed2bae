"""One run of a stress round, read: how the generator gets its seed, and what
a generator's or brute's run that went wrong says, in one line."""

from __future__ import annotations

from tui.judging.reference import Source
from tui.judging.verdicts import Verdict, classify, signal_name
from tui.limits import Limits
from tui.sandbox.base import Program, RunResult

GENERATOR_LIMITS = Limits(time_s=5.0, memory_mb=512, output_mb=32)
# The seed reaches the generator as argv[1] through a file, so every generator
# container has the same command and can be started before its seed is known.
SEED_FILE = ".proctorx-seed"
_SEEDED = "read -r seed < " + SEED_FILE + '; exec "$@" "$seed"'


def seeded_argv(program: Program, limits: Limits) -> list[str]:
    return ["sh", "-c", _SEEDED, "sh", *program.run_argv(limits.memory_mb)]


def last_line(data: bytes) -> str:
    lines = [line.strip() for line in data[-4000:].decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def name_of(source: Source) -> str:
    return source.label if source.secret else f"the {source.role} ({source.label})"


def program_failure(run: RunResult, limits: Limits, source: Source, where: str) -> str:
    """Why a generator's or brute's run on `where` ("round 3 (seed 3)") is no
    use, in one line; "" when it ran cleanly.  The reference's standard
    error is never quoted."""
    verdict, _ = classify(run, limits, source.language.memory_error_markers)
    name = name_of(source)
    if verdict is None:
        return ""
    if verdict is Verdict.IE:
        return f"the sandbox failed running {name} on {where}: {run.error}"
    if verdict is Verdict.TLE:
        why = " (does it loop, or wait for input?)" if source.role == "generator" else ""
        return f"{name} ran past its {limits.time_s:g} s time limit on {where}{why}"
    if verdict is Verdict.MLE:
        return f"{name} ran out of memory ({limits.memory_mb} MiB) on {where}"
    if verdict is Verdict.OLE:
        return f"{name} printed more than {limits.output_mb:g} MiB on {where}"
    how = f"killed by {signal_name(run.signal)}" if run.signal else f"exit code {run.exit_code}"
    detail = "" if source.secret else last_line(run.stderr)
    return f"{name} crashed on {where} ({how})" + (f": {detail}" if detail else "")
