"""Scoring problems: the group tree read from data/**/testdata.yaml (both
layouts) and problemtools' default grader, rule by rule."""

import math

import pytest

from tui import packages
from tui.judging.grading import Outcome, aggregate, grade
from tui.judging.validator import read_score
from tui.judging.verdicts import Verdict as V
from tui.packages.scoring import TestGroup

AC, WA, TLE, RE, IE, MLE = V.AC, V.WA, V.TLE, V.RE, V.IE, V.MLE


def outcomes(**verdicts):
    return {int(k[1:]): Outcome(v) if isinstance(v, V) else Outcome(*v) for k, v in verdicts.items()}


# ---- the default grader's flags ------------------------------------------------
def test_sum_and_worst_error_are_the_defaults():
    assert aggregate([(AC, 2), (WA, 0), (TLE, 0)], ()) == (TLE, 2)


def test_worst_error_order_is_problemtools():
    # JE > RTE > MLE > TLE > OLE > WA > AC
    assert aggregate([(WA, 0), (RE, 0), (MLE, 0)], ())[0] is RE
    assert aggregate([(WA, 0), (V.OLE, 0)], ("worst_error",))[0] is V.OLE


def test_first_error_takes_the_first_failure_in_order():
    assert aggregate([(AC, 1), (WA, 0), (TLE, 0)], ("first_error",)) == (WA, 1)


@pytest.mark.parametrize(("flag", "score"), [("min", 1), ("max", 5), ("sum", 9), ("avg", 3)])
def test_score_aggregators(flag, score):
    assert aggregate([(AC, 3), (AC, 5), (AC, 1)], (flag,)) == (AC, score)


def test_the_last_flag_of_a_kind_wins():
    assert aggregate([(AC, 3), (AC, 5)], ("min", "max")) == (AC, 5)


def test_accept_if_any_accepted_makes_a_partial_score_ac():
    assert aggregate([(AC, 50), (WA, 0)], ("accept_if_any_accepted",)) == (AC, 50)
    assert aggregate([(WA, 0), (TLE, 0)], ("accept_if_any_accepted",)) == (TLE, 0)


def test_always_accept():
    assert aggregate([(WA, 0)], ("always_accept",)) == (AC, 0)


def test_ignore_sample_grades_the_last_child_only():
    assert aggregate([(WA, 0), (AC, 100)], ("ignore_sample",)) == (AC, 100)
    assert aggregate([(AC, 1), (AC, 1), (AC, 1)], ("ignore_sample",)) == (IE, 0)  # default_grader's JE 0


def test_scores_keep_the_six_decimals_default_grader_prints():
    assert aggregate([(AC, 1 / 3)], ()) == (AC, 0.333333)


# ---- walking the tree ------------------------------------------------------------
def subtasks(on_reject="break") -> TestGroup:
    """oddecho's shape: samples worth nothing, two subtasks of 50, all or nothing."""
    sample = TestGroup("sample", "continue", 0, 0, (0, 0), ("first_error",), (1, 2))
    one = TestGroup("secret/a", on_reject, 50, 0, (0, 50), ("min",), (3, 4, 5))
    two = TestGroup("secret/b", on_reject, 50, 0, (0, 50), ("min",), (6, 7))
    secret = TestGroup("secret", "continue", 1, 0, (0, 100), ("first_error", "accept_if_any_accepted"), (one, two))
    return TestGroup("data", "continue", 1, 0, (0, 100), ("ignore_sample",), (sample, secret))


def all_ac(n=7):
    return {i: Outcome(AC) for i in range(1, n + 1)}


def test_full_marks():
    g = grade(subtasks(), all_ac())
    assert (g.verdict, g.score, g.max_score) == (AC, 100, 100)
    assert [(x.name, x.score, x.max_score) for x in g.groups] == [
        ("sample", 0, 0),
        ("secret", 100, 100),
        ("secret/a", 50, 50),
        ("secret/b", 50, 50),
    ]
    assert g.ungraded == {}


def test_a_partially_accepted_submission_is_ac_with_a_score_below_the_maximum():
    g = grade(subtasks(), all_ac() | {6: Outcome(WA)})
    assert (g.verdict, g.score) == (AC, 50)
    assert {x.name: x.verdict for x in g.groups}["secret/b"] is WA


