"""What each command of the CLI does; cli.py parses, this runs."""

from __future__ import annotations

import json
import sys
import threading
from argparse import Namespace
from pathlib import Path

from tui import languages, verdicts
from tui.cli import EXIT_FAILED, EXIT_OK, EXIT_SANDBOX, UsageError, interruptible, load_problem, problem_roots, read_solution
from tui.judge import Judge, JudgeFinished, Report, TestFinished, default_jobs
from tui.languages import LanguageError
from tui.sandbox import SandboxUnavailable, open_sandbox

MARK = {"AC": "✓", "SKIP": "·"}


def _language(lang: str | None, solution: Path) -> languages.Language:
    try:
        return languages.get(lang) if lang else languages.for_file(solution)
    except LanguageError as exc:
        raise UsageError(str(exc)) from None


def _jobs(value: int | None) -> int:
    if value is not None and value < 1:
        raise UsageError("--jobs must be at least 1")
    return value or default_jobs()


class Progress:
    """Image builds on the terminal: one rewritten line on a TTY, lines otherwise."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream, self.tty, self.shown = stream, stream.isatty(), False

    def __call__(self, line: str, fraction: float | None) -> None:
        bar = ""
        if fraction is not None:
            filled = int(fraction * 20)
            bar = "[" + "#" * filled + "-" * (20 - filled) + f"] {fraction:4.0%} "
        if self.tty:
            self.stream.write("\r\033[K" + (bar + line)[:120])
            self.shown = True
        else:
            self.stream.write(bar + line + "\n")
        self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _format_memory(kb: int) -> str:
    return f"{kb / 1024:.1f} MB" if kb else "-"


def _row(result) -> str:
    mark = MARK.get(result.verdict, "✗")
    kind = "hidden" if result.hidden else "sample"
    line = f"{result.index:>3}  {result.name[:18]:<18} {kind:<6}  {mark} {result.label:<28} {result.time_ms:>6} ms {_format_memory(result.memory_kb):>9}"
    if result.message and not result.hidden and result.verdict != "AC":
        line += f"\n     {result.message[:200]}"
    return line


def _json(report: Report, sandbox_name: str) -> dict:
    def text(data: bytes, hidden: bool):
        return None if hidden else data.decode("utf-8", "replace")

    return {
        "problem": report.problem,
        "language": report.language,
        "compile": None if report.compile is None else {
            "ok": report.compile.ok, "output": report.compile.output, "time_ms": report.compile.time_ms},
        "tests": [
            {
                "index": t.index, "name": t.name, "hidden": t.hidden, "verdict": t.verdict,
                "time_ms": t.time_ms, "wall_ms": t.wall_ms, "memory_kb": t.memory_kb,
                "exit_code": t.exit_code, "signal": t.signal,
                "stdout": text(t.stdout, t.hidden), "stderr": text(t.stderr, t.hidden),
                "message": None if t.hidden else t.message,
            }
            for t in report.tests
        ],
        "passed": report.passed,
        "total": report.total,
        "verdict": report.verdict,
        "sandbox": sandbox_name,
        "cancelled": report.cancelled,
    }


def judge(args: Namespace) -> int:
    problem = load_problem(args.problem, args.problems)
    code = read_solution(args.solution)
    language = _language(args.lang, args.solution)
    jobs = _jobs(args.jobs)
    try:
        sandbox = open_sandbox(args.sandbox, jobs)
    except SandboxUnavailable as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    cancel = threading.Event()
    printer = _LivePrinter(enabled=not args.json)
    try:
        progress = Progress()
        sandbox.prepare([language], progress)
        progress.done()
        printer.header(problem, language, sandbox.describe())
        report = interruptible(cancel, lambda: Judge(sandbox, jobs).judge(problem, language, code, on_event=printer, cancel=cancel))
    except SandboxUnavailable as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    finally:
        sandbox.close()
    if args.json:
        json.dump(_json(report, sandbox.name), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return EXIT_OK if report.verdict == "AC" else EXIT_FAILED


class _LivePrinter:
    """Prints each test's row as soon as it and every test before it are done."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.pending: dict[int, object] = {}
        self.next = 1
        self.lock = threading.Lock()

    def header(self, problem, language, sandbox: str) -> None:
        if self.enabled:
            limits = problem.limits
            default = " (default)" if problem.time_limit_default else ""
            print(f"{problem.title} · {language.name} · {sandbox} · {limits.time_s:g} s{default} CPU, {limits.memory_mb} MiB", flush=True)

    def __call__(self, event) -> None:
        if not self.enabled:
            return
        with self.lock:
            if isinstance(event, TestFinished):
                self.pending[event.result.index] = event.result
                while self.next in self.pending:
                    print(_row(self.pending.pop(self.next)), flush=True)
                    self.next += 1
            elif isinstance(event, JudgeFinished):
                self._summary(event.report)

    def _summary(self, report: Report) -> None:
        if report.compile is not None and not report.compile.ok:
            print("Compilation Error:\n" + report.compile.output.rstrip())
            return
        for result in report.tests[self.next - 1:]:
            print(_row(result))
        if report.compile is not None:
            print(f"compiled in {report.compile.time_ms} ms")
        suffix = " (cancelled)" if report.cancelled else ""
        print(f"You have passed {report.passed}/{report.total} tests — {verdicts.display(report.verdict)}{suffix}", flush=True)


def problems_list(args: Namespace) -> int:
    from tui.problems import load_library

    library = load_library(*problem_roots(args.problems))
    rows = [
        {
            "slug": p.slug, "title": p.title, "difficulty": p.difficulty, "tags": p.tags,
            "samples": len(p.samples), "hidden": len(p.hidden), "solutions": list(p.solutions),
            "time_limit": p.limits.time_s, "memory_limit": p.limits.memory_mb, "path": str(p.path),
        }
        for p in library.problems
    ]
    for error in library.errors:
        print(f"proctorx: skipped a broken package: {error}", file=sys.stderr)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    print(f"{'slug':<28} {'title':<30} {'difficulty':<10} {'tests':>9}  solutions  tags")
    for r in rows:
        tests = f"{r['samples']}+{r['hidden']}"
        print(f"{r['slug']:<28} {r['title'][:30]:<30} {r['difficulty'] or '-':<10} {tests:>9}  {','.join(r['solutions']) or '-':<9}  {', '.join(r['tags'])}")
    return EXIT_OK


def problems_check(args: Namespace) -> int:
    from tui.checking import check_packages

    return check_packages(args.problem, args.problems, _jobs(args.jobs), args.sandbox)


def images_build(args: Namespace) -> int:
    from tui.sandbox.docker import DockerSandbox
    from tui.sandbox.images import build_image, image_exists

    try:
        wanted = [languages.get(lang) for lang in args.langs] or list(languages.all_languages().values())
    except LanguageError as exc:
        raise UsageError(str(exc)) from None
    try:
        sandbox = DockerSandbox()
        progress = Progress()
        for language in wanted:
            if image_exists(sandbox.api, language.image):
                print(f"{language.id}: {language.image} is up to date")
                continue
            build_image(sandbox.api, language, progress)
            progress.done()
            print(f"{language.id}: built {language.image}")
        sandbox.close()
    except SandboxUnavailable as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    return EXIT_OK


def doctor(args: Namespace) -> int:
    from tui.doctor import diagnose

    return diagnose()
