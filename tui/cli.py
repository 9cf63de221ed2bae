"""The command line (shared/spec/cli.md): judge, problems, images, doctor, and
the terminal app by default.  Kept free of Textual: `proctorx judge` starts fast."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from tui import resources
from tui.problems import ProblemError

COMMANDS = ("judge", "problems", "images", "doctor")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SANDBOX = 0, 1, 2, 3


class UsageError(Exception):
    """Bad arguments or unreadable input: exit 2 with one line."""


def _sandbox_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sandbox", choices=("docker", "local"), default="docker",
                        help="docker (default): a fresh container per test; local: processes, weaker isolation")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="proctorx", description="A terminal judge for programming problems.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    judge = sub.add_parser("judge", help="judge a solution against every test of a problem")
    judge.add_argument("problem", help="a problem folder, or a slug")
    judge.add_argument("solution", type=Path, help="the solution's source file")
    judge.add_argument("--lang", help="python, c, cpp or java (default: from the file's extension)")
    judge.add_argument("--json", action="store_true", help="print one JSON object (see cli.md)")
    judge.add_argument("--jobs", type=int, default=None, help="tests run at once (default: the number of cores)")
    judge.add_argument("--problems", type=Path, help="where slugs are looked up (default ./problems)")
    _sandbox_arg(judge)

    problems = sub.add_parser("problems", help="list or check problem packages")
    psub = problems.add_subparsers(dest="action", metavar="ACTION", required=True)
    plist = psub.add_parser("list", help="the problems and their tests")
    plist.add_argument("--problems", type=Path)
    plist.add_argument("--json", action="store_true")
    pcheck = psub.add_parser("check", help="judge each package's reference solutions and submissions")
    pcheck.add_argument("problem", nargs="+")
    pcheck.add_argument("--problems", type=Path)
    pcheck.add_argument("--jobs", type=int, default=None)
    _sandbox_arg(pcheck)

    images = sub.add_parser("images", help="runner images")
    isub = images.add_subparsers(dest="action", metavar="ACTION", required=True)
    ibuild = isub.add_parser("build", help="build the runner images (first use builds them too)")
    ibuild.add_argument("langs", nargs="*", metavar="LANG")

    sub.add_parser("doctor", help="is the engine reachable, are the images there, what to fix")
    return parser


def app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="proctorx",
        description="Opens the terminal app. Commands: judge, problems, images, doctor (proctorx COMMAND --help).",
    )
    parser.add_argument("problem", nargs="?", help="open this problem (a folder or a slug)")
    parser.add_argument("--solution", type=Path, help="open this file in the editor")
    parser.add_argument("--lang", help="python, c, cpp or java")
    parser.add_argument("--problems", type=Path, help="a folder of problems to offer")
    _sandbox_arg(parser)
    return parser


def problem_roots(problems: Path | None) -> list[Path]:
    roots = [problems] if problems else [Path("problems")]
    shipped = resources.problems_dir()
    return roots + ([shipped] if shipped.resolve() not in {r.resolve() for r in roots} else [])


def _terminate(signum, frame) -> None:
    # SIGTERM takes the same path as ctrl+c: the run is cancelled and its
    # containers are removed before the process ends.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
    try:
        if argv and argv[0] in COMMANDS:
            args = build_parser().parse_args(argv)
            return _dispatch(args)
        if argv and argv[0] in ("-h", "--help"):
            app_parser().print_help()
            print("\ncommands:\n  judge, problems list|check, images build, doctor  (proctorx COMMAND --help)")
            return EXIT_OK
        args = app_parser().parse_args(argv)
        from tui.app import run_app  # the only path that loads Textual

        return run_app(problem=args.problem, solution=args.solution, lang=args.lang,
                       problems_dir=args.problems, sandbox=args.sandbox)
    except UsageError as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("proctorx: interrupted", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    from tui import commands  # noqa: the command implementations

    if args.command == "judge":
        return commands.judge(args)
    if args.command == "problems" and args.action == "list":
        return commands.problems_list(args)
    if args.command == "problems":
        return commands.problems_check(args)
    if args.command == "images":
        return commands.images_build(args)
    return commands.doctor(args)


def read_solution(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a folder, not a source file") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: is not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(f"{path}: can't be read ({exc.strerror})") from None


def load_problem(name: str, problems: Path | None):
    from tui import problems as problem_packages

    try:
        return problem_packages.find(name, *problem_roots(problems))
    except ProblemError as exc:
        raise UsageError(str(exc)) from None


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
