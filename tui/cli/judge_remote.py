"""`proctorx judge PROBLEM SOLUTION --judge URL`: the same rows, JSON and
exit status as a local judge, judged by a judge server (shared/spec/server.md).

PROBLEM is a slug the server holds, or a local problem folder whose tests
are then sent along with the code.  A submit-answer problem the server holds
takes SOLUTION's answer files, judged there as language "answers"."""

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

    local = None
    if (Path(args.problem) / "problem.yaml").is_file():
        local = common.load_problem(args.problem, args.problems)
        if local.submit_answer:
            raise UsageError(
                f"{args.problem}: a judge server judges a submit-answer problem's answers only against its own copy: "
                "give the slug of a problem it holds, or judge it here without --judge"
            )
        if local.checker.kind == "custom":
            raise UsageError(f"{args.problem}: its output validator can't be sent to a judge server: put the problem on the server")
    # A slug's SOLUTION may turn out to be answers (the server says whether the problem takes them):
    # until then a reason it can't be code only waits.
    not_code = None
    try:
        code, language = _program(args)
    except UsageError as exc:
        if local is not None or not args.solution.exists():
            raise
        not_code, code, language = exc, "", None
    client = JudgeClient(args.judge, args.token)
    cancel = threading.Event()
    try:
        health = client.health()
        where = f"judge server {client.url} ({health.get('engine') or health.get('sandbox')})"
        if local is not None:
            problem, body = local, request_json(language.id, code, tests=local.tests, local=local)
        else:
            try:
                problem = problem_from_json(client.problem(args.problem), client.url)
            except (KeyError, TypeError, ValueError) as exc:
                print(f"proctorx: {client.url} described {args.problem!r} in a way this client can't read ({exc!r})", file=sys.stderr)
                return EXIT_SANDBOX
            if problem.submit_answer:
                body = _answers_body(args, problem, printer, where)
            elif not_code is not None:
                raise not_code
            else:
                body = request_json(language.id, code, problem=problem.slug)
        if not problem.submit_answer:
            printer.header(problem, language, where)
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


def _program(args: argparse.Namespace):
    """SOLUTION as one source file's code and language; UsageError when it isn't that."""
    if args.solution.is_dir():
        raise UsageError(f"{args.solution}: a folder of sources is judged here, not by a judge server (it takes one source file)")
    return common.read_solution(args.solution), common.language_for(args.lang, args.solution)


def _answers_body(args: argparse.Namespace, problem, printer, where: str) -> dict:
    """A submit-answer problem the server holds: SOLUTION's answer files as
    one text by test (tui.judging.answers.pack), sent as language "answers"."""
    from tui.judging.answers import ANSWERS, answer_files, pack, test_key
    from tui.server.wire import request_json

    found = common.answer_files(problem, args.solution, answer_files)
    texts = {}
    for test in problem.tests:
        path = found.get(test.index)
        if path is None:
            continue
        try:
            texts[test_key(test)] = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"{path}: is not UTF-8 text: a judge server takes answers as text (judge it here without --judge)") from None
        except OSError as exc:
            raise UsageError(f"{path}: can't be read ({exc.strerror or exc})") from None
    common.answers_header(printer, problem, found, args.solution, where)
    return request_json(ANSWERS.id, pack(texts), problem=problem.slug)