def test_on_reject_break_stops_the_group_at_its_first_failure():
    g = grade(subtasks(), all_ac() | {3: Outcome(TLE)})
    assert g.ungraded == {4: "secret/a", 5: "secret/a"}
    assert 4 not in g.test_scores and g.test_scores[3] == 0


def test_on_reject_continue_grades_every_test():
    g = grade(subtasks("continue"), all_ac() | {3: Outcome(TLE)})
    assert g.ungraded == {} and g.test_scores[4] == 50


def test_failing_samples_cost_nothing_with_ignore_sample():
    g = grade(subtasks(), all_ac() | {1: Outcome(WA), 2: Outcome(RE)})
    assert (g.verdict, g.score) == (AC, 100)


def test_nothing_accepted_is_the_first_error_of_secret():
    g = grade(subtasks(), {i: Outcome(RE if i == 3 else WA) for i in range(1, 8)})
    assert (g.verdict, g.score) == (RE, 0)


def test_an_internal_error_is_the_groups_result():
    g = grade(subtasks("continue"), all_ac() | {4: Outcome(IE)})
    assert g.verdict is IE


def test_accept_and_reject_scores_of_the_tests_own_group():
    group = TestGroup("secret", "continue", 3, -1, (-math.inf, math.inf), (), (1, 2, 3))
    root = TestGroup("data", "continue", 1, 0, (-math.inf, math.inf), (), (group,))
    g = grade(root, {1: Outcome(AC), 2: Outcome(WA), 3: Outcome(AC)})
    assert (g.verdict, g.score, g.max_score) == (WA, 5, 9)


def test_a_validators_score_replaces_accept_score():
    group = TestGroup("secret", "continue", 1, 0, (0, 100), ("sum",), (1, 2))
    root = TestGroup("data", "continue", 1, 0, (0, 100), (), (group,))
    g = grade(root, {1: Outcome(AC, 12.5), 2: Outcome(AC, 30)})
    assert g.score == 42.5


def test_a_group_with_nothing_graded_does_not_count():
    empty = TestGroup("secret/b", "break", 50, 0, (0, 50), ("min",), (3,))
    one = TestGroup("secret/a", "break", 50, 0, (0, 50), ("min",), (2,))
    secret = TestGroup("secret", "break", 1, 0, (0, 100), (), (one, empty))
    g = grade(TestGroup("data", "continue", 1, 0, (0, 100), (), (secret,)), {2: Outcome(WA)})
    assert g.ungraded == {3: "secret"}
    assert {x.name: x.verdict for x in g.groups}["secret/b"] is V.SKIP


# ---- score.txt ----------------------------------------------------------------
def test_score_txt_is_read_when_the_problem_lets_it():
    assert read_score(AC, {"score.txt": b"37.5\n"}, "may", None) == (AC, "", 37.5)
    assert read_score(AC, {}, "may", None) == (AC, "", None)


@pytest.mark.parametrize(
    ("verdict", "files", "rule", "why"),
    [
        (AC, {"score.txt": b"1"}, "no", "does not let it score"),
        (WA, {"score.txt": b"1"}, "may", "rejected the output"),
        (AC, {}, "must", "must write score.txt"),
        (AC, {"score.txt": b"lots"}, "may", "not a number"),
        (AC, {"score.txt": b"1", "score_multiplier.txt": b"1"}, "may", "both"),
    ],
)
def test_score_txt_against_the_rules_is_the_problems_error(verdict, files, rule, why):
    got, message, score = read_score(verdict, files, rule, None)
    assert got is IE and why in message and score is None


def test_score_multiplier_is_a_share_of_the_tests_maximum():
    assert read_score(AC, {"score_multiplier.txt": b"0.5"}, "may", 20.0) == (AC, "", 10.0)
    assert read_score(AC, {"score_multiplier.txt": b"2"}, "may", 20.0)[0] is IE


# ---- reading the tree ------------------------------------------------------------
def package(tmp_path, problem_yaml, files):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "problem.yaml").write_text(problem_yaml)
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def files_for(names):
    found = {}
    for name in names:
        found[f"data/{name}.in"] = "1\n"
        found[f"data/{name}.ans"] = "1\n"
    return found


LEGACY = "name: X\ntype: scoring\n"


