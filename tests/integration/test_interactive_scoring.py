"""An interactive scoring problem (2025-09 `type: [interactive, scoring]`),
judged for real in Docker: the interactor's score.txt in its feedback folder
is the test's score, as an output validator's is (Kattis), and the groups add
the scores up; `problems check` holds a partially accepted submission to the
score submissions.yaml states."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.docker

GUESS = FIXTURES / "expect-interactive-scoring"


def proctorx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_problems_check_grades_the_interactors_scores():
    done = proctorx("problems", "check", str(GUESS), "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "✓ submissions/accepted/binary.py: AC 100/100 (" in done.stdout
    # 10 points where it needed 63 guesses, 50 where it needed one: the score submissions.yaml states.
    assert "✓ submissions/partially_accepted/linear.py: AC 60/100 (" in done.stdout
    assert "held to submissions.yaml: partially_accepted/linear.py" in done.stdout
    assert "✓ submissions/wrong_answer/stubborn.py: WA 0/100 (" in done.stdout


def test_judge_json_gives_each_tests_score_from_the_interactor():
    done = proctorx("judge", str(GUESS), str(GUESS / "submissions" / "partially_accepted" / "linear.py"), "--json", "--jobs", "2")
    assert done.returncode == 1, done.stderr  # a partial score: not every test passed
    report = json.loads(done.stdout)
    assert (report["verdict"], report["score"], report["max_score"], report["interactive"]) == ("AC", 60, 100, True)
    secret = next(g for g in report["groups"] if g["name"] == "secret")
    assert (secret["score"], secret["max_score"]) == (60, 100)
