"""`proctorx problems check`: proves a package by judging what it ships.

Every reference solution must be accepted, and every Kattis submission must get
what the package says it gets (tui/packages/expectations.py): the verdicts of
an @EXPECTED_RESULTS@ tag in its file, else the rules of submissions.yaml that
match it, else those its folder promises (accepted → AC, wrong_answer → WA,
...); each line says which it was held to.  In a scoring problem the score is
checked too: accepted (and a reference solution) → the maximum score,
partially_accepted → AC with a score strictly between the lowest and the
highest the problem gives.  Each accepted one also shows its slowest test as
a share of the time limit, with a warning above MARGIN: a reference that close
to its limit passes here and may fail on a machine half as fast, or on a busy
one.  The package's validation data (data/invalid_*/, valid_output/) proves
its validators first (tui/judging/validation_check.py)."""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError
from tui.cli.judge import score_text
from tui.cli.output import marks
from tui.judging import Judge, Report, Verdict, expectation_check, time_limits, validation_check
from tui.judging.submission import with_constants
from tui.packages import Problem, Submission
from tui.packages.expectations import time_limit_role

# An accepted program should leave room for machines twice as slow: at most
# this share of the time limit on its slowest test.
MARGIN = 0.5


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("problem", nargs="+")
    parser.add_argument("--problems", type=Path)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout (docs/json.md); the lines go to stderr")
    common.sandbox_argument(parser)


def run(args: argparse.Namespace) -> int:
    if not getattr(args, "json", False):
        return _run(args, None)
    records: list[dict] = []
    # The lines people read still go out, beside the object scripts read.
    with contextlib.redirect_stdout(sys.stderr):
        code = _run(args, records)
    print(json.dumps({"packages": records, "ok": code == EXIT_OK}, indent=2))
    return code


def _run(args: argparse.Namespace, records: list[dict] | None) -> int:
    from tui.sandbox import open_sandbox

    jobs = common.jobs(args.jobs)
    loaded: list[Problem] = []
    broken = 0
    for name in args.problem:
        try:
            problem = common.load_problem(name, args.problems)
            common.refuse_interactive_locally(problem, args.sandbox)
            loaded.append(problem)
        except UsageError as exc:
            print(f"{marks()['bad']} {exc}")
            broken += 1
    if not loaded:
        return EXIT_USAGE if broken else EXIT_OK
    sandbox = open_sandbox(args.sandbox, jobs)
    cancel = threading.Event()
    mismatches = 0
    near_limit: list[str] = []
    try:
        # The package's author is the one reader who sees hidden tests whole.
        judge = Judge(sandbox, jobs, reveal_hidden=True)
        for problem in loaded:
            record = None
            if records is not None:
                record = {"problem": problem.slug, "programs": [], "validation": [], "skipped": []}
                records.append(record)
            mismatches += common.interruptible(cancel, lambda p=problem, r=record: check_one(judge, p, cancel, near_limit, r))
    finally:
        sandbox.close()
    total = mismatches + broken
    print(f"\n{len(loaded)} package(s) checked: " + ("all verdicts as promised" if not total else f"{total} problem(s) found"))
    if near_limit:
        print(f"{marks()['warn']} {len(near_limit)} accepted program(s) use more than half their time limit: {', '.join(near_limit)}")
    return EXIT_OK if total == 0 else EXIT_FAILED


COMMAND = Command("problems check", "judge each package's reference solutions and submissions", arguments, run)


def score_problem(problem: Problem, report, folder: str) -> str | None:
    """What is wrong with the score of a scoring problem's submission from
    this folder (None when it is the score the folder promises)."""
    grade = report.grade
    if problem.scoring is None or grade is None or report.verdict is not Verdict.AC:
        return None
    low, high = problem.scoring.range[0], grade.max_score
    shown = f"{score_text(grade.score)}/{score_text(high)}"
    if folder == "accepted" and math.isfinite(high) and grade.score != high:
        return f"scored {shown}, not the maximum (a partial score belongs in partially_accepted)"
    if folder == "partially_accepted" and not (grade.score > low and grade.score < high):
        lowest = score_text(low) if math.isfinite(low) else "-∞"
        return f"scored {shown}: a partially accepted submission scores more than {lowest} and less than {score_text(high)}"
    return None


