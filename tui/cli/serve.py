"""`proctorx serve [--host H] [--port P] [APP ARGS...]`: the app in a browser.

APP ARGS are what `proctorx` takes to open the app: nothing (the problem
list), `PROBLEM [--solution FILE] ...`, or `demo PROBLEM ...`; they are
checked here once, then every browser session runs `python -m tui APP ARGS`
as its own process.  Only this machine can connect unless --host says
otherwise, and then start-up says so loudly."""

from __future__ import annotations

import argparse
import sys

from tui.cli import app, common, demo
from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, UsageError

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000
INSTALL = "pip install textual-serve"
DESCRIPTION = (
    "Serves the app in a browser: each browser tab gets its own app process, ended with its containers when the tab "
    "closes. APP ARGS open it as `proctorx APP ARGS` would: nothing (the problem list), PROBLEM, or demo PROBLEM."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default=None,
        help=f"the address to listen on (default {DEFAULT_HOST}: this machine only; any other is reachable from the network)",
    )
    parser.add_argument("--port", type=int, default=None, help=f"the port (default {DEFAULT_PORT})")
    parser.add_argument(
        "app_args", nargs=argparse.REMAINDER, metavar="APP ARGS", help="what `proctorx` would take: [demo] [PROBLEM] [options]"
    )


def split_options(args: argparse.Namespace) -> tuple[str, int, list[str]]:
    """--host and --port may also come after the app's arguments."""
    rest, host, port = [], args.host, args.port
    words = iter(args.app_args)
    for word in words:
        name, equals, value = word.partition("=")
        if name in ("--host", "--port"):
            value = value if equals else next(words, None)
            if value is None:
                raise UsageError(f"{name} needs a value")
            if name == "--host":
                host = value
            else:
                try:
                    port = int(value)
                except ValueError:
                    raise UsageError(f"--port {value}: not a number") from None
        else:
            rest.append(word)
    port = DEFAULT_PORT if port is None else port
    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: must be between 1 and 65535")
    return host or DEFAULT_HOST, port, rest


def check_app_args(app_args: list[str]) -> str:
    """Resolves the app's arguments as the app would, so that a mistake is
    one line now rather than a broken page in every tab; the sandbox they name."""
    if app_args and app_args[0] == "demo":
        parsed = demo.parser().parse_args(app_args[1:])
        demo.resolve(parsed)
        return parsed.sandbox
    parsed = app.parser().parse_args(app_args)
    if parsed.problems is not None and not parsed.problems.is_dir():
        raise UsageError(f"--problems {parsed.problems}: no such folder")
    try:
        app.resolve(common.problem_roots(parsed.problems), parsed.problem, parsed.solution, parsed.lang)
    except UsageError as exc:
        raise UsageError(f"{exc} (serve opens the app as `proctorx [demo] [PROBLEM] ...` would)") from None
    return parsed.sandbox


def url_of(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("localhost" if host == "::" else host)
    return f"http://[{shown}]:{port}/" if ":" in shown else f"http://{shown}:{port}/"


def notice(host: str, port: int, app_args: list[str], loopback: bool) -> list[str]:
    what = " ".join(app_args) or "the problem list"
    lines = [
        f"ProctorX ({what}) in a browser: {url_of(host, port)}",
        "Each tab runs its own app; closing the tab ends it and removes its containers. Ctrl+C stops the server.",
        "For a projector, add ?fontsize=24 to the address.",
    ]
    if not loopback:
        lines = [
            "!" * 78,
            f"WARNING: listening on {host}:{port}, which other machines can reach, not only this one.",
            "Anyone who can reach this address gets the app, and can run programs in this machine's sandbox.",
            "!" * 78,
            *lines,
        ]
    return lines


def run(args: argparse.Namespace) -> int:
    host, port, app_args = split_options(args)
    try:
        from tui.web import AppServer, app_command, check_address, is_loopback
    except ImportError as exc:
        raise UsageError(f"serve needs textual-serve ({exc.name} is missing): {INSTALL}") from None
    sandbox = check_app_args(app_args)
    loopback = is_loopback(host)
    if not loopback and sandbox == "local":
        raise UsageError(
            f"--host {host} with --sandbox local would let anyone on the network run programs as you on this machine: "
            "serve on the network with the Docker sandbox only"
        )
    title = "ProctorX" + (f" — {' '.join(app_args)}" if app_args else "")
    server = AppServer(app_command(app_args), host, port, title, notice(host, port, app_args, loopback))
    try:
        check_address(host, port)
        server.serve()
    except OSError as exc:
        raise UsageError(f"can't listen on {host}:{port}: {exc.strerror or exc}") from None
    print("proctorx serve: stopped", file=sys.stderr)
    return EXIT_OK


COMMAND = Command(
    "serve", "serve the app in a browser (each tab its own app, on this machine only by default)", arguments, run, DESCRIPTION
)
