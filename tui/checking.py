"""`proctorx problems check`: proves a package by judging what it ships.

Every reference solution must be accepted, and every Kattis submission must get
the verdict its folder promises (accepted → AC, wrong_answer → WA, ...)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from tui import languages
from tui.cli import EXIT_FAILED, EXIT_OK, EXIT_SANDBOX, EXIT_USAGE, UsageError, interruptible, load_problem, read_solution
from tui.judge import Judge
from tui.problems import Problem
from tui.sandbox import SandboxUnavailable, open_sandbox


def _runs(problem: Problem) -> list[tuple[Path, tuple[str, ...]]]:
    runs = [(path, ("AC",)) for path in problem.solutions.values()]
    runs += [(s.path, s.expected) for s in problem.submissions]
    return runs


def check_packages(names: list[str], problems_dir: Path | None, jobs: int, sandbox_kind: str) -> int:
    loaded: list[Problem] = []
    broken = 0
    for name in names:
        try:
            loaded.append(load_problem(name, problems_dir))
        except UsageError as exc:
            print(f"✗ {exc}")
            broken += 1
    if not loaded:
        return EXIT_USAGE if broken else EXIT_OK
    try:
        sandbox = open_sandbox(sandbox_kind, jobs)
    except SandboxUnavailable as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    cancel = threading.Event()
    mismatches = 0
    try:
        judge = Judge(sandbox, jobs)
        for problem in loaded:
            mismatches += interruptible(cancel, lambda p=problem: _check_one(judge, p, cancel))
    except SandboxUnavailable as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    finally:
        sandbox.close()
    total = mismatches + broken
    print(f"\n{len(loaded)} package(s) checked: " + ("all verdicts as promised" if not total else f"{total} problem(s) found"))
    return EXIT_OK if total == 0 else EXIT_FAILED


def _check_one(judge: Judge, problem: Problem, cancel: threading.Event) -> int:
    runs = _runs(problem)
    print(f"{problem.slug}: {problem.title} — {len(problem.samples)} sample + {len(problem.hidden)} hidden tests, {len(runs)} programs", flush=True)
    if not problem.tests:
        print("  ✗ the package has no tests")
        return 1
    if not problem.solutions and not any("AC" in expected for _, expected in runs):
        print("  ! no reference solution to prove the tests with")
    for path, reason in problem.skipped_submissions:
        print(f"  - {path.relative_to(problem.path)}: not judged ({reason})")
    mismatches = 0
    for path, expected in runs:
        try:
            language = languages.for_file(path)
            code = read_solution(path)
        except (languages.LanguageError, UsageError) as exc:
            print(f"  ✗ {path.relative_to(problem.path)}: {exc}")
            mismatches += 1
            continue
        start = time.monotonic()
        report = judge.judge(problem, language, code, cancel=cancel, stop_on_failure=True)
        seconds = time.monotonic() - start
        where = path.relative_to(problem.path)
        if report.verdict in expected:
            print(f"  ✓ {where}: {report.verdict} ({seconds:.1f} s)", flush=True)
            continue
        mismatches += 1
        failing = next((t for t in report.tests if not t.passed and t.verdict != "SKIP"), None)
        detail = ""
        if report.verdict == "CE" and report.compile:
            detail = report.compile.output.strip().splitlines()[-1:] or [""]
            detail = f": {detail[0][:200]}"
        elif failing is not None:
            test = problem.tests[failing.index - 1]
            detail = f" on {test.origin}: {failing.message[:200]}"
        print(f"  ✗ {where}: got {report.verdict}, expected {' or '.join(expected)}{detail}", flush=True)
    return mismatches
