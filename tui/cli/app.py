"""`proctorx [PROBLEM]`: the terminal app.  Its arguments are resolved here,
once, the same way as every command's; the app gets the results."""

from __future__ import annotations

import argparse
from pathlib import Path

from tui.cli import common
from tui.cli.errors import UsageError
from tui.packages import ProblemError, find


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="proctorx",
        description="Opens the terminal app. Commands: judge, problems, images, doctor, demo, serve (proctorx COMMAND --help).",
    )
    parser.add_argument("problem", nargs="?", help="open this problem (a folder or a slug)")
    parser.add_argument("--solution", type=Path, help="open this file in the editor")
    parser.add_argument("--lang", help="python, c, cpp or java")
    parser.add_argument("--problems", type=Path, help="a folder of problems to offer (default ./problems, then the shipped ones)")
    common.sandbox_argument(parser)
    return parser


def resolve(roots: list[Path], problem: str | None, solution: Path | None, lang: str | None) -> dict:
    """The app's arguments as objects: the problem loaded (looked up in
    roots), the solution checked, the language found.  UsageError otherwise."""
    found = None
    if problem:
        try:
            found = find(problem, *roots)
        except ProblemError as exc:
            raise UsageError(str(exc)) from None
    if solution is not None and not solution.is_file():
        raise UsageError(f"--solution {solution}: no such file")
    language = common.language_for(lang, solution) if (lang or solution) else None
    return {"problem": found, "solution": solution, "language": language}


def run(args: argparse.Namespace) -> int:
    if args.problems is not None and not args.problems.is_dir():
        raise UsageError(f"--problems {args.problems}: no such folder")
    roots = common.problem_roots(args.problems)
    resolved = resolve(roots, args.problem, args.solution, args.lang)
    from tui.app import run_app  # the only path that loads Textual

    return run_app(roots, sandbox=args.sandbox, **resolved)
