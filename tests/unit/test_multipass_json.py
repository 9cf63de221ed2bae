"""A multi-pass report as JSON and back (a judge server sends it, its client
reads it): each pass survives the trip, and a hidden test's passes never leave."""

from tui.judging.report_json import report_from_json, report_json
from tui.judging.results import PassResult, Report, TestResult
from tui.sandbox.base import Exchange


def report(interactive: bool = False) -> Report:
    talk = Exchange()
    talk.add("interactor", b"3 3\n")
    talk.add("program", b"6\n")
    passes = [
        PassResult(1, "AC", 9, 30, 7600, 0, None, b"5 3\n", b"10\n", b"", "5 doubled is 10", talk if interactive else None),
        PassResult(2, "WA", 11, 31, 7700, 0, None, b"10 2\n", b"21\n", b"", "10 doubled is 20, not 21"),
    ]
    sample = TestResult(1, "sample 1", False, "WA", 20, 61, 7700, 0, None, b"21\n", b"", "pass 2: ...", passes=passes)
    hidden = TestResult(2, "hidden 1", True, "AC", 8, 40, 7000, passes=passes[:1]).redacted()
    return Report("relay", "python", None, [sample, hidden], interactive=interactive, multipass=True)


def test_passes_go_out_and_come_back():
    sent = report_json(report(interactive=True), "docker")
    assert sent["multi_pass"] is True
    assert [p["stdin"] for p in sent["tests"][0]["passes"]] == ["5 3\n", "10 2\n"]
    assert sent["tests"][0]["passes"][0]["exchange"]["lines"] == [["<", "3 3"], [">", "6"]]
    assert sent["tests"][1]["passes"] is None
    back = report_from_json(sent)
    assert back.multipass and back.tests[1].passes is None
    assert [(p.number, p.verdict.value, p.stdin, p.stdout, p.message) for p in back.tests[0].passes] == [
        (1, "AC", b"5 3\n", b"10\n", "5 doubled is 10"),
        (2, "WA", b"10 2\n", b"21\n", "10 doubled is 20, not 21"),
    ]
    assert report_json(back, "docker") == sent


def test_other_problems_have_no_passes_key():
    plain = Report("sum", "python", None, [TestResult(1, "sample 1", False, "AC")])
    found = report_json(plain, "docker")
    assert "multi_pass" not in found and "passes" not in found["tests"][0]
