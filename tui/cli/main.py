"""The command line (README: Usage): the terminal app by default, and the
commands listed in COMMANDS.  Kept free of Textual: `proctorx judge` starts fast.

A new command is a module of tui/cli/ with a COMMAND, and a line here."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from tui.cli import app, check, doctor, images, judge, problems, stress
from tui.cli.command import Command
from tui.cli.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_SANDBOX, EXIT_USAGE, UsageError
from tui.sandbox.base import SandboxUnavailable

COMMANDS: list[Command] = [judge.COMMAND, stress.COMMAND, problems.COMMAND, check.COMMAND, images.COMMAND, doctor.COMMAND]
GROUP_HELP = {"problems": "list or check problem packages", "images": "runner images"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="proctorx", description="A terminal judge for programming problems.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups: dict[str, argparse._SubParsersAction] = {}
    for command in COMMANDS:
        if command.action is None:
            target = sub.add_parser(command.name, help=command.help, description=command.description or None)
        else:
            if command.group not in groups:
                group = sub.add_parser(command.group, help=GROUP_HELP.get(command.group))
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
        if argv and argv[0] in groups:
            args = build_parser().parse_args(argv)
            return args.run(args)
        if argv and argv[0] in ("-h", "--help"):
            app.parser().print_help()
            names = ", ".join(dict.fromkeys(c.group if c.action is None else f"{c.group} {c.action}" for c in COMMANDS))
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
