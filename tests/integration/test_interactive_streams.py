"""Interactive runs for real in Docker, where the two sides' streams end or
back up: an interactor that closes its output before it ends (the program may
read to that end of file), one that says more than the output limit (which is
the program's, not its), and one that answers for as long as it is asked (a
program that asks forever runs out of its own time: TLE, not the interactor's
fault).  The packages are our own: tests/fixtures/kattis-2025-flood-sum and
tests/fixtures/kattis-legacy-endless-answers."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT, containers_of
from tui import languages, packages
from tui.judging import Judge

pytestmark = pytest.mark.docker
FLOOD = FIXTURES / "kattis-2025-flood-sum"
ENDLESS = FIXTURES / "kattis-legacy-endless-answers"


def judge(sandbox, package, submission: str):
    problem = packages.load(package)
    source = package / "submissions" / submission
    language = languages.get(languages.for_file(source).id)
    return Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, language, source.read_text())


def verdicts(report) -> list[tuple[str, str]]:
    return [(t.verdict, t.message or "") for t in report.tests]


def test_a_program_reads_to_the_end_of_what_the_interactor_says(docker_sandbox):
    """The interactor closes its output and only then waits for the answer:
    the program's input ends there, not when the interactor exits."""
    report = judge(docker_sandbox, FLOOD, "accepted/to_end_of_file.py")
    assert report.verdict == "AC", verdicts(report)
    assert all(t.wall_ms < 6000 for t in report.tests)  # not the 9 s wall deadline


def test_an_interactor_may_say_more_than_the_output_limit(docker_sandbox):
    """02-flood is about 10 MiB from the interactor: the program's output limit
    (8 MiB) is the program's; what the interactor says is bounded by what the
    program reads."""
    report = judge(docker_sandbox, FLOOD, "accepted/counted.py")
    assert report.verdict == "AC", verdicts(report)
    flood = report.tests[-1]
    assert flood.exchange is not None and flood.exchange.truncated  # the record is bounded all the same


def test_output_after_the_answer_is_still_judged_by_the_interactor(docker_sandbox):
    report = judge(docker_sandbox, FLOOD, "wrong_answer/sum_and_more.py")
    assert [v for v, _ in verdicts(report)] == ["WA"] * 3
    assert report.tests[0].message == "the program wrote more after the sum"


def test_a_program_that_asks_without_reading_is_out_of_time(docker_sandbox):
    """Its input backs up, then the interactor's: everything waits until the
    program's wall deadline (or, while its questions still flow, its CPU time
    runs out first).  The interactor, still busy with the questions waiting
    for it, is stopped then: TLE, not the interactor's time limit."""
    report = judge(docker_sandbox, ENDLESS, "time_limit_exceeded/ask_without_reading.py")
    for test in report.tests:
        assert test.verdict == "TLE", verdicts(report)
        assert test.message.startswith(("stopped at the 3 s wall-clock deadline", "used "))
        assert test.wall_ms < 8000
    assert containers_of(docker_sandbox) == []


def test_a_program_that_keeps_asking_runs_out_of_cpu_time(docker_sandbox):
    """It reads each answer and thinks: its CPU limit ends it while the
    interactor is still answering (and would crash at the end of its input)."""
    report = judge(docker_sandbox, ENDLESS, "time_limit_exceeded/ask_and_think.py")
    for test in report.tests:
        assert test.verdict == "TLE", verdicts(report)


def test_the_interactors_crash_is_still_its_own_when_it_ends_first(docker_sandbox, tmp_path):
    """The TLE rule is only for a program that ran out of time while the
    interactor still ran: an interactor that crashed first is IE, as before."""
    folder = tmp_path / "endless"
    shutil.copytree(ENDLESS, folder, ignore=shutil.ignore_patterns("submissions"))
    (folder / "output_validators" / "answers" / "interactor.py").write_text("import sys\nsys.exit(3)\n")
    problem = packages.load(folder)
    source = (ENDLESS / "submissions" / "time_limit_exceeded" / "ask_without_reading.py").read_text()
    report = Judge(docker_sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get("python"), source)
    assert [t.verdict for t in report.tests] == ["IE", "IE"], verdicts(report)


@pytest.mark.parametrize("package", [FLOOD, ENDLESS], ids=lambda p: p.name)
def test_problems_check_proves_the_packages(package):
    done = subprocess.run(
        [sys.executable, "-m", "tui", "problems", "check", str(package), "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("✓ submissions/") == 3
    assert "all verdicts as promised" in done.stdout
