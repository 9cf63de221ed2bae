"""What a submission is held to (tui/packages/expectations.py): a DOMjudge
@EXPECTED_RESULTS@ tag in the file, else the submissions.yaml rules that
match it, else its folder; and how a judged report is held to the rules."""

import shutil

import pytest

from tests.conftest import FIXTURES
from tui import packages
from tui.judging import Report, TestResult, Verdict
from tui.judging.expectation_check import broken
from tui.packages import ProblemError
from tui.packages.expectations import Unjudgeable, matches, tagged, time_limit_role

RULES = FIXTURES / "expect-2025-rules"


def held(problem) -> dict[str, str]:
    return {s.path.relative_to(problem.path / "submissions").as_posix(): s.held_to_text for s in problem.submissions}


def test_each_submission_says_what_it_is_held_to_tag_then_yaml_then_folder():
    p = packages.load(RULES)
    assert held(p) == {
        "accepted/add.py": "submissions.yaml: accepted/*.py (and folder accepted/)",
        "accepted/tag_beats_folder.py": "@EXPECTED_RESULTS@: RUN-ERROR",  # the tag wins over the yaml glob and the folder
        "multiple/tagged.py": "@EXPECTED_RESULTS@: WRONG-ANSWER,TIMELIMIT",  # a folder of no verdict, judged by its tag
        "other/crash.py": "submissions.yaml: other/{crash,wrong}.py",
        "time_limit_exceeded/slow.py": "submissions.yaml: time_limit_exceeded/slow.py (and folder time_limit_exceeded/)",
        "wrong_answer/negative_crash.py": "submissions.yaml: wrong_answer (overriding folder wrong_answer/'s default)",
    }
    by_name = {s.path.name: s for s in p.submissions}
    assert by_name["tagged.py"].expected == ("WA", "TLE") and not by_name["tagged.py"].rules
    assert by_name["tag_beats_folder.py"].expected == ("RE", "MLE")
    # other/ignored.py: no tag, no matching glob, a folder of no verdict: not a submission at all.
    assert "ignored.py" not in by_name
    assert [(path.name, why) for path, why in p.skipped_submissions] == [
        ("manual.py", "@EXPECTED_RESULTS@ says CHECK-MANUALLY, which ProctorX can't check")
    ]
    slow = by_name["slow.py"].rules
    assert [(r.label, r.tests, sorted(r.permitted), sorted(r.required)) for r in slow] == [
        ("time_limit_exceeded", None, ["AC", "TLE"], ["TLE"]),  # the folder's default
        ("time_limit_exceeded/slow.py", None, ["AC", "RTE", "TLE", "WA"], ["AC", "RTE", "TLE", "WA"]),
        ("time_limit_exceeded/slow.py on sample", "sample", ["AC"], ["AC", "RTE", "TLE", "WA"]),
        ("time_limit_exceeded/slow.py on secret/*-easy", "secret/*-easy", ["AC"], ["AC", "RTE", "TLE", "WA"]),
        ("time_limit_exceeded/slow.py on secret/*-hard", "secret/*-hard", ["AC", "RTE", "TLE", "WA"], ["TLE"]),
    ]
    override = by_name["negative_crash.py"].rules
    assert [(sorted(r.permitted), sorted(r.required)) for r in override] == [(["AC", "RTE", "WA"], ["WA"])]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("// @EXPECTED_RESULTS@: CORRECT", ("AC",)),
        (" * @EXPECTED_RESULTS@:   RUN_TIME_ERROR , ACCEPTED   ", ("RE", "MLE", "AC")),  # DOMjudge's other spellings; AC last
        ("# @EXPECTED_RESULTS@: TIMELIMIT", ("TLE",)),
        ("-- @EXPECTED_RESULTS@: NO-OUTPUT", ("WA",)),
        ("/* @EXPECTED_RESULTS@: COMPILER-ERROR */", ("CE",)),
        ("# @EXPECTED_RESULTS@: OUTPUT-LIMIT", ("OLE",)),
    ],
)
def test_domjudge_tags_name_our_verdicts(tmp_path, line, expected):
    path = tmp_path / "x.c"
    path.write_text(f"{line}\nint main() {{ return 0; }}\n")
    found = tagged(path)
    assert found is not None and found.verdicts == expected
    assert found.held_to.startswith("@EXPECTED_RESULTS@: ")


def test_prose_that_names_the_tag_is_no_tag(tmp_path):
    # DOMjudge matches "@EXPECTED_RESULTS@: " (its boolfind example explains the tag above the tag itself).
    path = tmp_path / "x.py"
    path.write_text('"""An example of how to use the @EXPECTED_RESULTS@ tag.\n\n@EXPECTED_RESULTS@: CORRECT, WRONG-ANSWER\n"""\n')
    found = tagged(path)
    assert found is not None and found.verdicts == ("WA", "AC")


def test_a_tag_naming_what_cant_be_checked_is_said(tmp_path):
    path = tmp_path / "x.py"
    path.write_text("# @EXPECTED_RESULTS@: CHECK-MANUALLY\n")
    with pytest.raises(Unjudgeable, match="CHECK-MANUALLY, which ProctorX can't check"):
        tagged(path)
    (tmp_path / "plain.py").write_text("print(1)\n")
    assert tagged(tmp_path / "plain.py") is None


