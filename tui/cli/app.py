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
        description="Opens the terminal app. Commands: judge, problems, images, doctor, calibrate, exam, server, demo, serve, completion "
        "(proctorx COMMAND --help).",
    )
    parser.add_argument("problem", nargs="?", help="open this problem (a folder or a slug)")
    parser.add_argument("--solution", type=Path, help="open this file in the editor (a folder: its main file; the others go with each run)")
    parser.add_argument("--lang", help="python, c, cpp or java")
    parser.add_argument("--problems", type=Path, help="a folder of problems to offer (default ./problems, then the shipped ones)")
    common.sandbox_argument(parser)
    common.judge_server_arguments(parser)
    return parser


def resolve(roots: list[Path], problem: str | None, solution: Path | None, lang: str | None, served: dict | None = None) -> dict:
    """The app's arguments as objects: the problem loaded (a judge server's
    when it holds that slug, else looked up in roots), the solution checked,
    the language found.  UsageError otherwise."""
    found = None
    if problem and served and problem in served:
        found = served[problem]
    elif problem:
        try:
            found = find(problem, *roots)
        except ProblemError as exc:
            raise UsageError(str(exc)) from None
    if solution is not None and solution.is_dir():
        if served is not None:
            raise UsageError(f"--solution {solution}: a folder of sources is judged here, not by a judge server (it takes one source file)")
        # The screen opens the folder's main file; the folder is checked now, so a bad one is one line.
        return {"problem": found, "solution": solution, "language": common.read_submission(solution, lang).language}
    if solution is not None and not solution.is_file():
        raise UsageError(f"--solution {solution}: no such file")
    language = common.language_for(lang, solution) if (lang or solution) else None
    return {"problem": found, "solution": solution, "language": language}


def run(args: argparse.Namespace) -> int:
    if args.problems is not None and not args.problems.is_dir():
        raise UsageError(f"--problems {args.problems}: no such folder")
    roots = common.problem_roots(args.problems)
    runner = None
    if args.judge:
        from tui.app.remote_runner import RemoteRunner

        # Asked now, before the app opens: PROBLEM may be a slug only the server holds.
        runner = RemoteRunner(args.judge, args.token)
        runner.open()
        if args.problem and not runner.available and not Path(args.problem).is_dir():
            try:
                resolve(roots, args.problem, None, None)
            except UsageError:
                raise UsageError(f"{args.problem}: not a local problem, and the judge server can't be asked: {runner.error}") from None
    resolved = resolve(roots, args.problem, args.solution, args.lang, served=runner.problems if runner else None)
    from tui.app import run_app  # the only path that loads Textual

    return run_app(roots, sandbox=args.sandbox, runner=runner, **resolved)
