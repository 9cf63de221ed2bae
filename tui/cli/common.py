"""What the commands share: resolving their arguments into problems, code and
languages (each failure a UsageError with one line), running work so that
ctrl+c cancels it cleanly, and showing progress on the terminal."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from tui import languages, resources
from tui.cli.errors import UsageError
from tui.judging import default_jobs
from tui.judging.reference import read_code
from tui.packages import Problem, ProblemError, find


def sandbox_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sandbox",
        choices=("docker", "local"),
        default="docker",
        help="docker (default): a fresh container per test; local: processes, weaker isolation",
    )


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


def language_for(lang: str | None, solution: Path | None) -> languages.Language:
    """--lang LANG, or the language the file's extension names."""
    try:
        return languages.get(lang) if lang else languages.for_file(solution)
    except languages.LanguageError as exc:
        raise UsageError(str(exc)) from None


def jobs(value: int | None) -> int:
    if value is not None and value < 1:
        raise UsageError("--jobs must be at least 1")
    return value or default_jobs()


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
