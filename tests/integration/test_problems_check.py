"""`problems check` on a package of its own, judged in Docker: each accepted
program's line shows its slowest test as a share of the time limit, and one
that uses more than half of it gets a warning (a verdict it still earns)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.integration.test_cli import proctorx

pytestmark = pytest.mark.docker

# Both add two numbers.  The slow one burns 0.7 s of its own CPU time first: a
# share of the 1 s limit that is the same on a fast machine, a slow one or a
# busy one, since the limit counts CPU time too.
FAST = "a, b = map(int, input().split())\nprint(a + b)\n"
SLOW = "import time\nwhile time.process_time() < 0.7:\n    pass\na, b = map(int, input().split())\nprint(a + b)\n"


def package(root: Path) -> Path:
    folder = root / "add-two"
    (folder / "data" / "secret").mkdir(parents=True)
    (folder / "problem.yaml").write_text("title: Add Two\ntime_limit: 1\n")
    (folder / "data" / "secret" / "01-small.in").write_text("1 2\n")
    (folder / "data" / "secret" / "01-small.ans").write_text("3\n")
    (folder / "solutions").mkdir()
    (folder / "solutions" / "solution.py").write_text(FAST)
    (folder / "submissions" / "accepted").mkdir(parents=True)
    (folder / "submissions" / "accepted" / "slow.py").write_text(SLOW)
    return folder


def test_a_slow_accepted_program_is_warned_and_a_fast_one_is_not(tmp_path):
    folder = package(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "tui", "problems", "check", str(folder), "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr  # a warning is not a failure
    lines = done.stdout.splitlines()
    fast = next(i for i, line in enumerate(lines) if "solutions/solution.py: AC" in line)
    slow = next(i for i, line in enumerate(lines) if "submissions/accepted/slow.py: AC" in line)
    warning = "uses more than half its time limit: raise the limit or shrink the data"
    for index in (fast, slow):
        assert "of the limit (test secret/01-small, " in lines[index] and " s of 1 s)" in lines[index]
    assert warning in lines[slow + 1]
    assert fast + 1 == len(lines) or warning not in lines[fast + 1]
    assert done.stdout.count(warning) == 1
    assert "1 package(s) checked: all verdicts as promised" in done.stdout
    assert "1 accepted program(s) use more than half their time limit: add-two/submissions/accepted/slow.py" in done.stdout


def untimed_package(root: Path) -> Path:
    """A 2025-09 package with no time limit: its accepted programs (the
    slowest 0.7 s) give it 0.7 × ac_to_time_limit 2, rounded up to
    time_resolution 0.5: 1.5 s."""
    folder = root / "add-two-2025"
    (folder / "data" / "secret").mkdir(parents=True)
    (folder / "problem.yaml").write_text(
        "problem_format_version: 2025-09\nname: Add Two\nuuid: 6d1c9a52-0f3e-4b7a-9c2d-8e5f4a3b2c1d\nlimits:\n  time_resolution: 0.5\n"
    )
    (folder / "data" / "secret" / "01-small.in").write_text("1 2\n")
    (folder / "data" / "secret" / "01-small.ans").write_text("3\n")
    for verdict, name, code in (
        ("accepted", "fast.py", FAST),
        ("accepted", "slow.py", SLOW),
        ("time_limit_exceeded", "slower.py", SLOW.replace("0.7", "3.0")),  # past 1.5 s × time_limit_to_tle 1.5
    ):
        (folder / "submissions" / verdict).mkdir(parents=True, exist_ok=True)
        (folder / "submissions" / verdict / name).write_text(code)
    return folder


def test_a_2025_09_package_without_a_time_limit_gets_one_from_its_slowest_accepted_program(tmp_path):
    """The spec's Problem timing: slowest accepted (0.7 s) × ac_to_time_limit (2),
    rounded up to time_resolution (0.5 s): 1.5 s, which a 1.8 s program exceeds
    though the 2 s default would have accepted it."""
    folder = untimed_package(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "tui", "problems", "check", str(folder), "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    derived = next(line for line in done.stdout.splitlines() if "time limit:" in line)
    assert derived.startswith("  time limit: the package sets none, so 1.5 s as 2025-09 derives it: the slowest accepted test 0.7")
    assert "(submissions/accepted/slow.py, test secret/01-small) × ac_to_time_limit 2 = 1.4" in derived
    assert derived.endswith("rounded up to a multiple of time_resolution 0.5 s")
    assert "submissions/time_limit_exceeded/slower.py: TLE" in done.stdout
    assert " s of 1.5 s)" in done.stdout  # the accepted programs' shares are of the derived limit


def test_judge_derives_the_time_limit_of_a_package_that_sets_none_once_and_remembers_it(tmp_path):
    """The same package judged with `proctorx judge`: a 1.8 s program is TLE
    under the derived 1.5 s (the 2 s default would accept it); the second
    run takes the limit from time-limits.json instead of judging the
    accepted programs again."""
    folder = untimed_package(tmp_path)
    solution = tmp_path / "steady.py"
    solution.write_text(SLOW.replace("0.7", "1.8"))
    env = {"PROCTORX_DATA_DIR": str(tmp_path / "data")}
    first = proctorx("judge", str(folder), str(solution), "--json", env=env)
    assert json.loads(first.stdout)["verdict"] == "TLE", first.stdout + first.stderr
    assert "judging its accepted submissions to derive it" in first.stderr
    assert "time limit: the package sets none, so 1.5 s as 2025-09 derives it" in first.stderr
    again = proctorx("judge", str(folder), str(solution), env=env)
    assert "judging its accepted submissions" not in again.stderr
    assert "time limit: the package sets none, so 1.5 s as 2025-09 derives it" in again.stderr
    assert "1.5 s CPU" in again.stdout and "Time Limit Exceeded" in again.stdout


def timing_package(root: Path, submissions_yaml: str = "") -> Path:
    """A 2025-09 package with a 1 s limit and time_limit_to_tle 2: a program
    that must TLE has to run past 2 s.  `thin.py` takes 1.4 s (TLE at 1 s,
    not at 2 s), `endless.py` never ends."""
    folder = root / "timing-2025"
    (folder / "data" / "secret").mkdir(parents=True)
    (folder / "problem.yaml").write_text(
        "problem_format_version: 2025-09\nname: Add Two\nuuid: 0b6f3e1a-2c4d-4e5f-8a9b-1c2d3e4f5a6b\n"
        "limits:\n  time_limit: 1\n  time_multipliers: {time_limit_to_tle: 2}\n"
    )
    (folder / "data" / "secret" / "01-small.in").write_text("1 2\n")
    (folder / "data" / "secret" / "01-small.ans").write_text("3\n")
    for verdict, name, code in (
        ("accepted", "fast.py", FAST),
        ("time_limit_exceeded", "thin.py", SLOW.replace("0.7", "1.4")),
        ("time_limit_exceeded", "endless.py", "while True:\n    pass\n"),
    ):
        (folder / "submissions" / verdict).mkdir(parents=True, exist_ok=True)
        (folder / "submissions" / verdict / name).write_text(code)
    if submissions_yaml:
        (folder / "submissions" / "submissions.yaml").write_text(submissions_yaml)
    return folder


def check(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui", "problems", "check", str(folder), "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_tle_program_inside_the_time_limit_to_tle_margin_fails_the_check(tmp_path):
    """2025-09 Problem timing: time_limit × time_limit_to_tle <= the TLE
    program's time.  1.4 s is past the 1 s limit but not past 2 s."""
    done = check(timing_package(tmp_path))
    assert done.returncode == 1, done.stdout + done.stderr
    endless = next(line for line in done.stdout.splitlines() if "time_limit_exceeded/endless.py" in line)
    assert "submissions/time_limit_exceeded/endless.py: TLE, still with the limit × time_limit_to_tle (2 s)" in endless
    thin = next(line for line in done.stdout.splitlines() if "time_limit_exceeded/thin.py" in line)
    assert thin.startswith(
        "  ✗ submissions/time_limit_exceeded/thin.py: TLE at the limit (1 s) but not at 2 s, the limit × time_limit_to_tle 2"
    )
    assert "1 package(s) checked: 1 problem(s) found" in done.stdout


def test_use_for_time_limit_false_lets_a_tle_program_keep_no_margin(tmp_path):
    """submissions.yaml opts the folder out of the time-limit bounds (the
    spec: every rule that matches a submission must say so, the folder's
    default among them): its programs are held to TLE at the limit alone."""
    done = check(timing_package(tmp_path, "time_limit_exceeded:\n  use_for_time_limit: false\n"))
    assert done.returncode == 0, done.stdout + done.stderr
    thin = next(line for line in done.stdout.splitlines() if "time_limit_exceeded/thin.py" in line)
    assert "submissions/time_limit_exceeded/thin.py: TLE (" in thin and "time_limit_to_tle" not in thin
