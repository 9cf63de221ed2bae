"""`proctorx stress PROBLEM SOLUTION --generator GEN`: rounds of a generated
input, the brute's answer and the solution's, until the first round where the
solution fails; or one JSON object (docs/stress.md)."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path

from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError
from tui.judging.stress_results import Status, StressEvent, StressEventKind, StressReport
from tui.judging.textdiff import unified

SHOW_CHARS = 4000


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("problem", help="a problem folder, or a slug")
    parser.add_argument("solution", type=Path, help="the solution's source file")
    parser.add_argument("--generator", "-g", type=Path, required=True, help="prints one input; its first argument is the seed")
    parser.add_argument("--brute", "-b", type=Path, help="a slow but sure solution (default: the problem's reference solution)")
    parser.add_argument("--runs", "-n", type=int, default=100, help="rounds at most (default 100)")
    parser.add_argument("--seed", "-s", type=int, default=1, help="the first round's seed; round k gets seed+k-1 (default 1)")
    parser.add_argument("--lang", help="the solution's language (default: from its extension)")
    parser.add_argument("--json", action="store_true", help="print one JSON object (see docs/stress.md)")
    parser.add_argument("--jobs", type=int, default=None, help="rounds in flight (default: the number of cores)")
    parser.add_argument("--problems", type=Path, help="where slugs are looked up (default ./problems)")
    common.sandbox_argument(parser)


def sources(args: argparse.Namespace, problem):
    """The three programs, each read once; UsageError with one line otherwise."""
    from tui.judging.reference import Source, read_source, reference_source

    code = common.read_solution(args.solution)
    language = common.language_for(args.lang, args.solution)
    solution = Source("solution", language, code, args.solution.name)
    try:
        generator = read_source("generator", args.generator)
        brute = read_source("brute", args.brute) if args.brute else reference_source(problem)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if brute is None:
        raise UsageError(f"{problem.slug} ships no reference solution: name a brute with --brute FILE")
    return solution, generator, brute


def run(args: argparse.Namespace) -> int:
    from tui.judging.stress import StressTest
    from tui.sandbox import open_sandbox

    if args.runs < 1:
        raise UsageError("--runs must be at least 1")
    problem = common.load_problem(args.problem, args.problems)
    if problem.interactive:
        raise UsageError(
            f"{problem.slug} is an interactive problem: stress testing compares outputs, and there the interactor judges each exchange"
        )
    if problem.multipass:
        raise UsageError(
            f"{problem.slug} is a multi-pass problem: stress testing compares one output, and there the validator judges each pass"
        )
    solution, generator, brute = sources(args, problem)
    jobs = common.jobs(args.jobs)
    sandbox = open_sandbox(args.sandbox, jobs)
    cancel = threading.Event()
    progress = Progress(enabled=not args.json, runs=args.runs)
    try:
        line = common.ProgressLine()
        sandbox.prepare(list({s.language.id: s.language for s in (solution, generator, brute)}.values()), line)
        line.done()
        if not args.json:
            who = "the reference solution" if brute.secret else brute.label
            print(f"{problem.title} · {solution.label} against {who} · inputs from {generator.label} · {sandbox.describe()}", flush=True)
        test = StressTest(sandbox, problem, solution, generator, brute, runs=args.runs, seed=args.seed, jobs=jobs)
        report = common.interruptible(cancel, lambda: test.run(progress, cancel))
    finally:
        sandbox.close()
    if args.json:
        json.dump(report_json(report, problem.slug, solution, generator, brute, sandbox.name), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(describe(report))
    return exit_code(report)


COMMAND = Command("stress", "stress-test a solution: generated inputs, a brute's answers, until the first failure", arguments, run)


def exit_code(report: StressReport) -> int:
    """0 every round agreed, 1 the solution failed a round (or doesn't
    compile), 2 the generator or brute could not be used."""
    if report.status is Status.PASSED:
        return EXIT_OK
    if report.status is Status.ERROR and report.verdict is None:
        return EXIT_USAGE
    return EXIT_FAILED


def _text(data: bytes, limit: int = SHOW_CHARS) -> str:
    text = data.decode("utf-8", "replace")
    return text if len(text) <= limit else text[:limit] + f"\n… ({len(text):,} characters in all)"


def describe(report: StressReport) -> str:
    """What a person reads at the end: the failing round in full, or one line."""
    lines = []
    if report.status is Status.FOUND:
        failure = report.failure
        result = failure.result
        lines.append(f"Round {failure.round} (seed {failure.seed}): {result.label}" + (f" — {result.message}" if result.message else ""))
        lines += [
            "",
            "Input:",
            _text(failure.input).rstrip("\n"),
            "",
            "Expected (the brute's output):",
            _text(failure.expected).rstrip("\n") or "(nothing)",
        ]
        lines += ["", "Your output:", _text(result.stdout).rstrip("\n") or "(nothing)"]
        if result.stderr.strip():
            lines += ["", "Your stderr:", _text(result.stderr, 1500).rstrip("\n")]
        diff = unified(failure.expected, result.stdout) if result.verdict.value == "WA" else ""
        if diff:
            lines += ["", "Diff:", diff]
        lines += ["", f"Found after {report.rounds} agreeing rounds ({report.rate:.1f} rounds/s)."]
    elif report.status is Status.PASSED:
        lines.append(
            f"All {report.rounds} rounds agree (seeds {report.seed}–{report.seed + report.rounds - 1}, {report.rate:.1f} rounds/s)."
        )
    elif report.status is Status.CANCELLED:
        lines.append(f"Stopped after {report.rounds} agreeing rounds.")
    else:
        compiled = report.compile.get("solution")
        if compiled is not None and not compiled.ok:
            lines += ["Compilation Error:", compiled.output.rstrip()]
        else:
            lines.append(f"proctorx stress: {report.error}")
            if report.error_input is not None:
                lines += ["", "Input:", _text(report.error_input).rstrip("\n")]
    if report.note:
        lines.append(f"Note: {report.note}")
    return "\n".join(lines)


def report_json(report: StressReport, slug: str, solution, generator, brute, sandbox_name: str) -> dict:
    """docs/stress.md.  The reference brute is named, never shown."""
    failure = None
    if report.failure is not None:
        f, result = report.failure, report.failure.result
        failure = {
            "round": f.round,
            "seed": f.seed,
            "input": f.input.decode("utf-8", "replace"),
            "expected": f.expected.decode("utf-8", "replace"),
            "output": result.stdout.decode("utf-8", "replace"),
            "stderr": result.stderr.decode("utf-8", "replace"),
            "verdict": result.verdict,
            "message": result.message,
            "diff": unified(f.expected, result.stdout),
            "time_ms": result.time_ms,
            "wall_ms": result.wall_ms,
            "memory_kb": result.memory_kb,
            "exit_code": result.exit_code,
            "signal": result.signal,
        }
    compiled = {role: None if c is None else {"ok": c.ok, "output": c.output, "time_ms": c.time_ms} for role, c in report.compile.items()}
    return {
        "problem": slug,
        "language": solution.language.id,
        "generator": {"file": generator.label, "language": generator.language.id},
        "brute": {"file": None if brute.secret else brute.label, "language": brute.language.id, "reference": brute.secret},
        "status": report.status.value,
        "verdict": report.verdict,
        "runs": report.runs,
        "seed": report.seed,
        "rounds": report.rounds,
        "rounds_per_second": round(report.rate, 2),
        "elapsed_s": round(report.elapsed_s, 3),
        "failure": failure,
        "error": report.error,
        "error_round": report.error_round,
        "error_input": None if report.error_input is None else report.error_input.decode("utf-8", "replace"),
        "note": report.note or None,
        "compile": compiled,
        "sandbox": sandbox_name,
        "cancelled": report.status is Status.CANCELLED,
    }


class Progress:
    """The rounds as they agree: one rewritten line on a terminal, nothing otherwise."""

    def __init__(self, enabled: bool, runs: int, stream=sys.stderr) -> None:
        self.enabled = enabled and stream.isatty()
        self.runs, self.stream = runs, stream
        self.lock = threading.Lock()

    def __call__(self, event: StressEvent) -> None:
        if not self.enabled:
            return
        with self.lock:
            if event.kind is StressEventKind.COMPILING:
                self._show("compiling the solution, the generator and the brute…")
            elif event.kind is StressEventKind.CHECKING_BRUTE:
                self._show("checking the brute on the samples…")
            elif event.kind is StressEventKind.ROUND:
                self._show(f"round {event.rounds}/{self.runs} agree · {event.rate:.1f} rounds/s (ctrl+c stops)")
            elif event.kind is StressEventKind.FINISHED:
                self.stream.write("\r\033[K")
                self.stream.flush()

    def _show(self, line: str) -> None:
        self.stream.write("\r\033[K" + line[:120])
        self.stream.flush()
