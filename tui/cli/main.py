"""The command line (README: Usage): the terminal app by default, and the
commands listed in COMMANDS.  Kept free of Textual: `proctorx judge` starts fast.

A new command is a module of tui/cli/ with a COMMAND, and a line here; its
shell completion follows by itself (completion.py walks this parser).

main() also sets up what every command shares: the log (tui/logs.py;
--verbose mirrors it on stderr), one line for any error and the whole story
in the log, and the exit statuses of errors.py."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from tui import __version__, logs
from tui.cli import (
    app,
    calibrate,
    check,
    completion,
    demo,
    doctor,
    exam,
    exam_export,
    images,
    judge,
    problems,
    proctor,
    serve,
    server,
    stress,
)
from tui.cli.command import Command
from tui.cli.errors import EXIT_BUG, EXIT_INTERRUPTED, EXIT_OK, EXIT_SANDBOX, EXIT_TERMINATED, EXIT_USAGE, Terminated, UsageError
from tui.sandbox.base import SandboxUnavailable

COMMANDS: list[Command] = [
    judge.COMMAND,
    stress.COMMAND,
    problems.COMMAND,
    check.COMMAND,
    images.COMMAND,
    images.SAVE,
    images.LOAD,
    doctor.COMMAND,
    *exam.COMMANDS,
    exam_export.COMMAND,
    calibrate.COMMAND,
    server.COMMAND,
    proctor.COMMAND,
    demo.COMMAND,
    serve.COMMAND,
    completion.COMMAND,
]
GROUP_HELP = {
    "problems": "list or check problem packages",
    "images": "runner images: build, save, load",
    "exam": "exam report, exam grade, exam export",
}
VERBOSE = ("--verbose", "-v")
log = logging.getLogger(__name__)


def common_options(parser: argparse.ArgumentParser) -> None:
    """Options every command takes (also before the command's name)."""
    parser.add_argument("-v", "--verbose", action="store_true", help="also print the log on stderr")


def _actions(group: str) -> list[str]:
    return [c.action for c in COMMANDS if c.group == group and c.action is not None]


def _bare(group: str) -> Command | None:
    """The command named by the group alone when the group also has actions
    (`proctorx exam EXAM.yaml` beside `proctorx exam report`)."""
    if not _actions(group):
        return None
    return next((c for c in COMMANDS if c.name == group), None)


def bare_parser(command: Command) -> argparse.ArgumentParser:
    actions = ", ".join(_actions(command.group))
    parser = argparse.ArgumentParser(
        prog=f"proctorx {command.name}",
        description=command.description or command.help,
        epilog=f"actions: {actions} (proctorx {command.group} ACTION --help)",
    )
    command.arguments(parser)
    common_options(parser)
    parser.set_defaults(run=command.run)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="proctorx", description="A terminal judge for programming problems.")
    parser.add_argument("--version", action="version", version=f"proctorx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups: dict[str, argparse._SubParsersAction] = {}
    for command in COMMANDS:
        if command.action is None and _bare(command.group) is not None:
            continue  # parsed by bare_parser: its first argument is a file, not an action
        if command.action is None:
            target = sub.add_parser(command.name, help=command.help, description=command.description or None)
        else:
            if command.group not in groups:
                bare = _bare(command.group)
                group = sub.add_parser(command.group, help=bare.help if bare else GROUP_HELP.get(command.group))
                groups[command.group] = group.add_subparsers(dest="action", metavar="ACTION", required=True)
            target = groups[command.group].add_parser(command.action, help=command.help, description=command.description or None)
        command.arguments(target)
        common_options(target)
        target.set_defaults(run=command.run)
    return parser


def app_parser() -> argparse.ArgumentParser:
    parser = app.parser()
    parser.add_argument("--version", action="version", version=f"proctorx {__version__}")
    common_options(parser)
    return parser


def _terminate(signum, frame) -> None:
    # SIGTERM takes the same path as ctrl+c: the run is cancelled and its
    # containers are removed before the process ends (with 143, not 130).
    raise Terminated


def _printable_streams() -> None:
    # A terminal or pipe that can't encode a character gets a '?' for it,
    # never a UnicodeEncodeError in the middle of a report.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and stream.errors == "strict":
            stream.reconfigure(errors="replace")


def _dispatch(argv: list[str], groups: set[str]) -> int:
    bare = _bare(argv[0]) if argv else None
    if bare is not None and (len(argv) < 2 or argv[1] not in _actions(argv[0])):
        args = bare_parser(bare).parse_args(argv[1:])
        return args.run(args)
    if argv and argv[0] in groups:
        args = build_parser().parse_args(argv)
        return args.run(args)
    if argv and argv[0] in ("-h", "--help"):
        app_parser().print_help()
        names = ", ".join(dict.fromkeys(c.group if c.action is None else f"{c.group} {c.action}" for c in COMMANDS))
        print(f"\ncommands:\n  {names}  (proctorx COMMAND --help)")
        return EXIT_OK
    return app.run(app_parser().parse_args(argv))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == [completion.HIDDEN]:  # the shells' callback: no log, no warnings, just words
        return completion.answer(argv[1:], build_parser(), app_parser())
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
    _printable_streams()
    verbose = False
    while argv and argv[0] in VERBOSE:
        verbose, argv = True, argv[1:]
    verbose = verbose or any(a in VERBOSE for a in argv[: argv.index("--") if "--" in argv else len(argv)])
    groups = {command.group for command in COMMANDS}
    logs.setup(verbose=verbose, echo=bool(argv) and argv[0] in groups)
    log.info("proctorx %s: %s", __version__, argv[0] if argv and argv[0] in groups else "the app")
    try:
        return _dispatch(argv, groups)
    except UsageError as exc:
        log.info("usage error: %s", exc)
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SandboxUnavailable as exc:  # no engine, an image that can't be built: the message says the fix
        log.warning("sandbox unavailable: %s", exc)
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    except Terminated:
        log.info("terminated (SIGTERM)")
        print("proctorx: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        log.info("interrupted")
        print("proctorx: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `proctorx problems list | head`: the reader has all it wanted
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug: one line here, the traceback in the log
        print(f"proctorx: {logs.unexpected('unexpected error', exc)}", file=sys.stderr)
        return EXIT_BUG
