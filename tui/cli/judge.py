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
from tui.cli.output import marks
from tui.judging import Event, EventKind, TestResult, Verdict
from tui.judging.report_json import report_json, test_json  # noqa: F401 - the shape, re-exported for scripts


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("problem", help="a problem folder, or a slug")
    parser.add_argument(
        "solution", type=Path, help="the solution's source file, or a folder of sources (a submit-answer problem: the answer files)"
    )
    parser.add_argument("--lang", help="the language's id, e.g. python or cpp (default: from the files' extensions)")
    parser.add_argument("--main", help="a folder's main file, as a path inside it (default: found as Kattis and DOMjudge find it)")
    parser.add_argument("--json", action="store_true", help="print one JSON object (see docs/json.md)")
    parser.add_argument("--jobs", type=int, default=None, help="tests run at once (default: the number of cores)")
    parser.add_argument("--problems", type=Path, help="where slugs are looked up (default ./problems)")
    common.sandbox_argument(parser)
    common.judge_server_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.judge:
        from tui.cli.judge_remote import run_remote

        return run_remote(args, LivePrinter(enabled=not args.json))
    from tui.judging import Judge, calibration, time_limits
    from tui.judging.submission import with_constants
    from tui.sandbox import open_sandbox

    problem = common.load_problem(args.problem, args.problems)
    if problem.submit_answer:
        return run_answers(args, problem)
    common.refuse_interactive_locally(problem, args.sandbox)
    submitted = common.read_submission(args.solution, args.lang, args.main)
    if Path(args.solution).resolve().is_relative_to(problem.path.resolve()):
        # One of the package's own programs: judged as `problems check` judges it, its constants replaced (2025-09).
        submitted = with_constants(submitted, problem.constants)
    language = submitted.language
    common.refuse_unlisted_language(problem, language)
    jobs = common.jobs(args.jobs)
    sandbox = open_sandbox(args.sandbox, jobs)
    cancel = threading.Event()
    printer = LivePrinter(enabled=not args.json)
    try:
        progress = common.ProgressLine()
        sandbox.prepare([language], progress)
        progress.done()
        factor = calibration.factor_for(sandbox)
        judge = Judge(sandbox, jobs, time_factor=factor)
        problem = time_limits.settled(judge, problem, cancel, say=lambda line: print(line, file=sys.stderr, flush=True))
        printer.header(problem, language, sandbox.describe(), factor, submitted)
        report = common.interruptible(
            cancel,
            lambda: judge.judge(
                problem, language, submitted.code, on_event=printer, cancel=cancel, extra_files=submitted.files, main=submitted.main
            ),
        )
    finally:
        sandbox.close()
    if args.json:
        json.dump(report_json(report, sandbox.name), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return common.exit_status(report)


def run_answers(args: argparse.Namespace, problem) -> int:
    """A submit-answer problem: SOLUTION is the answer files (tui/judging/answers.py), judged without a program."""
    from tui.judging.answers import answer_files, judge_answers
    from tui.sandbox import open_sandbox

    answers = common.answer_files(problem, args.solution, answer_files)
    printer = LivePrinter(enabled=not args.json)
    common.answers_header(printer, problem, answers, args.solution)
    # Only an output validator runs anything, and it runs sandboxed.
    sandbox = open_sandbox(args.sandbox, common.jobs(args.jobs)) if problem.checker.kind == "custom" else None
    cancel = threading.Event()
    try:
        report = common.interruptible(cancel, lambda: judge_answers(sandbox, problem, answers, on_event=printer, cancel=cancel))
    finally:
        if sandbox is not None:
            sandbox.close()
    if args.json:
        json.dump(report_json(report, sandbox.name if sandbox is not None else "none"), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return common.exit_status(report)


COMMAND = Command("judge", "judge a solution against every test of a problem", arguments, run)


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
    if result.rerun_alone:
        line += "  (run again alone)"
    if result.message and not result.hidden and not result.passed:
        line += "\n     " + result.message[:200].replace("\n", "\n     ")
    for one in result.passes or ():  # a multi-pass test (never a hidden one: its passes are redacted)
        mark = m["ok"] if one.verdict is Verdict.AC else m["bad"]
        line += f"\n       pass {one.number:<3} {mark} {one.verdict.label:<24} {one.time_ms:>6} ms {_format_memory(one.memory_kb):>9}"
    return line


class LivePrinter:
    """Prints each test's row as soon as it and every test before it are done."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.pending: dict[int, TestResult] = {}
        self.next = 1
        self.lock = threading.Lock()
        self._handlers = {EventKind.QUEUED: self._queued, EventKind.TEST_FINISHED: self._finished, EventKind.FINISHED: self._summary}

    def header(self, problem, language, sandbox: str, factor: float = 1.0, submitted=None) -> None:
        if self.enabled:
            limits = problem.limits
            default = " (default)" if problem.time_limit_default else ""
            scaled = f" × {factor:g} on this machine" if factor != 1 else ""
            dot = marks()["bullet"]
            if submitted is not None and submitted.is_folder:
                sources = submitted.source_files()
                print(f"{submitted.label}: {len(sources)} {language.name} source(s): {', '.join(sources[:6])}", flush=True)
            print(
                f"{problem.title} {dot} {language.name} {dot} {sandbox} {dot} "
                f"{limits.time_s:g} s{default} CPU{scaled}, {limits.memory_mb} MiB",
                flush=True,
            )

    def __call__(self, event: Event) -> None:
        handler = self._handlers.get(event.kind)
        if self.enabled and handler is not None:
            with self.lock:
                handler(event)

    def _queued(self, event: Event) -> None:
        # A judge server's queue: one line each time the run moves up.
        print(f"queued, {event.ahead} ahead", flush=True)

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
        if report.grade is not None:
            for group in report.grade.groups:
                print(group_line(group))
            suffix = f" {marks()['dash']} Score {score_text(report.grade.score)}/{score_text(report.grade.max_score)}" + suffix
        print(f"You have passed {report.passed}/{report.total} tests {marks()['dash']} {report.verdict.label}{suffix}", flush=True)


def score_text(value: float) -> str:
    """50, 12.5, inf: a score as people read it."""
    if value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "-∞"
    return f"{value:g}" if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def group_line(group) -> str:
    """One test group's score, under the rows: `  secret/subtask1  50/50  AC  tests 3-5`."""
    tests = group.tests
    span = f"test {tests[0]}" if len(tests) == 1 else f"tests {tests[0]}-{tests[-1]}" if tests else "no tests"
    indent = "  " * group.depth
    name = f"{indent}{group.name:<{max(1, 24 - len(indent))}}"
    return f"{name} {score_text(group.score):>6}/{score_text(group.max_score):<6} {group.verdict.value:<4} {span}"
