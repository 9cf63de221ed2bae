"""What a user sees of the CLI on their terminal: tables that fit what they
hold, marks a plain ASCII terminal can print, and exit statuses a shell or a
supervisor can tell apart (ctrl+c 130, SIGTERM 143)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.integration import programs
from tests.integration.test_cli import proctorx

SUM = str(FIXTURES / "sum")


def test_problems_list_columns_fit_long_slugs_and_titles(tmp_path):
    slug = "a-rather-long-problem-slug-that-goes-on"
    package = tmp_path / slug
    package.mkdir()
    (package / "problem.yaml").write_text("title: A Title Far Longer Than Thirty Characters Ever Were\ndifficulty: hard\n")
    (package / "data" / "sample").mkdir(parents=True)
    (package / "data" / "sample" / "1.in").write_text("1\n")
    (package / "data" / "sample" / "1.ans").write_text("1\n")
    result = proctorx("problems", "list", "--problems", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    mine = next(line for line in lines if line.startswith(slug))
    assert "A Title Far Longer Than Thirty Characters Ever Were" in mine
    # Every row's columns start where the header's do.
    header = lines[0]
    for column in ("title", "difficulty", "tests", "solutions"):
        start = header.index(column)
        assert all(line[start - 2 : start] == "  " for line in lines[1:]), column


@pytest.mark.docker
def test_an_ascii_terminal_gets_ascii_marks_and_no_crash(tmp_path):
    solution = tmp_path / "sum.py"
    solution.write_text(programs.AC["python"])
    result = proctorx("judge", SUM, str(solution), env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "+ Accepted" in result.stdout and "You have passed 3/3 tests - Accepted" in result.stdout
    assert "Traceback" not in result.stderr
    doctor = proctorx("doctor", env={"PYTHONIOENCODING": "ascii"})
    assert doctor.returncode == 0 and "+ python" in doctor.stdout


def test_a_reader_that_stops_early_is_no_error(tmp_path):
    # `proctorx problems list | head -1`, with more output than a pipe holds,
    # so the writer does meet the closed pipe.
    for i in range(250):
        package = tmp_path / f"problem-{i:03}"
        (package / "data" / "sample").mkdir(parents=True)
        (package / "problem.yaml").write_text(f"title: Problem {i} {'with a long title ' * 20}\n")
        (package / "data" / "sample" / "1.in").write_text("1\n")
        (package / "data" / "sample" / "1.ans").write_text("1\n")
    argv = [sys.executable, "-m", "tui", "problems", "list", "--problems", str(tmp_path)]
    listing = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert listing.stdout.readline()
    listing.stdout.close()
    _, err = listing.communicate(timeout=120)
    assert listing.returncode == 0, err
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def _judge_until_running(tmp_path) -> subprocess.Popen:
    solution = tmp_path / "slow.py"
    solution.write_text("import time\ntime.sleep(30)\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "judge", SUM, str(solution), "--jobs", "1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    header = process.stdout.readline()  # printed once the image is ready and the run starts
    assert "Sum" in header or "sum" in header.lower(), header + process.stderr.read()
    time.sleep(1.0)  # into the first test's run (it sleeps far longer)
    return process


@pytest.mark.docker
@pytest.mark.parametrize("signum, status, said", [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_ctrl_c_exits_130_and_sigterm_143(tmp_path, signum, status, said):
    process = _judge_until_running(tmp_path)
    process.send_signal(signum)
    _, err = process.communicate(timeout=120)
    assert process.returncode == status, err
    assert f"proctorx: {said}" in err and "Traceback" not in err
