"""`proctorx proctor URL --token ADMIN`: the proctor's live view of the room
(tui/app/proctor_app.py), fed by the judge server's /v1/proctor stream; with
--json, one snapshot of the room (docs/server.md: The proctor's view).

Any refusal (a student's token, an unknown one, no server there) is one line
on stderr and exit 3, before the app opens."""

from __future__ import annotations

import argparse
import json
import sys

from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, EXIT_SANDBOX


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="URL", help="the judge server (proctorx server), like http://lab-server:8765")
    parser.add_argument("--token", help="an admin token of the server's tokens file, `TOKEN admin:NAME` (default: $PROCTORX_TOKEN)")
    parser.add_argument("--json", action="store_true", help="print one snapshot of the room as JSON and exit")


def run(args: argparse.Namespace) -> int:
    from tui.server.client import JudgeClient, JudgeServerError

    client = JudgeClient(args.url, args.token)
    try:
        snapshot = client.proctor()
    except JudgeServerError as exc:
        client.close()
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    if args.json:
        client.close()
        json.dump(snapshot, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    from tui.app.proctor_app import ProctorApp  # the only path that loads Textual

    try:
        ProctorApp(client, snapshot).run()
    finally:
        client.close()
    return EXIT_OK


COMMAND = Command(
    "proctor",
    "the proctor's live view of an exam's room on a judge server (an admin token's)",
    arguments,
    run,
    description="Each student's state, time left, runs and best result per problem, and whether their record verifies, "
    "updating live as the judge server records their runs. Keys: s sorts by the next column, r reverses, q quits.",
)
