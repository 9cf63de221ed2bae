"""A submit-answer problem with an output validator, against the real
engine: the validator (and nothing else) runs sandboxed, once per answer."""

from __future__ import annotations

import threading

import pytest

from tests.conftest import ROOT
from tui import packages
from tui.cli.check import check_one
from tui.judging import Judge, Verdict
from tui.judging.answers import answer_files, judge_answers

FACTORS = ROOT / "tests" / "fixtures" / "kattis-2025-submit-factors"

pytestmark = pytest.mark.docker


def test_the_validator_judges_each_answer_file(docker_sandbox):
    problem = packages.load(FACTORS)
    folder = FACTORS / "submissions" / "wrong_answer" / "trivial"
    report = judge_answers(docker_sandbox, problem, answer_files(problem, folder), reveal_hidden=True)
    assert [t.verdict for t in report.tests] == [Verdict.AC, Verdict.AC, Verdict.WA]
    assert "both factors must be above 1" in report.tests[2].message
    assert report.tests[2].stdout == b"1 1000000\n"  # the answer, shown as the output it stands for


def test_problems_check_holds_answer_submissions_to_their_folders(docker_sandbox, capsys):
    problem = packages.load(FACTORS)
    assert check_one(Judge(docker_sandbox, jobs=1, reveal_hidden=True), problem, threading.Event()) == 0
    out = capsys.readouterr().out
    assert "2 submissions of answer files (submit-answer)" in out
    assert "submissions/accepted/any-factors: AC" in out and "submissions/wrong_answer/trivial: WA" in out
