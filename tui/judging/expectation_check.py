"""Whether a judged submission met the rules submissions.yaml puts on it
(tui/packages/expectations.py): every test a rule covers got a permitted
verdict, at least one a required one, the score is in range, the message
was said.  The spec's verdicts are AC, WA, TLE and RTE; our RE, MLE and OLE
are all RTE (the program failed while running), IE is never permitted (the
problem failed, not the program) and a test not run (SKIP) counts for nothing.
"""

from __future__ import annotations

from tui.judging.results import Report
from tui.judging.verdicts import Verdict
from tui.packages import Problem, TestCase
from tui.packages.expectations import Rule

_SPEC = {Verdict.AC: "AC", Verdict.WA: "WA", Verdict.TLE: "TLE", Verdict.RE: "RTE", Verdict.MLE: "RTE", Verdict.OLE: "RTE"}


def test_path(test: TestCase) -> str:
    """A test as the spec's test globs see it: its path under data/ without .in."""
    if test.input_path is None:
        return test.name
    return test.origin.removeprefix("data/").removesuffix(".in")


def broken(problem: Problem, report: Report, rules: tuple[Rule, ...]) -> list[str]:
    """What the report breaks of the rules, one line each (empty: all met)."""
    if report.verdict is Verdict.CE:
        return ["it did not compile, and submissions.yaml permits only the verdicts of programs that run"]
    found: list[str] = []
    results = {r.index: r for r in report.tests}
    for rule in rules:
        covered = [(t, results[t.index]) for t in problem.tests if rule.covers(test_path(t)) and t.index in results]
        ran = [(t, r) for t, r in covered if r.verdict is not Verdict.SKIP]
        where = f"{rule.label}: "
        internal = [(t, r) for t, r in ran if r.verdict not in _SPEC]
        if internal:
            t, r = internal[0]
            found.append(f"{where}test {test_path(t)} got {r.verdict} ({r.message[:160]})")
            continue
        outside = [(t, r) for t, r in ran if _SPEC[r.verdict] not in rule.permitted]
        if outside:
            t, r = outside[0]
            found.append(f"{where}test {test_path(t)} got {_SPEC[r.verdict]}, permitted only {_list(rule.permitted)}")
        if not any(_SPEC[r.verdict] in rule.required for _, r in ran):
            got = sorted({_SPEC[r.verdict] for _, r in ran})
            what = f"got only {_list(got)}" if got else "no test of it ran"
            found.append(f"{where}{what}, required at least one {_list(rule.required, 'or')}")
        if rule.score is not None:
            found += _score(rule, report, where)
        if rule.message is not None and not any(rule.message in (r.message or "") for _, r in ran):
            found.append(f"{where}no test's judge message contains {rule.message!r}")
    return found


def _score(rule: Rule, report: Report, where: str) -> list[str]:
    grade = report.grade
    if grade is None:
        return [f"{where}has a score, and the problem is not a scoring problem"]
    score = grade.score
    if rule.tests is not None:
        groups = [g for g in grade.groups if g.name == rule.tests.strip("/")]
        if not groups:
            return [f"{where}has a score for {rule.tests}, which is not a test group"]
        score = groups[0].score
    low, high = rule.score  # type: ignore[misc]
    if low <= score <= high:
        return []
    wanted = f"{low:g}" if low == high else f"in [{low:g}, {high:g}]"
    return [f"{where}scored {score:g}, not {wanted}"]


def _list(verdicts, word: str = "and") -> str:
    names = [v for v in ("AC", "WA", "TLE", "RTE") if v in set(verdicts)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {word} " + names[-1]
