"""Scoring problems judged for real in Docker: a validator's score.txt is each
test's score, groups add up as problemtools' default grader adds them,
on_reject: break leaves the rest of a group not run, and `judge` / `judge
--json` / `problems check` say the score (tests/unit/test_grading.py has
the rules one by one)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT
from tui import languages, packages
from tui.judging import Judge

pytestmark = pytest.mark.docker
CLOSEST = "tests/fixtures/kattis-legacy-closest"


def proctorx(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_problems_check_proves_scores_and_partially_accepted():
    done = proctorx("problems", "check", CLOSEST, "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "✓ submissions/accepted/exact.py: AC 30/30" in done.stdout
    assert "✓ submissions/partially_accepted/off_by_one.py: AC 9/30" in done.stdout  # score.txt's 3 a test
    assert "✓ submissions/partially_accepted/small_only.py: AC 20/30" in done.stdout
    assert "✓ submissions/wrong_answer/far.py: WA 0/30" in done.stdout


def test_judge_json_adds_score_max_score_and_groups():
    done = proctorx("judge", CLOSEST, f"{CLOSEST}/submissions/partially_accepted/small_only.py", "--json", "--jobs", "2")
    assert done.returncode == 1, done.stderr  # a partial score: not every test passed
    report = json.loads(done.stdout)
    assert (report["verdict"], report["score"], report["max_score"]) == ("AC", 20, 30)
    assert report["groups"] == [
        {"name": "sample", "verdict": "AC", "score": 10, "max_score": 10, "tests": [1]},
        {"name": "secret", "verdict": "AC", "score": 20, "max_score": 30, "tests": [2, 3, 4, 5, 6]},
        {"name": "secret/a-close", "verdict": "AC", "score": 20, "max_score": 20, "tests": [2, 3]},
        {"name": "secret/b-exact", "verdict": "WA", "score": 0, "max_score": 10, "tests": [4, 5, 6]},
    ]
    # b-exact breaks at its second test: the third is not run.
    assert [t["verdict"] for t in report["tests"]] == ["AC", "AC", "AC", "AC", "WA", "SKIP"]


def test_judge_prints_each_groups_score_and_the_total():
    done = proctorx("judge", CLOSEST, f"{CLOSEST}/submissions/partially_accepted/off_by_one.py", "--jobs", "2")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "You have passed 6/6 tests — Accepted — Score 9/30"
    assert any(line.split()[:2] == ["secret/a-close", "6/20"] for line in lines)


def test_a_pass_fail_problems_json_is_unchanged():
    done = proctorx(
        "judge", "tests/fixtures/kattis-2023-divisor", "tests/fixtures/kattis-2023-divisor/submissions/accepted/smallest.py", "--json"
    )
    report = json.loads(done.stdout)
    assert not {"score", "max_score", "groups"} & set(report)


def test_score_txt_where_the_problem_does_not_let_the_validator_score_is_an_internal_error(docker_sandbox, tmp_path):
    copy = shutil.copytree(FIXTURES / "kattis-legacy-closest", tmp_path / "closest")
    (copy / "problem.yaml").write_text((copy / "problem.yaml").read_text().replace("validation: custom score", "validation: custom"))
    problem = packages.load(copy)
    report = Judge(docker_sandbox, jobs=2, reveal_hidden=True).judge(
        problem, languages.get("python"), "print(sum(map(int, input().split())))\n"
    )
    assert report.verdict.value == "IE"
    assert "does not let it score" in report.tests[0].message