def test_legacy_keys_are_inherited_from_the_folder_above(tmp_path):
    files = files_for(["sample/1", "secret/g1/1", "secret/g1/2", "secret/g2/1"])
    files["data/secret/testdata.yaml"] = "on_reject: continue\naccept_score: 10\ngrader_flags: min\n"
    files["data/secret/g2/testdata.yaml"] = "accept_score: 5\nrange: 0 5\n"
    problem = packages.load(package(tmp_path, LEGACY, files))
    tree = problem.scoring
    secret = tree.groups[1]
    g1, g2 = secret.groups
    assert (g1.name, g1.on_reject, g1.accept_score, g1.grader_flags) == ("secret/g1", "continue", 10, ("min",))
    assert (g2.accept_score, g2.range, g2.grader_flags) == (5, (0, 5), ("min",))
    assert tree.groups[0].on_reject == "break"  # problemtools' default
    assert [t.index for t in problem.tests] == tree.tests() == [1, 2, 3, 4]


def test_problem_yaml_grading_overrides_every_group(tmp_path):
    files = files_for(["secret/1"])
    files["data/secret/testdata.yaml"] = "accept_score: 10\non_reject: break\n"
    problem = packages.load(package(tmp_path, LEGACY + "grading:\n  accept_score: 2\n  on_reject: grade\n", files))
    secret = problem.scoring.groups[0]
    assert (secret.accept_score, secret.on_reject) == (2, "continue")


@pytest.mark.parametrize(
    ("yaml_text", "says"),
    [
        ("on_reject: stop\n", "`on_reject` must be `break` or `continue`"),
        ("range: 0\n", "`range` must be two numbers"),
        ("range: 10 0\n", "is above the highest"),
        ("grader_flags: best\n", "unknown flag 'best'"),
        ("accept_score: lots\n", "`accept_score` must be a number"),
        ("grading: custom\n", "custom grader"),
    ],
)
def test_bad_group_keys_are_one_clear_line(tmp_path, yaml_text, says):
    files = files_for(["secret/1"]) | {"data/secret/testdata.yaml": yaml_text}
    with pytest.raises(packages.ProblemError) as error:
        packages.load(package(tmp_path, LEGACY, files))
    assert says in str(error.value) and "testdata.yaml" in str(error.value)


def test_inf_in_a_range(tmp_path):
    files = files_for(["secret/1"]) | {"data/secret/testdata.yaml": "range: -inf +inf\n"}
    assert packages.load(package(tmp_path, LEGACY, files)).scoring.groups[0].range == (-math.inf, math.inf)


SPEC = "problem_format_version: 2023-07\nname: X\ntype: scoring\n"


def test_2023_07_groups_share_secrets_100_and_are_pass_fail(tmp_path):
    files = files_for(["sample/1", "secret/a/1", "secret/a/2", "secret/b/1", "secret/c/1"])
    files["data/secret/a/test_group.yaml"] = "max_score: 40\n"
    files["data/secret/b/test_group.yaml"] = "max_score: 20\nscore_aggregation: sum\n"
    tree = packages.load(package(tmp_path, SPEC, files)).scoring
    sample, secret = tree.groups
    a, b, c = secret.groups
    assert (secret.max_score, tree.max_score, sample.max_score) == (100, 100, 0)
    assert (a.max_score, a.on_reject, a.accept_score) == (40, "break", 40)
    assert (b.max_score, b.accept_score, b.on_reject) == (20, 20, "continue")
    assert c.max_score == 40  # what is left of 100, shared by the groups that say nothing
    full = grade(tree, {i: Outcome(AC) for i in range(1, 6)})
    assert (full.verdict, full.score) == (AC, 100)
    part = grade(tree, {1: Outcome(WA), 2: Outcome(AC), 3: Outcome(WA), 4: Outcome(AC), 5: Outcome(AC)})
    assert (part.verdict, part.score) == (AC, 60)


def test_2023_07_draft_scoring_map(tmp_path):
    files = files_for(["secret/1", "secret/2", "secret/3", "secret/4"])
    files["data/secret/testdata.yaml"] = "scoring:\n  score: 40\n  aggregation: sum\n"
    tree = packages.load(package(tmp_path, SPEC, files)).scoring
    g = grade(tree, {1: Outcome(AC), 2: Outcome(WA), 3: Outcome(AC), 4: Outcome(AC)})
    assert (g.verdict, g.score, g.max_score) == (AC, 30, 40)


def test_2023_07_require_pass_is_refused_clearly(tmp_path):
    files = files_for(["secret/a/1"]) | {"data/secret/a/test_group.yaml": "max_score: 100\nrequire_pass: sample\n"}
    with pytest.raises(packages.ProblemError, match="require_pass"):
        packages.load(package(tmp_path, SPEC, files))


