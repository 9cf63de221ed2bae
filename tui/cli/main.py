"""The command line (README: Usage): the terminal app by default, and the
commands listed in COMMANDS.  Kept free of Textual: `proctorx judge` starts fast.

A new command is a module of tui/cli/ with a COMMAND, and a line here."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from tui.cli import app, calibrate, check, doctor, exam, exam_export, images, judge, problems, server
from tui.cli.command import Command
from tui.cli.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_SANDBOX, EXIT_USAGE, UsageError
from tui.sandbox.base import SandboxUnavailable

COMMANDS: list[Command] = [
    judge.COMMAND,
    problems.COMMAND,
    check.COMMAND,
    images.COMMAND,
    doctor.COMMAND,
    *exam.COMMANDS,
    exam_export.COMMAND,
    calibrate.COMMAND,
    server.COMMAND,
]
GROUP_HELP = {"problems": "list or check problem packages", "images": "runner images", "exam": "exam report, exam grade, exam export"}


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
    parser.set_defaults(run=command.run)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="proctorx", description="A terminal judge for programming problems.")
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
        target.set_defaults(run=command.run)
    return parser


def _terminate(signum, frame) -> None:
    # SIGTERM takes the same path as ctrl+c: the run is cancelled and its
    # containers are removed before the process ends.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
    groups = {command.group for command in COMMANDS}
    try:
        bare = _bare(argv[0]) if argv else None
        if bare is not None and (len(argv) < 2 or argv[1] not in _actions(argv[0])):
            args = bare_parser(bare).parse_args(argv[1:])
            return args.run(args)
        if argv and argv[0] in groups:
            args = build_parser().parse_args(argv)
            return args.run(args)
        if argv and argv[0] in ("-h", "--help"):
            app.parser().print_help()
            names = ", ".join(dict.fromkeys(c.name for c in COMMANDS))
            print(f"\ncommands:\n  {names}  (proctorx COMMAND --help)")
            return EXIT_OK
        return app.run(app.parser().parse_args(argv))
    except UsageError as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SandboxUnavailable as exc:  # no engine, an image that can't be built: the message says the fix
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    except KeyboardInterrupt:
        print("proctorx: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
