"""The judge server's parts that need no server: the tokens file, requests
checked against the limits, Server-Sent Events read back, and the report's
JSON both ways."""

from __future__ import annotations

import re

import pytest

from tests.app.helpers import PROBLEMS
from tui.judging import CompileSummary, Report, TestResult
from tui.judging.report_json import report_from_json, report_json
from tui.server import streaming
from tui.server.tokens import Tokens, TokensError
from tui.server.wire import RequestError, RequestLimits, parse_request, problem_from_json, problem_json


def tokens_file(tmp_path, text: str):
    (tmp_path / "exam.yaml").write_text("title: T\nproblems: [add-two]\nduration: 10\n")
    path = tmp_path / "tokens.txt"
    path.write_text(text)
    return path


def test_tokens_name_students_and_exams_and_are_kept_only_hashed(tmp_path):
    tokens = Tokens.load(tokens_file(tmp_path, "# lab 3\nsecret-alice-1 alice exam.yaml\n\nsecret-pc-14 pc14  # practice\n"), [PROBLEMS])
    alice, pc = tokens.find("secret-alice-1"), tokens.find("secret-pc-14")
    assert (alice.student, alice.exam.title, [p.slug for p in alice.exam.problems]) == ("alice", "T", ["add-two"])
    assert (pc.student, pc.exam) == ("pc14", None)
    assert tokens.find("secret-alice-2") is None and tokens.find("") is None
    assert "secret-alice-1" not in repr(vars(tokens))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("only-one-word\n", "expected `TOKEN STUDENT [EXAM_FILE]`"),
        ("short alice\n", "at least 8"),
        ("secret-token-1 al/ice\n", "can't be used"),
        ("secret-token-1 alice\nsecret-token-1 bob\n", "already given"),
        ("secret-token-1 alice missing.yaml\n", "the exam file can't be used"),
        ("# nothing\n", "no tokens"),
    ],
)
def test_a_bad_tokens_file_names_the_line_and_the_fix(tmp_path, text, words):
    with pytest.raises(TokensError, match=re.escape(words)) as raised:
        Tokens.load(tokens_file(tmp_path, text), [PROBLEMS])
    assert "tokens.txt" in str(raised.value)


def test_requests_are_checked_against_the_limits():
    limits = RequestLimits(code_bytes=100, tests=2, test_bytes=10)
    ok = parse_request({"language": "python", "code": "print(1)", "tests": [{"input": "1", "expected": "1"}, {"input": "2"}]}, limits)
    assert [(t.index, t.inline_answer) for t in ok.tests] == [(1, b"1"), (2, None)]
    assert ok.limits is not None and ok.checker is None
    for body, status in (
        ([], 400),
        ({"language": "python", "code": 3, "problem": "x"}, 400),
        ({"language": "python", "code": "x"}, 400),
        ({"language": "python", "code": "x" * 101, "problem": "x"}, 413),
        ({"language": "python", "code": "x", "tests": [{"input": "12345678901"}]}, 413),
        ({"language": "python", "code": "x", "tests": [{"input": "1"}] * 3}, 413),
        ({"language": "python", "code": "x", "tests": [{"input": "1"}], "checker": {"kind": "custom"}}, 422),
        ({"language": "python", "code": "x", "tests": [{"input": "1"}], "limits": {"memory_mb": -1}}, 422),
    ):
        with pytest.raises(RequestError) as raised:
            parse_request(body, limits)
        assert raised.value.status == status, body


def test_a_problem_travels_without_its_hidden_data_and_comes_back_for_the_app():
    from tui.packages import find

    problem = find("add-two", PROBLEMS)
    data = problem_json(problem)
    assert "200" not in str([t for t in data["tests"] if t["hidden"]])
    back = problem_from_json(data, "http://judge:8765")
    assert [(t.index, t.name, t.hidden) for t in back.tests] == [(t.index, t.name, t.hidden) for t in problem.tests]
    assert back.samples[0].input() == problem.samples[0].input() and back.hidden[0].inline_input is None
    assert (back.limits, back.title, back.statement) == (problem.limits, problem.title, problem.statement)


def test_events_read_back_as_written_and_comments_are_skipped():
    wire = streaming.event("accepted", {"id": "x"}) + streaming.PING + streaming.event("finished", {"ok": "é\nà"})
    lines = wire.decode().splitlines(keepends=True)
    assert list(streaming.read_events(lines)) == [("accepted", {"id": "x"}), ("finished", {"ok": "é\nà"})]
    with pytest.raises(streaming.StreamError):
        list(streaming.read_events(["event: x\n", "data: [1]\n", "\n"]))


def test_a_report_survives_the_wire_with_hidden_tests_redacted():
    tests = [
        TestResult(1, "sample 1", False, "WA", 5, 9, 100, 0, None, b"4\n", b"", "expected 3"),
        TestResult(2, "hidden 1", True, "RE", 6, 10, 200, 3, "SIGSEGV", b"secret", b"leak", "why").redacted(),
    ]
    report = Report("p", "python", CompileSummary(True, "", 12), tests)
    back = report_from_json(report_json(report, "docker"))
    assert back == report
    assert report_json(back, "docker") == report_json(report, "docker")


def test_answers_have_their_own_bound_and_travel_by_slug_alone():
    limits = RequestLimits(code_bytes=10, answers_bytes=100)
    ok = parse_request({"language": "answers", "code": '{"answers": {"sample/1": "5"}}', "problem": "sums"}, limits)
    assert (ok.language.id, ok.problem, ok.tests) == ("answers", "sums", [])
    for body, status, words in (
        ({"language": "answers", "code": "x" * 101, "problem": "sums"}, 413, "at most 0 KiB of them"),
        ({"language": "answers", "code": "{}", "tests": [{"input": "1"}]}, 422, "need `problem`"),
        ({"language": "answers", "code": "{}", "problem": "sums", "tests": [{"input": "1"}]}, 422, "without `tests`"),
    ):
        with pytest.raises(RequestError, match=re.escape(words)) as raised:
            parse_request(body, limits)
        assert raised.value.status == status, body


def test_a_submit_answer_problem_travels_with_its_tests_keys_and_the_client_finds_the_same():
    from pathlib import Path

    from tui.judging import answers
    from tui.packages import load

    problem = load(Path(__file__).resolve().parents[1] / "fixtures" / "kattis-2025-submit-sums")
    data = problem_json(problem)
    assert data["submit_answer"] is True
    back = problem_from_json(data, "http://judge:8765")
    assert back.submit_answer and [answers.test_key(t) for t in back.tests] == [answers.test_key(t) for t in problem.tests]
    assert [t.name for t in back.tests] == [t.name for t in problem.tests] and back.hidden[0].input() is None
    assert answers.unpack(back, answers.pack({"secret/02-big": "1"}))[3] == b"1"