def test_partially_accepted_is_a_submission_folder_of_scoring_problems_only(tmp_path):
    files = files_for(["secret/1"]) | {"submissions/partially_accepted/half.py": "print(1)\n"}
    scoring = packages.load(package(tmp_path / "s", LEGACY, files))
    assert [s.folder for s in scoring.submissions] == ["partially_accepted"]
    plain = packages.load(package(tmp_path / "p", "name: X\n", files))
    assert plain.submissions == [] and plain.scoring is None
    assert "scoring problems" in plain.skipped_submissions[0][1]


# ---- the JSON ------------------------------------------------------------------
def test_json_adds_the_grade_and_reads_it_back():
    from tui.judging import Report, TestResult
    from tui.judging.report_json import report_from_json, report_json

    tests = [TestResult(i, f"t{i}", i > 2, AC if i != 6 else WA) for i in range(1, 8)]
    report = Report("p", "python", None, tests, grade=grade(subtasks(), all_ac() | {6: Outcome(WA)}))
    data = report_json(report, "docker")
    assert (data["verdict"], data["score"], data["max_score"]) == ("AC", 50, 100)
    assert data["groups"][3] == {"name": "secret/b", "verdict": "WA", "score": 0, "max_score": 50, "tests": [6, 7]}
    back = report_from_json(data)
    assert (back.verdict, back.score, back.max_score) == (AC, 50, 100)
    assert report_json(back, "docker") == data
    plain = report_json(Report("p", "python", None, tests), "docker")
    assert not {"score", "max_score", "groups"} & set(plain) and plain["verdict"] == "WA"


# ---- the judge: on_reject: break leaves tests unrun ------------------------------
def judged(tmp_path, files, code, jobs=1):
    from tests.app.fakes import FakeSandbox
    from tui import languages
    from tui.judging import Judge

    fake = FakeSandbox()
    problem = packages.load(package(tmp_path, LEGACY, files))
    return Judge(fake, jobs=jobs).judge(problem, languages.get("python"), code), fake


def sums(names, right=1):
    """Tests of the fake sandbox (it prints the input's sum): the answer is right, or off."""
    found = {}
    for i, name in enumerate(names, 1):
        found[f"data/{name}.in"] = f"{i}\n"
        found[f"data/{name}.ans"] = f"{i if right else -i}\n"
    return found


def test_a_break_groups_failure_stops_the_groups_above_it_that_break_too(tmp_path):
    # No testdata.yaml: problemtools' defaults, on_reject: break everywhere.
    files = sums(["sample/1", "secret/a/1", "secret/a/2", "secret/b/1"]) | {"data/sample/1.ans": "0\n"}
    report, fake = judged(tmp_path, files, "print(0)\n")
    assert fake.runs == 1  # the sample failed: nothing after it is graded, so nothing ran
    assert [t.verdict for t in report.tests] == [WA, V.SKIP, V.SKIP, V.SKIP]
    assert "data stops at its first failure" in report.tests[1].message
    assert (report.verdict, report.score, report.max_score) == (WA, 0, 4)


def test_on_reject_continue_above_keeps_the_next_group_running(tmp_path):
    files = sums(["secret/a/1", "secret/a/2", "secret/b/1"]) | {"data/secret/a/1.ans": "0\n"}
    files["data/secret/testdata.yaml"] = "on_reject: continue\ngrader_flags: accept_if_any_accepted\n"
    files["data/secret/a/testdata.yaml"] = "on_reject: break\ngrader_flags: min\naccept_score: 2\n"
    report, _ = judged(tmp_path, files, "print(0)\n")
    assert [t.verdict for t in report.tests] == [WA, V.SKIP, AC]
    assert (report.verdict, report.score) == (AC, 1)


def test_2023_07_folders_without_test_group_yaml_are_only_tests_of_secret(tmp_path):
    tree = packages.load(package(tmp_path, SPEC, files_for(["secret/x/1", "secret/x/2", "secret/y/1", "secret/2"]))).scoring
    secret = tree.groups[0]
    assert secret.groups == [] and secret.tests() == [1, 2, 3, 4]
    g = grade(tree, {1: Outcome(AC), 2: Outcome(WA), 3: Outcome(AC), 4: Outcome(AC)})
    assert (g.verdict, g.score, g.max_score) == (AC, 75, 100)
