"""The default grader of Kattis scoring problems, as problemtools runs it.

A pure function of the group tree (tui/packages/scoring.py) and the tests'
results.  Each group is walked in order, as problemtools' SubmissionJudge does:

- a test scores what its validator wrote in score.txt, else its group's
  `accept_score` when accepted and `reject_score` when not;
- `on_reject: break` stops a group at its first child (test or subgroup)
  that is not accepted: the rest are not graded (the judge shows them SKIP);
- an internal error among the children is the group's result as it is;
- otherwise the grader flags decide: the score is the `sum` (default),
  `min`, `max` or `avg` of the children's; the verdict is the worst error
  (default; worst_error, no_errors), the `first_error`, or AC
  (`always_accept`, or `accept_if_any_accepted` when one child is AC);
  `ignore_sample` grades the last child only (secret, beside sample);
- a group with nothing graded in it does not count.

So a partially accepted submission is AC with a score below the maximum,
when the groups' flags say so (oddecho's secret: accept_if_any_accepted).
The `range` is not clamped to (problemtools reports a score outside it as
the package's error): the score is what the grader computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.judging.verdicts import Verdict
from tui.packages.scoring import TestGroup

# default_grader's worst_error order, ours spelt: IE is its JE, RE its RTE.
# A test that never ran (SKIP) says the least of the errors.
WORST_FIRST = (Verdict.IE, Verdict.RE, Verdict.MLE, Verdict.TLE, Verdict.OLE, Verdict.WA, Verdict.SKIP, Verdict.AC)


@dataclass(frozen=True)
class Outcome:
    """What one test gave the grader: its verdict, and the score its
    validator wrote (None when it wrote none)."""

    verdict: Verdict
    score: float | None = None


@dataclass
class GroupGrade:
    name: str
    verdict: Verdict
    score: float
    max_score: float
    tests: list[int]  # every test under the group, graded or not
    depth: int  # 1 for data/'s folders (sample, secret), 2 below them...


@dataclass
class Grade:
    verdict: Verdict
    score: float
    max_score: float
    groups: list[GroupGrade]  # every group but data/ itself, parents first
    test_scores: dict[int, float] = field(default_factory=dict)  # the tests graded
    ungraded: dict[int, str] = field(default_factory=dict)  # tests after an on_reject: break, and that group's name


def grade(root: TestGroup, outcomes: dict[int, Outcome]) -> Grade:
    """The verdict and score of a submission whose tests gave `outcomes`
    (a test missing from it never ran: SKIP)."""
    scores: dict[int, float] = {}
    found: dict[str, GroupGrade] = {}
    stopped: dict[int, str] = {}
    result = _group(root, outcomes, scores, found, 0, stopped)
    verdict, score = result if result is not None else (Verdict.AC, 0.0)
    groups = [found[g.name] for g in root.walk()[1:] if g.name in found]
    for g in root.walk()[1:]:  # a group nothing was graded in still has its rows
        if g.name not in found:
            groups.insert(_position(root, g, groups), GroupGrade(g.name, Verdict.SKIP, 0.0, g.max_score, g.tests(), g.name.count("/") + 1))
    return Grade(verdict, score, root.max_score, groups, scores, stopped)


def _position(root: TestGroup, group: TestGroup, groups: list[GroupGrade]) -> int:
    order = [g.name for g in root.walk()[1:]]
    mine = order.index(group.name)
    return sum(1 for g in groups if order.index(g.name) < mine)


def _group(
    group: TestGroup, outcomes: dict[int, Outcome], scores: dict[int, float], found: dict, depth: int, stopped: dict[int, str]
) -> tuple[Verdict, float] | None:
    children: list[tuple[Verdict, float]] = []
    for position, child in enumerate(group.children):
        if isinstance(child, TestGroup):
            result = _group(child, outcomes, scores, found, depth + 1, stopped)
            if result is None:
                continue
        else:
            outcome = outcomes.get(child, Outcome(Verdict.SKIP))
            score = outcome.score
            if score is None:
                score = group.accept_score if outcome.verdict is Verdict.AC else group.reject_score
            scores[child] = score
            result = (outcome.verdict, score)
        children.append(result)
        if result[0] is not Verdict.AC and group.on_reject == "break":
            for rest in group.children[position + 1 :]:
                for index in rest.tests() if isinstance(rest, TestGroup) else [rest]:
                    stopped[index] = group.name
            break
    if not children:
        return None
    error = next((c for c in children if c[0] is Verdict.IE), None)
    verdict, score = error if error is not None else aggregate(children, group.grader_flags)
    if depth:
        found[group.name] = GroupGrade(group.name, verdict, score, group.max_score, group.tests(), depth)
    return verdict, score


def aggregate(children: list[tuple[Verdict, float]], flags: tuple[str, ...]) -> tuple[Verdict, float]:
    """default_grader on its input lines ("verdict score") with these flags."""
    how_score, how_verdict = "sum", "worst_error"
    for flag in flags:  # the last flag of a kind wins, as it does in default_grader
        if flag in ("sum", "avg", "max", "min"):
            how_score = flag
        if flag in ("worst_error", "no_errors", "first_error", "always_accept"):
            how_verdict = flag
    if "ignore_sample" in flags:
        if not 1 <= len(children) <= 2:
            return Verdict.IE, 0.0  # default_grader's `JE 0`
        children = children[-1:]
    verdicts = [v for v, _ in children]
    values = [s for _, s in children]
    if "accept_if_any_accepted" in flags and Verdict.AC in verdicts:
        verdict = Verdict.AC
    elif how_verdict == "first_error":
        verdict = next((v for v in verdicts if v is not Verdict.AC), Verdict.AC)
    elif how_verdict == "always_accept":
        verdict = Verdict.AC
    else:
        verdict = min(verdicts + [Verdict.AC], key=WORST_FIRST.index)
    if how_score == "sum":
        score = sum(values)
    elif how_score == "avg":
        score = sum(values) / len(values)
    else:
        score = max(values) if how_score == "max" else min(values)
    # default_grader prints the score with %f: six decimals are what reach the judge.
    return verdict, round(score, 6)
