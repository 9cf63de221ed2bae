"""`proctorx demo PROBLEM`: a teacher presents a problem.  The app opens in
demo mode on it: the reference solution runs at once, and one key walks the
room through the starter and each wrong or slow submission the package ships.
Nothing of the user's saved code is read or written."""

from __future__ import annotations

import argparse
from pathlib import Path

from tui.cli import app, common
from tui.cli.command import Command
from tui.cli.errors import UsageError

DESCRIPTION = (
    "Opens PROBLEM in demo mode: the reference solution in the editor, run at once; "
    "f6 shows the next program (the starter, then each wrong or slow submission), run at once, "
    "with the first failure's details and diff. Saves nothing."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("problem", help="a problem folder, or a slug looked up in --problems")
    parser.add_argument("--lang", help="the reference solution and starter to show first: python (default), c, cpp or java")
    parser.add_argument("--problems", type=Path, help="a folder of problems (default ./problems, then the shipped ones)")
    common.sandbox_argument(parser)


def parser() -> argparse.ArgumentParser:
    """The command's own parser (serve checks `serve demo ...` with it)."""
    built = argparse.ArgumentParser(prog="proctorx demo", description=DESCRIPTION)
    arguments(built)
    return built


def resolve(args: argparse.Namespace) -> tuple[list, dict]:
    """The problem roots, and the demo's arguments as objects (UsageError otherwise)."""
    if args.problems is not None and not args.problems.is_dir():
        raise UsageError(f"--problems {args.problems}: no such folder")
    roots = common.problem_roots(args.problems)
    resolved = app.resolve(roots, args.problem, None, args.lang)
    return roots, {"problem": resolved["problem"], "language": resolved["language"]}


def run(args: argparse.Namespace) -> int:
    roots, resolved = resolve(args)
    from tui.app.demo_app import run_demo  # the only path that loads Textual

    return run_demo(roots, sandbox=args.sandbox, **resolved)


COMMAND = Command(
    "demo", "present a problem to a class: the reference, the starter and the known mistakes, each run at once", arguments, run, DESCRIPTION
)