def test_globs_match_a_name_within_one_folder_alternatives_and_parents():
    assert matches("accepted", "accepted/a.py") and matches("accepted/*", "accepted/a.py")
    assert matches("*/a.py", "wrong_answer/a.py") and not matches("*.py", "accepted/a.py")
    assert matches("other/{crash,wrong}.py", "other/wrong.py") and not matches("other/{crash,wrong}.py", "other/right.py")
    assert matches("secret/*-hard", "secret/02-hard") and matches("secret", "secret/g1/03")
    assert not matches("secret/*", "sample/1")
    # Blanks around an alternative don't count, as BAPCtools reads them.
    assert matches("secret/*{ 4 }{ 2 }", "secret/42") and matches("ac.{py, cpp}", "ac.cpp")


def test_a_folder_submission_starts_from_the_entrypoint_submissions_yaml_names(tmp_path):
    from tui.packages.expectations import entrypoint, read_submissions_yaml

    (tmp_path / "submissions").mkdir()
    (tmp_path / "submissions" / "submissions.yaml").write_text("accepted/pair:\n  entrypoint: solve.py\n  language: python3\n")
    doc = read_submissions_yaml(tmp_path)
    assert entrypoint(doc, "accepted/pair") == "solve.py"
    assert entrypoint(doc, "accepted/other") is None and entrypoint(None, "accepted/pair") is None


def test_a_bad_rule_in_submissions_yaml_names_the_key_and_the_fix(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    (folder / "submissions" / "submissions.yaml").write_text("accepted/*.py:\n  permitted: [OK]\n")
    with pytest.raises(
        ProblemError, match=r"submissions.yaml.*`accepted/\*.py.permitted` in submissions.yaml must be a list of AC, WA, TLE, RTE"
    ):
        packages.load(folder)


def test_which_submissions_bound_the_time_limit(tmp_path):
    """2025-09 Timelimit inference: a program that must TLE bounds it from
    above, one held to AC from below; use_for_time_limit opts in and out."""
    roles = {s.path.name: time_limit_role(s) for s in packages.load(RULES).submissions}
    assert roles["add.py"] == "lower" and roles["slow.py"] == "upper"
    assert roles["crash.py"] is None and roles["tagged.py"] is None  # may fail some other way: no bound
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    (folder / "submissions" / "submissions.yaml").write_text(
        "time_limit_exceeded:\n  use_for_time_limit: false\nother/crash.py:\n  use_for_time_limit: lower\n"
    )
    roles = {s.path.name: time_limit_role(s) for s in packages.load(folder).submissions}
    assert roles["slow.py"] is None and roles["crash.py"] == "lower"
    (folder / "submissions" / "submissions.yaml").write_text("accepted:\n  use_for_time_limit: sometimes\n")
    with pytest.raises(
        ProblemError, match=r"`accepted.use_for_time_limit` in submissions.yaml must be false, lower or upper, not 'sometimes'"
    ):
        packages.load(folder)


def report(*verdicts: Verdict, messages=()) -> Report:
    tests = [
        TestResult(i, f"t{i}", False, v, message=(messages[i - 1] if i <= len(messages) else "")) for i, v in enumerate(verdicts, start=1)
    ]
    return Report("expect-2025-rules", "python", None, tests)


def test_rules_are_held_test_by_test():
    p = packages.load(RULES)  # tests: sample/1, secret/01-easy, secret/02-hard, secret/03-negative
    slow = next(s for s in p.submissions if s.path.name == "slow.py").rules
    assert broken(p, report(Verdict.AC, Verdict.AC, Verdict.TLE, Verdict.AC), slow) == []
    assert broken(p, report(Verdict.AC, Verdict.TLE, Verdict.TLE, Verdict.AC), slow) == [
        "time_limit_exceeded/slow.py on secret/*-easy: test secret/01-easy got TLE, permitted only AC"
    ]
    assert broken(p, report(Verdict.AC, Verdict.AC, Verdict.AC, Verdict.TLE), slow) == [
        "time_limit_exceeded/slow.py on secret/*-hard: got only AC, required at least one TLE"
    ]
    crash = next(s for s in p.submissions if s.path.name == "negative_crash.py").rules
    # RE, MLE and OLE are the spec's RTE; an internal error is never permitted.
    assert broken(p, report(Verdict.AC, Verdict.WA, Verdict.MLE, Verdict.OLE), crash) == []
    assert broken(p, report(Verdict.AC, Verdict.TLE, Verdict.WA, Verdict.AC), crash) == [
        "wrong_answer: test secret/01-easy got TLE, permitted only AC, WA and RTE"
    ]
    assert broken(p, report(Verdict.AC, Verdict.IE, Verdict.WA, Verdict.AC, messages=["", "validator crashed"]), crash) == [
        "wrong_answer: test secret/01-easy got IE (validator crashed)"
    ]
    assert broken(p, report(Verdict.AC, Verdict.SKIP, Verdict.SKIP, Verdict.SKIP), crash) == [
        "wrong_answer: got only AC, required at least one WA"
    ]
