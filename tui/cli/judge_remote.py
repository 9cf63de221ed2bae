"""`proctorx judge PROBLEM SOLUTION --judge URL`: the same rows, JSON and
exit status as a local judge, judged by a judge server (shared/spec/server.md).

PROBLEM is a slug the server holds, or a local problem folder whose tests
are then sent along with the code."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path

from tui.cli import common
from tui.cli.errors import EXIT_SANDBOX, EXIT_USAGE, UsageError
from tui.judging.report_json import report_json


def run_remote(args: argparse.Namespace, printer) -> int:
    from tui.server.client import JudgeClient, JudgeServerError
    from tui.server.wire import problem_from_json, request_json

    if args.solution.is_dir():
        raise UsageError(f"{args.solution}: a folder of sources is judged here, not by a judge server (it takes one source file)")
    code = common.read_solution(args.solution)
    language = common.language_for(args.lang, args.solution)
    local = None
    if (Path(args.problem) / "problem.yaml").is_file():
        local = common.load_problem(args.problem, args.problems)
        if local.checker.kind == "custom":
            raise UsageError(f"{args.problem}: its output validator can't be sent to a judge server: put the problem on the server")
    client = JudgeClient(args.judge, args.token)
    cancel = threading.Event()
    try:
        health = client.health()
        if local is not None:
            problem, body = local, request_json(language.id, code, tests=local.tests, local=local)
        else:
            try:
                problem = problem_from_json(client.problem(args.problem), client.url)
            except (KeyError, TypeError, ValueError) as exc:
                print(f"proctorx: {client.url} described {args.problem!r} in a way this client can't read ({exc!r})", file=sys.stderr)
                return EXIT_SANDBOX
            body = request_json(language.id, code, problem=problem.slug)
        printer.header(problem, language, f"judge server {client.url} ({health.get('engine') or health.get('sandbox')})")
        report, finished = common.interruptible(cancel, lambda: client.judge(body, problem.tests, printer, cancel))
    except JudgeServerError as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_USAGE if exc.exit_usage else EXIT_SANDBOX
    finally:
        client.close()
    if args.json:
        # The server's own object, as it sent it: the same shape as a local judge's.
        out = finished.get("report") or report_json(report, str(health.get("sandbox") or "docker"))
        json.dump(out, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return common.exit_status(report)
