"""`proctorx judge PROBLEM SOLUTION`: one row per test as it ends, or one
JSON object (its keys and ProctorX's extensions: docs/json.md)."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path

from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_FAILED, EXIT_OK
from tui.cli.output import marks
from tui.judging import Event, EventKind, Report, TestResult, Verdict


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("problem", help="a problem folder, or a slug")
    parser.add_argument("solution", type=Path, help="the solution's source file")
    parser.add_argument("--lang", help="python, c, cpp or java (default: from the file's extension)")
    parser.add_argument("--json", action="store_true", help="print one JSON object (see docs/json.md)")
    parser.add_argument("--jobs", type=int, default=None, help="tests run at once (default: the number of cores)")
    parser.add_argument("--problems", type=Path, help="where slugs are looked up (default ./problems)")
    common.sandbox_argument(parser)


def run(args: argparse.Namespace) -> int:
    from tui.judging import Judge
    from tui.sandbox import open_sandbox

    problem = common.load_problem(args.problem, args.problems)
    code = common.read_solution(args.solution)
    language = common.language_for(args.lang, args.solution)
    jobs = common.jobs(args.jobs)
    sandbox = open_sandbox(args.sandbox, jobs)
    cancel = threading.Event()
    printer = LivePrinter(enabled=not args.json)
    try:
        progress = common.ProgressLine()
        sandbox.prepare([language], progress)
        progress.done()
        printer.header(problem, language, sandbox.describe())
        judge = Judge(sandbox, jobs)
        report = common.interruptible(cancel, lambda: judge.judge(problem, language, code, on_event=printer, cancel=cancel))
    finally:
        sandbox.close()
    if args.json:
        json.dump(report_json(report, sandbox.name), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return EXIT_OK if report.verdict is Verdict.AC else EXIT_FAILED


COMMAND = Command("judge", "judge a solution against every test of a problem", arguments, run)


def test_json(t: TestResult) -> dict:
    """One test of `judge --json`: a hidden test gives its verdict, time and
    memory, and null for everything else it could say about its input."""

    def text(data: bytes):
        return None if t.hidden else data.decode("utf-8", "replace")

    return {
        "index": t.index,
        "name": t.name,
        "hidden": t.hidden,
        "verdict": t.verdict,
        "time_ms": t.time_ms,
        "wall_ms": None if t.hidden else t.wall_ms,
        "memory_kb": t.memory_kb,
        "exit_code": None if t.hidden else t.exit_code,
        "signal": None if t.hidden else t.signal,
        "stdout": text(t.stdout),
        "stderr": text(t.stderr),
        "message": None if t.hidden else t.message,
    }


def report_json(report: Report, sandbox_name: str) -> dict:
    return {
        "problem": report.problem,
        "language": report.language,
        "compile": None
        if report.compile is None
        else {"ok": report.compile.ok, "output": report.compile.output, "time_ms": report.compile.time_ms},
        "tests": [test_json(t) for t in report.tests],
        "passed": report.passed,
        "total": report.total,
        "verdict": report.verdict,
        "sandbox": sandbox_name,
        "cancelled": report.cancelled,
    }


def _format_memory(kb: int) -> str:
    return f"{kb / 1024:.1f} MB" if kb else "-"


def row(result: TestResult) -> str:
    m = marks()
    mark = m["ok"] if result.verdict is Verdict.AC else m["skip"] if result.verdict is Verdict.SKIP else m["bad"]
    kind = "hidden" if result.hidden else "sample"
    line = (
        f"{result.index:>3}  {result.name[:18]:<18} {kind:<6}  {mark} {result.label:<28} "
        f"{result.time_ms:>6} ms {_format_memory(result.memory_kb):>9}"
    )
    if result.message and not result.hidden and not result.passed:
        line += f"\n     {result.message[:200]}"
    return line


class LivePrinter:
    """Prints each test's row as soon as it and every test before it are done."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.pending: dict[int, TestResult] = {}
        self.next = 1
        self.lock = threading.Lock()
        self._handlers = {EventKind.TEST_FINISHED: self._finished, EventKind.FINISHED: self._summary}

    def header(self, problem, language, sandbox: str) -> None:
        if self.enabled:
            limits = problem.limits
            default = " (default)" if problem.time_limit_default else ""
            dot = marks()["bullet"]
            print(
                f"{problem.title} {dot} {language.name} {dot} {sandbox} {dot} {limits.time_s:g} s{default} CPU, {limits.memory_mb} MiB",
                flush=True,
            )

    def __call__(self, event: Event) -> None:
        handler = self._handlers.get(event.kind)
        if self.enabled and handler is not None:
            with self.lock:
                handler(event)

    def _finished(self, event: Event) -> None:
        self.pending[event.result.index] = event.result
        while self.next in self.pending:
            print(row(self.pending.pop(self.next)), flush=True)
            self.next += 1

    def _summary(self, event: Event) -> None:
        report = event.report
        if report.compile is not None and not report.compile.ok:
            print("Compilation Error:\n" + report.compile.output.rstrip())
            return
        for result in report.tests[self.next - 1 :]:
            print(row(result))
        if report.compile is not None:
            print(f"compiled in {report.compile.time_ms} ms")
        suffix = " (cancelled)" if report.cancelled else ""
        print(f"You have passed {report.passed}/{report.total} tests {marks()['dash']} {report.verdict.label}{suffix}", flush=True)
