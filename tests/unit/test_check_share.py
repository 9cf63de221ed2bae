"""What `problems check` says of an accepted program's time: its slowest test
that ran, as a share of the limit, named where the author finds it."""

from __future__ import annotations

from tests.conftest import ROOT
from tui import packages
from tui.cli.check import slowest_share
from tui.judging import Report, TestResult, Verdict


def result(index: int, time_ms: int, verdict=Verdict.AC) -> TestResult:
    return TestResult(index, f"test {index}", False, verdict, time_ms=time_ms)


def test_the_slowest_test_that_ran_as_a_share_of_the_limit():
    problem = packages.load(ROOT / "problems" / "coin-ways")
    report = Report("coin-ways", "python", None, [result(1, 30), result(5, 620), result(9, 410)])
    share = slowest_share(report, 2.0)
    assert (share.index, share.share) == (5, 0.31)
    assert share.text(problem) == "slowest 0.31 of the limit (test secret/02-coin-too-big, 0.62 s of 2 s)"


def test_tests_that_did_not_run_are_not_counted():
    report = Report("p", "python", None, [result(1, 12), result(2, 0, Verdict.SKIP)])
    assert slowest_share(report, 1.0).index == 1
    assert slowest_share(Report("p", "python", None, [result(1, 0, Verdict.SKIP)]), 1.0) is None