def check_one(
    judge: Judge, problem: Problem, cancel: threading.Event, near_limit: list[str] | None = None, record: dict | None = None
) -> int:
    """Judges everything one package ships; the number of mismatches.  Each
    accepted program whose slowest test uses more than MARGIN of the limit is
    added to `near_limit` as slug/path (a warning, not a mismatch).  `record`
    (--json) gets each program and validation case (docs/json.md)."""
    runs = problem.programs()
    print(
        f"{problem.slug}: {problem.title} {marks()['dash']} "
        f"{len(problem.samples)} sample + {len(problem.hidden)} hidden tests, "
        + (f"{len(runs)} submissions of answer files (submit-answer)" if problem.submit_answer else f"{len(runs)} programs"),
        flush=True,
    )
    if not problem.tests:
        print(f"  {marks()['bad']} the package has no tests")
        return 1
    if not problem.solutions and not any("AC" in r.expected for r in runs):
        print("  ! no reference solution to prove the tests with")
    for path, reason in problem.skipped_submissions:
        print(f"  - {path.relative_to(problem.path)}: not judged ({reason})")
        if record is not None:
            record["skipped"].append({"path": str(path.relative_to(problem.path)), "reason": reason})
    mismatches = check_validation_data(judge, problem, cancel, record)
    measured: dict[Path, tuple[Report, float]] = {}
    if time_limits.derives(problem):
        problem, measured = _derive_time_limit(judge, problem, runs, cancel)
    for run in runs:
        mismatches += not _check_run(judge, problem, run, cancel, near_limit, record, measured.get(run.path))
    return mismatches


def _check_run(
    judge: Judge,
    problem: Problem,
    run: Submission,
    cancel: threading.Event,
    near_limit,
    record: dict | None,
    measured: tuple[Report, float] | None = None,
) -> bool:
    """Judges one program (or takes its report from `measured`, when the
    time limit was derived from it) and says whether it got what it is held
    to.  In a 2025-09 package a program that must TLE is judged with the
    limit raised × time_limit_to_tle, where it must still TLE."""
    where = run.path.relative_to(problem.path)
    held = f"held to {run.held_to_text}"
    entry: dict = {"path": str(where), "held_to": run.held_to_text, "expected": list(run.expected), "verdict": None}
    if record is not None:
        record["programs"].append(entry)
    raised = _raised_limit(problem) if time_limit_role(run) == "upper" else None
    still, thin = "", []  # the margin a TLE program keeps past the raised limit, or what it lacks
    try:
        # A measured run stopped at its first failure: rules that speak of every test need it judged again.
        if measured is not None and (not run.rules or measured[0].verdict is Verdict.AC):
            report, seconds = measured
        elif raised is not None:
            report, seconds = _timed(judge, raised, run, cancel)
            if _broken(problem, run, report):
                # Not TLE even with the margin: judged at the limit itself, to tell a thin margin from no TLE at all.
                report, seconds = _timed(judge, problem, run, cancel)
                thin = [] if _broken(problem, run, report) else [_thin_margin(problem, raised)]
            else:
                still = f", still with the limit × time_limit_to_tle ({raised.limits.time_s:g} s)"
        else:
            report, seconds = _timed(judge, problem, run, cancel)
    except UsageError as exc:
        print(f"  {marks()['bad']} {where}: {exc}")
        entry.update(ok=False, problems=[str(exc)])
        return False
    entry["verdict"] = str(report.verdict)
    if report.grade is not None:
        entry.update(score=report.grade.score, max_score=report.grade.max_score)
    scored = f" {score_text(report.grade.score)}/{score_text(report.grade.max_score)}" if report.grade is not None else ""
    problems = _broken(problem, run, report, scored) + thin
    entry.update(ok=not problems, problems=problems)
    if not problems:
        timed = report.verdict is Verdict.AC and not problem.submit_answer  # answer files take no time
        share = slowest_share(report, judge.limits(problem).time_s) if timed else None
        shown = f", {share.text(problem)}" if share else ""
        print(f"  {marks()['ok']} {where}: {report.verdict}{scored}{still} ({seconds:.1f} s){shown}; {held}", flush=True)
        margin_share = _ac_margin(problem)
        if share and share.share > margin_share:
            if near_limit is not None:
                near_limit.append(f"{problem.slug}/{where}")
            print(
                f"    {marks()['warn']} uses more than {_fraction(margin_share)} its time limit: raise the limit or shrink the data",
                flush=True,
            )
        return True
    if run.rules or len(problems) > 1:
        print(f"  {marks()['bad']} {where}: {report.verdict}{scored}, {held}, which it breaks:", flush=True)
        for line in problems:
            print(f"    {line}", flush=True)
    else:
        print(f"  {marks()['bad']} {where}: {problems[0]}; {held}", flush=True)
    return False


