"""Interactive problems judged for real in Docker: the program and the
interactor each in a container of its own, the host relaying the two streams.
Every verdict path of the Kattis protocol, in problemtools' order, on a
package of our own (tests/fixtures/kattis-legacy-doubling)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, containers_of
from tui import languages, packages
from tui.judging import Judge
from tui.sandbox.base import EXCHANGE_LIMIT

pytestmark = pytest.mark.docker
PACKAGE = FIXTURES / "kattis-legacy-doubling"
SUBMISSIONS = PACKAGE / "submissions"


def judge(sandbox, source: Path | str, problem=None, language: str | None = None, tests=None):
    problem = problem or packages.load(PACKAGE)
    if isinstance(source, Path):
        language, code = languages.for_file(source).id, source.read_text()
    else:
        code = source
    return Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get(language or "python"), code, tests=tests)


def with_interactor(tmp_path: Path, code: str) -> packages.Problem:
    """The doubling package with its interactor replaced."""
    folder = tmp_path / "doubling"
    shutil.copytree(PACKAGE, folder, ignore=shutil.ignore_patterns("submissions"))
    (folder / "output_validators" / "doubling" / "interactor.py").write_text(code)
    return packages.load(folder)


def test_problems_check_proves_the_interactive_package():
    done = subprocess.run(
        [sys.executable, "-m", "tui", "problems", "check", str(PACKAGE), "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("✓ submissions/") == len(packages.load(PACKAGE).submissions) == 8
    assert "all verdicts as promised" in done.stdout


def test_accepted_and_the_exchange_is_recorded(docker_sandbox):
    report = judge(docker_sandbox, SUBMISSIONS / "accepted" / "double.cpp")
    assert report.verdict == "AC", [(t.verdict, t.message) for t in report.tests]
    sample = report.tests[0]
    assert sample.exchange is not None and not sample.exchange.truncated
    assert sample.exchange.chunks == [
        ("interactor", b"2\n5\n"),
        ("program", b"10\n"),
        ("interactor", b"-7\n"),
        ("program", b"-14\n"),
    ]
    assert sample.stdout == b"10\n-14\n"  # what the program said, and nothing of the launcher's


def test_wrong_answer_shows_the_interactors_message(docker_sandbox):
    report = judge(docker_sandbox, SUBMISSIONS / "wrong_answer" / "triple.py")
    assert [t.verdict for t in report.tests] == ["WA"] * 4
    assert report.tests[0].message == "5 doubled is 10, not 15"


def test_the_interactors_wrong_answer_stands_when_it_ended_first(docker_sandbox):
    """problemtools' guess_tle: the program spins once the interactor has said
    WA and ended: WA, and the program's container is stopped at once."""
    report = judge(docker_sandbox, SUBMISSIONS / "wrong_answer" / "wrong_then_spin.py", tests=packages.load(PACKAGE).tests[:1])
    assert report.tests[0].verdict == "WA" and report.tests[0].message == "5 doubled is 10, not 11"
    assert report.tests[0].wall_ms < 3000  # not left to run to its wall deadline
    assert containers_of(docker_sandbox) == []


def test_a_program_that_crashes_first_is_a_runtime_error(docker_sandbox):
    report = judge(docker_sandbox, SUBMISSIONS / "run_time_error" / "exit_three.py")
    assert [t.verdict for t in report.tests] == ["RE"] * 4
    assert report.tests[0].message == "exit code 3"


def test_cpu_time_past_the_limit_is_tle(docker_sandbox):
    report = judge(docker_sandbox, SUBMISSIONS / "time_limit_exceeded" / "spin.py", tests=packages.load(PACKAGE).tests[:1])
    result = report.tests[0]
    # On a machine busy enough to give it less than a third of a CPU, the wall deadline (3 s) comes first: TLE either way.
    assert result.verdict == "TLE"
    assert "of CPU; the limit is 1000 ms" in result.message or result.message.startswith("stopped at the 3 s wall-clock deadline")
    assert result.exchange.chunks == [("interactor", b"2\n5\n")]  # it read the first number, and never answered


def test_silence_while_the_interactor_waits_is_tle_at_the_wall_deadline(docker_sandbox):
    """problemtools' guess_no_flush: the answer stays in the program's buffer,
    both sides wait, and the program's wall deadline ends it."""
    report = judge(docker_sandbox, SUBMISSIONS / "time_limit_exceeded" / "no_flush.cpp", tests=packages.load(PACKAGE).tests[:1])
    result = report.tests[0]
    assert result.verdict == "TLE" and result.message.startswith("stopped at the 3 s wall-clock deadline")
    assert result.time_ms < 1000  # it used no CPU: the CPU time is the program's alone, not the interactor's
    assert result.exchange.chunks == [("interactor", b"2\n5\n")]
    assert containers_of(docker_sandbox) == []


def test_output_past_the_limit_is_ole(docker_sandbox):
    report = judge(docker_sandbox, SUBMISSIONS / "output_limit_exceeded" / "flood.py", tests=packages.load(PACKAGE).tests[:1])
    assert report.tests[0].verdict == "OLE"


def test_an_interactor_that_crashes_is_an_internal_error_with_its_reason(docker_sandbox, tmp_path):
    problem = with_interactor(
        tmp_path,
        "import sys\nprint(1, flush=True)\nprint(5, flush=True)\nsys.stdin.readline()\nraise SystemExit(open('missing.txt').read())\n",
    )
    report = judge(docker_sandbox, SUBMISSIONS / "accepted" / "double.py", problem=problem, tests=problem.tests[:1])
    result = report.tests[0]
    assert result.verdict == "IE"
    assert result.message.startswith("the problem's interactor crashed (exit code 1; 42 means accepted, 43 wrong answer): ")
    assert "FileNotFoundError" in result.message


def test_an_interactor_exiting_zero_is_an_internal_error(docker_sandbox, tmp_path):
    problem = with_interactor(tmp_path, "print(1, flush=True)\nprint(5, flush=True)\ninput()\n")
    report = judge(docker_sandbox, SUBMISSIONS / "accepted" / "double.py", problem=problem, tests=problem.tests[:1])
    assert report.tests[0].verdict == "IE"
    assert report.tests[0].message == "the problem's interactor exited with code 0, not 42 (accepted) or 43 (wrong answer)"


def test_the_recorded_exchange_is_bounded(docker_sandbox, tmp_path):
    """A program that says 200 KiB: the interactor reads it all and accepts;
    64 KiB of it are kept, and the exchange says it was cut."""
    problem = with_interactor(tmp_path, "import sys\nprint(1, flush=True)\nsys.stdin.buffer.read()\nsys.exit(42)\n")
    talker = "import sys\ninput()\nsys.stdout.write(('7' * 1023 + '\\n') * 200)\n"
    report = judge(docker_sandbox, talker, problem=problem, tests=problem.tests[:1])
    result = report.tests[0]
    assert result.verdict == "AC", result.message
    exchange = result.exchange
    assert exchange.truncated
    assert exchange.sent("program") == EXCHANGE_LIMIT
    assert exchange.chunks[0] == ("interactor", b"1\n")
    assert len(result.stdout) == 200 * 1024  # the program's own output is kept whole (up to its output limit)


def test_no_container_remains_after_an_interactive_judgement(docker_sandbox):
    judge(docker_sandbox, SUBMISSIONS / "accepted" / "double.py")
    assert containers_of(docker_sandbox) == []
