"""What the commands share: resolving their arguments into problems, code and
languages (each failure a UsageError with one line), running work so that
ctrl+c cancels it cleanly, and showing progress on the terminal."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from pathlib import Path

from tui import languages, resources, settings
from tui.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_SANDBOX, UsageError
from tui.cli.output import marks
from tui.judging import Report, default_jobs
from tui.judging.reference import read_code
from tui.packages import Problem, ProblemError, find

log = logging.getLogger(__name__)


def sandbox_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sandbox",
        choices=("docker", "local"),
        default="docker",
        help="docker (default): a fresh container per test; local: processes, weaker isolation",
    )


def judge_server_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--judge", metavar="URL", help="judge on this judge server (proctorx server) instead of the local engine")
    parser.add_argument("--token", help="the token the judge server gave you (default: $PROCTORX_TOKEN)")


def problem_roots(problems: Path | None) -> list[Path]:
    """Where a slug is looked up: --problems DIR (default ./problems), then
    the problems shipped with the app."""
    roots = [problems] if problems else [Path("problems")]
    shipped = resources.problems_dir()
    return roots + ([shipped] if shipped.resolve() not in {r.resolve() for r in roots} else [])


def load_problem(name: str, problems: Path | None) -> Problem:
    try:
        return find(name, *problem_roots(problems))
    except ProblemError as exc:
        raise UsageError(str(exc)) from None


def read_solution(path: Path) -> str:
    try:
        return read_code(path)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def read_submission(path: Path, lang: str | None, main: str | None = None):
    """A solution file or folder (tui/judging/submission.py); UsageError with its one line."""
    from tui.judging.submission import SubmissionError, read_submission

    try:
        return read_submission(path, lang, main)
    except SubmissionError as exc:
        raise UsageError(str(exc)) from None


def answer_files(problem: Problem, path: Path, find):
    """A submit-answer submission's answer file per test (find: tui.judging.answers.answer_files); UsageError with its one line."""
    from tui.judging.answers import AnswerError

    try:
        return find(problem, path)
    except AnswerError as exc:
        raise UsageError(str(exc)) from None


def answers_header(printer, problem, answers: dict, solution: Path, where: str | None = None) -> None:
    """The lines above a submit-answer judgement's rows: how many tests are answered, and which are not."""
    from tui.judging.answers import test_key

    if not printer.enabled:
        return
    dot = marks()["bullet"]
    given = sum(path is not None for path in answers.values())
    print(
        f"{problem.title} {dot} submit-answer: {given} of {len(answers)} tests answered by {solution}"
        + (f" (validator: {problem.validator.name})" if problem.checker.kind == "custom" and problem.validator else "")
        + (f" {dot} {where}" if where else ""),
        flush=True,
    )
    missing = [test_key(t) for t in problem.tests if answers.get(t.index) is None]
    if missing:
        print(f"no answer file for: {', '.join(missing[:8])}{' …' if len(missing) > 8 else ''}", flush=True)


def language_for(lang: str | None, solution: Path | None) -> languages.Language:
    """--lang LANG, or the language the file's extension names."""
    try:
        return languages.get(lang) if lang else languages.for_file(solution)
    except languages.LanguageError as exc:
        raise UsageError(str(exc)) from None


def jobs(value: int | None) -> int:
    """--jobs N, else settings.json's "jobs", else one per core."""
    if value is not None and value < 1:
        raise UsageError("--jobs must be at least 1")
    return value or load_settings().jobs or default_jobs()


def load_settings() -> settings.Settings:
    """The user's settings; each key that can't be used is one warning on stderr."""
    loaded = settings.load()
    for warning in loaded.warnings:
        log.warning("settings: %s", warning)
        print(f"proctorx: warning: {warning}", file=sys.stderr)
    return loaded.settings


def interruptible(cancel: threading.Event, work):
    """Runs work() in a thread so ctrl+c sets `cancel` (the run's containers are
    then removed) instead of tearing through the sandbox."""
    box: dict = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="proctorx-main", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.1)
    except KeyboardInterrupt:
        cancel.set()
        thread.join(10)
        raise
    if "error" in box:
        raise box["error"]
    return box.get("value")


class ProgressLine:
    """Image builds, saves and loads on the terminal: one rewritten line on a
    TTY; otherwise (a log, CI) a line per step or per tenth done."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream, self.tty, self.shown = stream, stream.isatty(), False
        self._last: tuple[str, int] | None = None

    def __call__(self, line: str, fraction: float | None) -> None:
        bar = ""
        if fraction is not None:
            filled = int(fraction * 20)
            bar = "[" + "#" * filled + "-" * (20 - filled) + f"] {fraction:4.0%} "
        if self.tty:
            self.stream.write("\r\033[K" + (bar + line)[:120])
            self.shown = True
        else:
            # A byte count changes on every chunk: only a new tenth is news.
            step = (line.split(":")[0], -1 if fraction is None else int(fraction * 10))
            if step == self._last:
                return
            self._last = step
            self.stream.write(bar + line + "\n")
        self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def exit_status(report: Report) -> int:
    """0 all accepted, 1 anything the solution earned, 3 when the sandbox went
    away under the run (its tests are IE: not the solution's doing)."""
    if report.sandbox_lost:
        print(f"proctorx: {report.sandbox_lost.splitlines()[0]}", file=sys.stderr)
        return EXIT_SANDBOX
    # A scoring problem's partial score is AC (the grader's verdict), but not every test passed.
    return EXIT_OK if report.full_marks else EXIT_FAILED


def refuse_unlisted_language(problem, language) -> None:
    """A 2025-09 package may name the languages it is solved in (`languages`)."""
    if not problem.allows(language.id):
        raise UsageError(
            f"{problem.slug} may only be solved in {', '.join(problem.languages)} (its problem.yaml `languages`), not {language.id}"
        )


def refuse_interactive_locally(problem, sandbox: str) -> None:
    """An interactive problem needs two programs, each isolated from the
    other, joined by the host: only the Docker sandbox does that."""
    if problem.interactive and sandbox == "local":
        raise UsageError(
            f"{problem.slug} is an interactive problem: only the Docker sandbox runs those "
            "(the program and the interactor each in a container of its own); judge it without --sandbox local"
        )