def _timed(judge: Judge, problem: Problem, run: Submission, cancel: threading.Event) -> tuple[Report, float]:
    start = time.monotonic()
    # submissions.yaml rules speak of every test a rule covers: all of them run.
    report = _judge_run(judge, problem, run.path, cancel, stop_on_failure=not run.rules, main=run.main)
    return report, time.monotonic() - start


def _broken(problem: Problem, run: Submission, report: Report, scored: str = "") -> list[str]:
    """What the report breaks of what the run is held to (nothing: it got it)."""
    if run.rules:
        problems = expectation_check.broken(problem, report, run.rules)
        # No rule says a score: the folder's score still holds (accepted: the maximum).
        wrong_score = None if any(r.score is not None for r in run.rules) else score_problem(problem, report, run.folder)
        return problems + ([f"folder {run.folder}/: {wrong_score}"] if wrong_score else [])
    if report.verdict in run.expected:
        wrong_score = score_problem(problem, report, run.folder)
        return [f"{report.verdict} but {wrong_score}"] if wrong_score else []
    return [_why(problem, report, run.expected, scored)]


def _raised_limit(problem: Problem) -> Problem | None:
    """A 2025-09 problem with its time limit × time_limit_to_tle: what a
    program that must TLE must still exceed (spec: Problem timing)."""
    if problem.format != "2025-09" or problem.submit_answer:
        return None
    factor = problem.time_multipliers.get("time_limit_to_tle", 1.5)
    return replace(problem, limits=replace(problem.limits, time_s=round(problem.limits.time_s * factor, 9)))


def _thin_margin(problem: Problem, raised: Problem) -> str:
    factor = problem.time_multipliers.get("time_limit_to_tle", 1.5)
    return (
        f"TLE at the limit ({problem.limits.time_s:g} s) but not at {raised.limits.time_s:g} s, "
        f"the limit × time_limit_to_tle {factor:g}: 2025-09 asks a TLE program to stay past that margin "
        "(lower the time limit, or make the program slower)"
    )


def _ac_margin(problem: Problem) -> float:
    """The share of the limit an accepted program may use: 1 / ac_to_time_limit
    in a 2025-09 package (spec: Problem timing), else MARGIN."""
    if problem.format != "2025-09":
        return MARGIN
    return 1 / problem.time_multipliers.get("ac_to_time_limit", 2.0)


def _fraction(share: float) -> str:
    return "half" if share == 0.5 else f"{share:.2f} of"


