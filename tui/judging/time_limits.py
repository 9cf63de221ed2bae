"""The time limit of a 2025-09 package that sets none (spec: Problem
timing): the slowest test of the submissions held to AC, judged under
MEASURING_S, × `ac_to_time_limit`, rounded up to a multiple of
`time_resolution`.

`problems check` derives it each time it proves a package (and reuses the
measured reports); `judge`, the app and the judge server ask `settled`,
which derives it once per version of the package and keeps the answer in
the user's data folder (time-limits.json), so the first run of such a
package pays for judging its accepted submissions, and the next ones don't.
A package edited since (any file's size or time changed) is derived again.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from tui import userdirs
from tui.judging.results import Report
from tui.judging.submission import SubmissionError, read_submission, with_constants
from tui.judging.verdicts import Verdict
from tui.packages import Problem, Submission, TestCase
from tui.packages.expectations import time_limit_role
from tui.packages.format2025 import derived_time_limit

# The time limit the accepted programs are measured under.
MEASURING_S = 10.0
FILE = "time-limits.json"
_KEPT = 200  # packages remembered, the newest

_lock = threading.Lock()  # one derivation at a time: a judge server's lanes wait for the first


@dataclass(frozen=True)
class Derived:
    """What the derivation found: `limit_s` (None when no accepted program
    passed, so the default stands) and the line that says so."""

    limit_s: float | None
    text: str


def derives(problem: Problem) -> bool:
    """A 2025-09 package without a time limit: the spec derives one from its accepted submissions."""
    return problem.format == "2025-09" and problem.time_limit_default and not problem.submit_answer


def with_limit(problem: Problem, derived: Derived) -> Problem:
    """The problem judged with the derived limit (unchanged when there is none)."""
    if derived.limit_s is None:
        return problem
    return replace(problem, limits=replace(problem.limits, time_s=derived.limit_s), time_limit_default=False)


def derive(
    judge, problem: Problem, runs: Iterable[Submission], cancel: threading.Event | None = None
) -> tuple[Derived, dict[Path, tuple[Report, float]]]:
    """Judges the runs held to AC under MEASURING_S and derives the limit
    from the slowest test of those accepted; with it, each judged run's
    report and seconds (none needs judging twice: each accepted run's
    slowest test is under the derived limit).  A run that can't be read is
    left out (whoever judges it next says why)."""
    measuring = replace(problem, limits=replace(problem.limits, time_s=MEASURING_S), time_limit_default=False)
    measured: dict[Path, tuple[Report, float]] = {}
    slowest: tuple[int, str] | None = None
    for run in runs:
        if time_limit_role(run) != "lower":
            continue
        start = time.monotonic()
        try:
            submitted = with_constants(read_submission(run.path, None, run.main), problem.constants)
        except SubmissionError:
            continue
        report = judge.judge(measuring, submitted.language, submitted.code, cancel=cancel, extra_files=submitted.files, main=submitted.main)
        measured[run.path] = (report, time.monotonic() - start)
        if report.verdict is not Verdict.AC:
            continue
        ran = [(p.time_ms, t) for t in report.tests if t.verdict.ran for p in (t.passes or [t])]
        if ran:
            time_ms, test = max(ran, key=lambda pair: pair[0])
            if slowest is None or time_ms > slowest[0]:
                slowest = (time_ms, f"{run.path.relative_to(problem.path)}, test {label(problem.tests[test.index - 1])}")
    ac = problem.time_multipliers.get("ac_to_time_limit", 2.0)
    if slowest is None:
        text = (
            "time limit: the package sets none and no accepted submission passed to derive it from "
            f"(2025-09: slowest accepted × ac_to_time_limit); judging with the default {problem.limits.time_s:g} s"
        )
        return Derived(None, text), {}
    seconds = slowest[0] / 1000 / judge.time_factor  # in the shipped limits' seconds, as the judge scales them back
    limit = derived_time_limit(seconds, problem.time_multipliers, problem.time_resolution)
    text = (
        f"time limit: the package sets none, so {limit:g} s as 2025-09 derives it: the slowest accepted test "
        f"{seconds:.2f} s ({slowest[1]}) × ac_to_time_limit {ac:g} = {seconds * ac:.2f} s, "
        f"rounded up to a multiple of time_resolution {problem.time_resolution:g} s"
    )
    return Derived(limit, text), measured


def settled(judge, problem: Problem, cancel: threading.Event | None = None, say: Callable[[str], None] | None = None) -> Problem:
    """The problem with the time limit it is judged under: derived (once per
    version of the package, then remembered) when a 2025-09 package sets
    none, else as it is.  `say` hears the derivation's line, and that it
    is starting when it must judge."""
    if not derives(problem):
        return problem
    key = _signature(problem.path)
    with _lock:
        derived = _remembered(key)
        if derived is None:
            if say is not None:
                say(f"time limit: the package sets none; judging its accepted submissions to derive it (once: {FILE} keeps it)")
            derived, _ = derive(judge, problem, problem.programs(), cancel)
            if cancel is None or not cancel.is_set():
                _remember(key, derived)
    if say is not None:
        say(derived.text)
    return with_limit(problem, derived)


def label(test: TestCase) -> str:
    """Where an author finds the test: secret/07-max for data/secret/07-max.in."""
    if test.input_path is None:
        return test.name
    return test.origin.removeprefix("data/").removesuffix(".in")


def _signature(folder: Path) -> str:
    """The package's version: its folder and every file's path, size and time."""
    digest = hashlib.sha256(str(folder.resolve()).encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(f"\0{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _remembered(key: str) -> Derived | None:
    entry = _load().get(key)
    if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
        return None
    limit = entry.get("limit_s")
    return Derived(float(limit) if isinstance(limit, (int, float)) else None, entry["text"])


def _remember(key: str, derived: Derived) -> None:
    kept = _load()
    kept.pop(key, None)
    kept[key] = {"limit_s": derived.limit_s, "text": derived.text}
    kept = dict(list(kept.items())[-_KEPT:])
    path = userdirs.data_dir() / FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(kept, indent=1))
        temporary.replace(path)
    except OSError:
        pass  # not remembered: derived again next time


def _load() -> dict:
    try:
        loaded = json.loads((userdirs.data_dir() / FILE).read_text())
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
