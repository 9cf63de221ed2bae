"""`proctorx exam EXAM.yaml`: the app locked to an exam; `exam report LOG...`:
each run log verified and summed up; `exam grade EXAM.yaml LOG...`: the
official result, re-judged (README: For proctors; shared/spec/exam.md).

`exam` has actions (report, grade) and is itself a command: anything after
`exam` that is not an action is the exam file (tui/cli/main.py)."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path

from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_SANDBOX, UsageError

ACTIONS = ("report", "grade")


def _load_exam(path: Path, load_problems: bool = True):
    from tui.exam.examfile import ExamFileError, load_exam

    try:
        return load_exam(path, common.problem_roots(None), load_problems=load_problems)
    except ExamFileError as exc:
        raise UsageError(str(exc)) from None


# ---- proctorx exam EXAM.yaml ------------------------------------------------
def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("exam_file", metavar="EXAM.yaml", type=Path, help="the exam file (README: For proctors)")
    parser.add_argument("--student", help="the student's id (asked for in the app when absent)")
    parser.add_argument("--log", type=Path, help="the log folder (default: the exam file's `log`, ./logs beside it)")
    common.sandbox_argument(parser)
    common.judge_server_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from tui.exam.records import LogFolder, RecordsError
    from tui.exam.session import ExamSession, SessionError

    if args.judge:
        return _run_on_server(args, _load_exam(args.exam_file, load_problems=False))
    exam = _load_exam(args.exam_file)
    records = LogFolder(args.log or exam.log)
    session = None
    try:
        records.check_writable()  # said here, before the exam starts, never as a lost run
        if args.student is not None:
            session = ExamSession(exam, args.student, records)
    except (RecordsError, SessionError) as exc:
        raise UsageError(str(exc)) from None
    from tui.app.exam_app import run_exam_app  # the only path that loads Textual

    return run_exam_app(exam, records, session=session, sandbox=args.sandbox)


def _run_on_server(args: argparse.Namespace, exam) -> int:
    if args.log is not None:
        raise UsageError("--log: with --judge the judge server keeps the exam's record; leave --log out")
    from tui.app.remote_runner import RemoteRunner  # the app's door to a server (no Textual in it)

    runner = RemoteRunner(args.judge, args.token)
    try:
        exam, session = server_session(exam, runner, args.student)
        from tui.app.exam_app import run_exam_app

        return run_exam_app(exam, session.records, session=session, runner=runner)
    finally:
        runner.close()


def server_session(exam, runner, student: str | None = None):
    """(exam, session) for an exam the judge server judges and records: the
    student is the token's, the record is the server's (no log folder here),
    the problems are the server's (what judges, and what runs are recorded
    under), and the countdown runs on the server's clock.  UsageError or
    SandboxUnavailable, one line, when it can't be sat."""
    import dataclasses
    from datetime import datetime

    from tui.exam.session import ExamSession, SessionError, parse_time
    from tui.sandbox.base import SandboxUnavailable
    from tui.server.client import JudgeServerError
    from tui.server.exam_records import ServerRecords

    runner.open()
    if not runner.available:
        reason = (runner.error or f"the judge server {runner.url} can't be used").splitlines()[0]
        raise SandboxUnavailable(f"{reason}. The exam can't start without it: check --judge URL and --token with the proctor")
    try:
        served = runner.client.exam()
    except JudgeServerError as exc:
        raise UsageError(f"{exc} (an exam needs the token the server's tokens file gives for it)") from None
    if served.get("sha256") != exam.sha256:
        raise UsageError(
            f"{exam.path}: the judge server holds another exam ({served.get('title')!r}): open the exam file the server was started with"
        )
    owner = str(served.get("student") or runner.student or "")
    if student is not None and student != owner:
        raise UsageError(f"--student {student}: this token is {owner}'s; leave --student out or use your own token")
    missing = [slug for slug in served.get("problems") or [] if slug not in runner.problems]
    if missing:
        raise UsageError(f"the judge server does not hold {', '.join(missing)} of the exam: tell the proctor")
    exam = dataclasses.replace(exam, problems=tuple(runner.problems[slug] for slug in served["problems"]))
    server_now = parse_time(served.get("now"))
    skew = server_now - datetime.now().astimezone() if server_now else None

    def clock() -> datetime:
        moment = datetime.now().astimezone()
        return moment + skew if skew is not None else moment

    try:
        return exam, ExamSession(exam, owner, ServerRecords(runner.client, owner), clock=clock, host=runner.url)
    except SessionError as exc:
        raise UsageError(str(exc)) from None


