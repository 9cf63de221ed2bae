"""Running some of the tests again: which failed last time, and what the
banner says afterwards ("Re-ran 3 failed tests: 2 now pass")."""

from __future__ import annotations

from tui.app.widgets.test_table import Row
from tui.judging import Report, Verdict


def failed_last_time(rows: list[Row]) -> list[int]:
    """Tests whose last result is a failure: a wrong answer of a judged test,
    any crash or limit, a compile error.  A custom test that was only run
    (no expected output) fails only by crashing."""
    found = []
    for row in rows:
        result = row.result
        if row.state != "done" or result is None or result.passed or result.verdict is Verdict.SKIP:
            continue
        if not row.judged and result.verdict is Verdict.WA:
            continue
        found.append(row.test.index)
    return found


def outcome(report: Report, scope: str, unjudged: set[int]) -> tuple[str, str]:
    """The banner's headline and state after running one test ("one") or the
    failed ones ("failed")."""
    judged = [t for t in report.tests if t.index not in unjudged or not t.verdict.ran]
    passing = sum(1 for t in judged if t.passed)
    state = "passed" if passing == len(judged) else "failed"
    if scope == "one" and report.tests:
        test = report.tests[0]
        if test.index in unjudged and test.verdict in (Verdict.AC, Verdict.WA):
            return f"Ran test {test.index} ({test.name}) alone: it ran (no expected output to judge by)", "idle"
        return f"Ran test {test.index} ({test.name}) alone: {test.label}", "passed" if test.passed else "failed"
    count = len(report.tests)
    if count == 1:
        return ("Re-ran 1 failed test: " + ("it now passes" if passing else "it still fails")), state
    return f"Re-ran {count} failed tests: {passing} now pass", state