def _derive_time_limit(judge: Judge, problem: Problem, runs, cancel: threading.Event) -> tuple[Problem, dict[Path, tuple[Report, float]]]:
    """The limit the spec gives a package that has none (tui/judging/time_limits.py),
    said in one line; the problem with it, and the accepted runs' reports."""
    derived, measured = time_limits.derive(judge, problem, runs, cancel)
    mark = "" if derived.limit_s is not None else f"{marks()['warn']} "
    print(f"  {mark}{derived.text}", flush=True)
    # Judged with it (or the default, said above) from here on: nothing derives it again.
    return replace(time_limits.with_limit(problem, derived), time_limit_default=False), measured


def _judge_run(
    judge: Judge, problem: Problem, path: Path, cancel: threading.Event, stop_on_failure: bool = True, main: str | None = None
) -> Report:
    """One program judged (stopping at its first failure unless told not to), or a submit-answer problem's answer files."""
    if problem.submit_answer:
        from tui.judging.answers import answer_files, judge_answers

        answers = common.answer_files(problem, path, answer_files)
        return judge_answers(judge.sandbox, problem, answers, judge.validators, cancel=cancel, reveal_hidden=True)
    # The package's own programs: its constants are replaced in them as they are judged (2025-09).
    submitted = with_constants(common.read_submission(path, None, main), problem.constants)
    return judge.judge(
        problem,
        submitted.language,
        submitted.code,
        cancel=cancel,
        stop_on_failure=stop_on_failure,
        extra_files=submitted.files,
        main=submitted.main,
    )


def _why(problem: Problem, report: Report, expected: tuple[str, ...], scored: str) -> str:
    failing = report.first_failure()
    detail = ""
    if report.verdict is Verdict.CE and report.compile:
        lines = report.compile.output.strip().splitlines()[-1:] or [""]
        detail = f": {lines[0][:200]}"
    elif failing is not None:
        test = problem.tests[failing.index - 1]
        detail = f" on {test.origin}: {failing.message[:200]}"
    return f"got {report.verdict}{scored}, expected {' or '.join(expected)}{detail}"


def check_validation_data(judge: Judge, problem: Problem, cancel: threading.Event, record: dict | None = None) -> int:
    """Proves the validators on data/invalid_*/ and valid_output/ (never judged
    as tests); the number of cases they decided wrongly."""
    wrong = 0
    for found in validation_check.check(judge.sandbox, judge.validators, problem, cancel):
        mark = marks()["skip"] if found.skipped else marks()["ok"] if found.ok else marks()["bad"]
        wrong += not found.ok
        where = "input_validators" if found.case.kind == "input_validator" else "data"
        print(f"  {mark} {where}/{found.case.test.name}: {found.text}", flush=True)
        if record is not None:
            checked = "skipped" if found.skipped else found.ok
            case = f"{where}/{found.case.test.name}"
            record["validation"].append({"case": case, "kind": found.case.kind, "ok": checked, "text": found.text})
    return wrong


@dataclass(frozen=True)
class Share:
    """An accepted run's slowest test: its CPU time as a share of the limit."""

    index: int  # the test's 1-based index
    time_ms: int
    limit_s: float
    pass_number: int | None = None  # a multi-pass test: the limit holds per pass, and this one was the slowest

    @property
    def share(self) -> float:
        return self.time_ms / (self.limit_s * 1000)

    def text(self, problem: Problem) -> str:
        test = problem.tests[self.index - 1]
        where = time_limits.label(test) + (f", pass {self.pass_number}" if self.pass_number is not None else "")
        return f"slowest {self.share:.2f} of the limit (test {where}, {self.time_ms / 1000:.2f} s of {self.limit_s:g} s)"


def slowest_share(report: Report, limit_s: float) -> Share | None:
    """The slowest test that ran, or None when none did."""
    ran = [t for t in report.tests if t.verdict.ran]
    if not ran or limit_s <= 0:
        return None
    # A multi-pass test's limit holds for each pass: its slowest pass is what nears it.
    shares = [Share(t.index, t.time_ms, limit_s) for t in ran if not t.passes]
    shares += [Share(t.index, p.time_ms, limit_s, p.number) for t in ran for p in t.passes or ()]
    return max(shares, key=lambda s: s.time_ms)