APP = Command("exam", "the app locked to an exam; exam report / exam grade for the proctor", arguments, run)


# ---- proctorx exam report LOG... ----------------------------------------------
def _output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object (docs/exam.md)")
    parser.add_argument("--csv", metavar="FILE", help="also write one row per student and problem to FILE (- for stdout)")


def report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("logs", nargs="+", metavar="LOG", help="a log folder, one student's .jsonl, or a database URL")
    _output_arguments(parser)


def _logs(sources: list[str]):
    from tui.exam.records import RecordsError
    from tui.exam.report import read_logs

    try:
        return read_logs(sources)
    except RecordsError as exc:
        raise UsageError(str(exc)) from None


def _write_csv(target: str | None, text: str) -> None:
    if target is None:
        return
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--csv {target}: can't be written ({exc.strerror or exc})") from None


def run_report(args: argparse.Namespace) -> int:
    from tui.exam import report

    logs = _logs(args.logs)
    _write_csv(args.csv, report.to_csv(logs))
    if args.json:
        json.dump(report.to_json(logs), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.csv != "-":
        print(report.table(logs))
    return EXIT_OK if all(log.ok for log in logs) else EXIT_FAILED


REPORT = Command(
    "exam report", "verify run logs; per student and problem: best result, first full pass, runs", report_arguments, run_report
)


# ---- proctorx exam grade EXAM.yaml LOG... -------------------------------------
def grade_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("exam_file", metavar="EXAM.yaml", type=Path, help="the exam file the logs were written for")
    parser.add_argument("logs", nargs="+", metavar="LOG", help="a log folder, one student's .jsonl, or a database URL")
    parser.add_argument(
        "--engine",
        action="append",
        metavar="URL",
        help="a Docker engine to judge on (unix://, tcp://, ssh://); repeat it to spread the work (default: the local engine)",
    )
    parser.add_argument("--jobs", type=int, default=None, help="tests at once on each engine (default: that engine's CPU count)")
    _output_arguments(parser)


def _local_engine() -> str:
    import os

    return os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"


def run_grade(args: argparse.Namespace) -> int:
    from tui.exam import engines as spread
    from tui.exam import grade
    from tui.judging import answers

    exam = _load_exam(args.exam_file)
    jobs = common.jobs(args.jobs) if args.jobs is not None else None
    grades = grade.collect(exam, _logs(args.logs))
    work = grade.jobs_of(exam, grades)
    # Answers (a submit-answer problem's runs) need no image of their own.
    needed = list({job.language.id: job.language for job in work if job.language.id != answers.LANGUAGE}.values())
    urls = list(dict.fromkeys(args.engine or [_local_engine()]))
    progress = common.ProgressLine()
    progress(f"connecting to {len(urls)} engine{'s' * (len(urls) > 1)}…", None)
    opened: list = [None] * len(urls)

    def open_one(n: int, url: str) -> None:
        opened[n] = spread.open_engine(url, jobs, needed)

    threads = [threading.Thread(target=open_one, args=(n, url), daemon=True) for n, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    engines = opened
    if not any(e.error is None for e in engines):
        progress.done()
        raise_unavailable(engines)

    def show(done: int, total: int, engines) -> None:
        shares = " · ".join(f"{e.url} {e.graded}" for e in engines if e.error is None or e.graded)
        progress(f"graded {done}/{total} submissions · {shares}", done / total if total else 1.0)

    cancel = threading.Event()
    try:
        outcomes, left = common.interruptible(cancel, lambda: spread.judge_all(engines, work, show, cancel))
    finally:
        progress.done()
        for engine in engines:
            spread.close_engine(engine)
    grade.attach(grades, outcomes)
    _write_csv(args.csv, grade.to_csv(exam, engines, grades))
    if args.json:
        json.dump(grade.to_json(exam, engines, grades, len(left)), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.csv != "-":
        print(grade.table(exam, engines, grades, len(left)))
    if left:
        print(f"proctorx: {len(left)} submissions could not be graded: every engine stopped answering", file=sys.stderr)
        return EXIT_SANDBOX
    return EXIT_OK


def raise_unavailable(engines) -> None:
    from tui.sandbox.base import SandboxUnavailable

    tried = "; ".join(f"{e.url}: {e.error}" for e in engines)
    raise SandboxUnavailable(f"no engine could be used ({tried}). Start the engine, or give another with --engine URL")


GRADE = Command("exam grade", "the official result: each student's last code re-judged against all tests", grade_arguments, run_grade)

COMMANDS = [APP, REPORT, GRADE]
