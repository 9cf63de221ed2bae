"""Submit-answer problems (2025-09 `type: submit-answer`): the submission is
the answer files, one per test, judged without running a program."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tui import packages
from tui.judging import Verdict
from tui.judging.answers import AnswerError, answer_files, judge_answers

FIXTURES = ROOT / "tests" / "fixtures"
SUMS = FIXTURES / "kattis-2025-submit-sums"


def judged(folder):
    problem = packages.load(SUMS)
    # The default validator compares in-process: no sandbox is needed.
    return judge_answers(None, problem, answer_files(problem, folder), reveal_hidden=True)


def test_a_submit_answer_problem_loads_with_its_answer_submissions():
    problem = packages.load(SUMS)
    assert problem.submit_answer and not problem.multipass and not problem.interactive
    assert problem.checker.kind == "tokens"  # `type: pass-fail submit-answer`, one string of words, as the spec's example
    assert [(s.path.name, s.folder) for s in problem.submissions] == [
        ("all-right", "accepted"),
        ("one-missing", "wrong_answer"),
        ("one-wrong", "wrong_answer"),
    ]


def test_answers_are_found_by_the_tests_path_or_name_with_any_usual_suffix():
    problem = packages.load(SUMS)
    right = answer_files(problem, SUMS / "submissions" / "accepted" / "all-right")
    assert [p.relative_to(SUMS / "submissions").as_posix() for p in right.values()] == [
        "accepted/all-right/sample/1.ans",
        "accepted/all-right/secret/01-negative.ans",
        "accepted/all-right/secret/02-big.out",
    ]
    by_name = answer_files(problem, SUMS / "submissions" / "wrong_answer" / "one-wrong")
    assert [p.name for p in by_name.values()] == ["1.ans", "01-negative.txt", "02-big.ans"]
    missing = answer_files(problem, SUMS / "submissions" / "wrong_answer" / "one-missing")
    assert missing[3] is None


def test_each_answer_gets_the_verdict_of_its_comparison():
    assert judged(SUMS / "submissions" / "accepted" / "all-right").verdict is Verdict.AC
    wrong = judged(SUMS / "submissions" / "wrong_answer" / "one-wrong")
    assert [t.verdict for t in wrong.tests] == [Verdict.AC, Verdict.AC, Verdict.WA]
    missing = judged(SUMS / "submissions" / "wrong_answer" / "one-missing")
    assert missing.verdict is Verdict.WA
    assert missing.tests[2].message == "no answer for this test: add secret/02-big.ans to the submission"


def test_a_name_two_tests_share_needs_the_tests_path(tmp_path):
    package = shutil.copytree(SUMS, tmp_path / "pkg")
    (package / "data" / "secret" / "1.in").write_text("1 1\n")
    (package / "data" / "secret" / "1.ans").write_text("2\n")
    answers = tmp_path / "answers"
    answers.mkdir()
    (answers / "1.ans").write_text("5\n")  # sample/1 or secret/1? neither
    (answers / "01-negative.ans").write_text("6\n")
    found = answer_files(packages.load(package), answers)
    assert [p.name if p else None for p in found.values()] == [None, "01-negative.ans", None, None]


def test_a_submission_that_answers_nothing_is_refused_in_one_line(tmp_path):
    problem = packages.load(SUMS)
    with pytest.raises(AnswerError, match=r"holds no answer to any test: name each file by its test, like sample/1.ans"):
        answer_files(problem, tmp_path)
    one = tmp_path / "answer.txt"
    one.write_text("5\n")
    with pytest.raises(AnswerError, match=r"is a folder of answer files, one per test .* this problem has 3 tests"):
        answer_files(problem, one)


def test_judge_judges_the_answer_files(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "tui", "judge", str(SUMS), str(SUMS / "submissions" / "wrong_answer" / "one-missing")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Sums by Hand · submit-answer: 2 of 3 tests answered by ")
    assert lines[1] == "no answer file for: secret/02-big"
    assert lines[-1] == "You have passed 2/3 tests — Wrong Answer"


def test_a_program_is_not_judged_as_if_it_answered():
    from tui import languages
    from tui.judging import Judge

    problem = packages.load(SUMS)
    report = Judge(sandbox=None, jobs=1).judge(problem, languages.get("python"), "print(5)\n")
    assert {t.verdict for t in report.tests} == {Verdict.SKIP}
    assert "a submit-answer problem is judged on its answers, one per test" in report.tests[0].message
    assert report.tests[0].message.endswith("not a Python 3 program")


def test_answers_packed_as_one_text_are_judged_by_judge_judge_as_the_files_are():
    """The app, a judge server and an exam's log carry the answers as pack()'s text under ANSWERS."""
    from tui.judging import Judge
    from tui.judging.answers import ANSWERS, pack, test_key, unpack

    problem = packages.load(SUMS)
    files = answer_files(problem, SUMS / "submissions" / "wrong_answer" / "one-wrong")
    code = pack({test_key(t): files[t.index].read_text() for t in problem.tests})
    assert unpack(problem, code) == {t.index: files[t.index].read_bytes() for t in problem.tests}
    report = Judge(sandbox=None, jobs=1, reveal_hidden=True).judge(problem, ANSWERS, code)
    assert report.language == "answers"
    assert [t.verdict for t in report.tests] == [Verdict.AC, Verdict.AC, Verdict.WA]
    # A test left out is Wrong Answer, saying which; hidden tests come back as verdicts only.
    partial = Judge(sandbox=None, jobs=1).judge(problem, ANSWERS, pack({"sample/1": files[1].read_text()}))
    assert [t.verdict for t in partial.tests] == [Verdict.AC, Verdict.WA, Verdict.WA]
    assert partial.tests[1].hidden and partial.tests[1].message == ""


@pytest.mark.parametrize(
    "code, why",
    [
        ("print(5)", "the answers are not a JSON object"),
        ('{"answers": {"sample/1": 5}}', "the answers are not a JSON object"),
        ('{"answers": {"secret/99": "1"}}', "answers to tests kattis-2025-submit-sums doesn't have: secret/99"),
    ],
)
def test_answers_that_are_not_packed_answers_to_this_problem_are_not_judged(code, why):
    from tui.judging import Judge
    from tui.judging.answers import ANSWERS

    report = Judge(sandbox=None, jobs=1).judge(packages.load(SUMS), ANSWERS, code)
    assert {t.verdict for t in report.tests} == {Verdict.SKIP}
    assert why in report.tests[0].message
