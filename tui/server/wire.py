"""What travels between the judge server and its clients, apart from reports
(tui.judging.report_json): a problem as the client may see it, and a request
to judge.  docs/server.md describes both.

A problem's hidden tests travel as their index and name only: their input and
answer never leave the server.  A submit-answer problem's tests also carry
their key (tui.judging.answers.test_key), which names the answer to each in a
request of language "answers".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from tui import languages
from tui.judging import answers
from tui.languages import Language
from tui.limits import Limits
from tui.packages import CHECKERS, CheckerSpec, Problem, TestCase


class RequestError(Exception):
    """A request the server refuses; `status` is the HTTP status to answer."""

    def __init__(self, status: int, message: str, retry_after_s: int = 2) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after_s = retry_after_s  # for 429 and 503: when to try again


@dataclass(frozen=True)
class RequestLimits:
    """What one request may ask of a server."""

    code_bytes: int = 256 * 1024
    answers_bytes: int = 4 * 1024 * 1024  # a submit-answer request's answers (language "answers"), all tests together
    tests: int = 256
    test_bytes: int = 16 * 1024 * 1024  # all inputs and answers of one request together
    body_bytes: int = 40 * 1024 * 1024
    in_flight_per_client: int = 1  # one student's runs judged at once (more wait in the queue)
    queued: int = 64  # runs waiting on one server, everyone's together (tui.server.queue)
    queued_bytes: int = 128 * 1024 * 1024  # what they may hold together: codes and tests sent
    time_s: float = 10.0  # the most an explicit test may ask for
    memory_mb: int = 1024


# ---- problems -----------------------------------------------------------
def _text(data: bytes | None) -> str | None:
    return None if data is None else data.decode("utf-8", "replace")


def checker_json(spec: CheckerSpec | None) -> dict | None:
    if spec is None:
        return None
    return {
        "kind": spec.kind,
        "case_sensitive": spec.case_sensitive,
        "space_change_sensitive": spec.space_change_sensitive,
        "float_abs": spec.float_abs,
        "float_rel": spec.float_rel,
    }


def problem_json(problem: Problem) -> dict:
    """A problem as a client sees it: statement, limits, every test's index
    and name, and the input and answer of the samples only."""
    tests = []
    for test in problem.tests:
        entry = {"index": test.index, "name": test.name, "hidden": test.hidden}
        if problem.submit_answer:  # which answer is this test's: its path under data/, never its data
            entry["key"] = answers.test_key(test)
        if not test.hidden:
            entry["input"], entry["expected"] = _text(test.input()), _text(test.expected())
        tests.append(entry)
    limits = problem.limits
    return {
        "slug": problem.slug,
        "title": problem.title,
        "statement": problem.statement,
        "difficulty": problem.difficulty,
        "tags": list(problem.tags),
        "limits": {"time_s": limits.time_s, "memory_mb": limits.memory_mb, "output_mb": limits.output_mb},
        "time_limit_default": problem.time_limit_default,
        "checker": checker_json(problem.checker),
        "submit_answer": problem.submit_answer,
        "tests": tests,
        "samples": len(problem.samples),
        "hidden": len(problem.hidden),
    }


def problem_from_json(data: dict, origin: str) -> Problem:
    """The Problem a client builds from the server's description: samples
    with their data, hidden tests as placeholders (the server judges them).
    `origin` names the server, for `path`.  KeyError/TypeError/ValueError
    when the description isn't of this shape."""
    tests = []
    path = Path(origin) / str(data["slug"])
    for entry in data["tests"]:
        hidden = bool(entry["hidden"])
        test = TestCase(
            index=int(entry["index"]),
            name=str(entry["name"]),
            hidden=hidden,
            origin=f"{origin} (judge server)",
            inline_input=None if hidden else str(entry.get("input") or "").encode(),
            inline_answer=None if hidden else str(entry.get("expected") or "").encode(),
        )
        if entry.get("key") is not None:
            test = ServedTest.keyed(test, str(entry["key"]), path)
        tests.append(test)
    limits = data["limits"]
    return Problem(
        slug=str(data["slug"]),
        title=str(data["title"]),
        path=path,
        statement=str(data.get("statement") or ""),
        limits=Limits(time_s=float(limits["time_s"]), memory_mb=int(limits["memory_mb"]), output_mb=float(limits["output_mb"])),
        checker=checker_from_json(data.get("checker"), allow_custom=True) or CheckerSpec(),
        tests=tests,
        difficulty=data.get("difficulty"),
        tags=[str(t) for t in data.get("tags") or []],
        time_limit_default=bool(data.get("time_limit_default", False)),
        submit_answer=bool(data.get("submit_answer", False)),
    )


@dataclass(frozen=True)
class ServedTest(TestCase):
    """A test of a submit-answer problem the server holds, as its client has
    it: where it lies in the server's package (origin data/KEY.in, so
    test_key gives the server's key), and the data the server sent (a
    sample's; a hidden test's: none).  Nothing here reads input_path."""

    __test__ = False

    @classmethod
    def keyed(cls, test: TestCase, key: str, problem_path: Path) -> ServedTest:
        origin = f"data/{key}.in"
        fields = {name: getattr(test, name) for name in TestCase.__dataclass_fields__}
        return cls(**(fields | {"origin": origin, "input_path": problem_path / origin}))

    def input(self) -> bytes:
        return self.inline_input

    def expected(self) -> bytes:
        return self.inline_answer


def checker_from_json(data, allow_custom: bool = False) -> CheckerSpec | None:
    """A checker sent by a client (never `custom`: a validator is a program
    the server would have to run), or described by the server (allow_custom)."""
    if data is None:
        return None
    if not isinstance(data, dict) or data.get("kind") not in CHECKERS or (data.get("kind") == "custom" and not allow_custom):
        raise RequestError(422, f"checker must be an object with kind one of {', '.join(c for c in CHECKERS if c != 'custom')}")

    def number(key: str) -> float | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise RequestError(422, f"checker.{key} must be a non-negative number")
        return float(value)

    return CheckerSpec(
        kind=data["kind"],
        case_sensitive=bool(data.get("case_sensitive", True)),
        space_change_sensitive=bool(data.get("space_change_sensitive", False)),
        float_abs=number("float_abs"),
        float_rel=number("float_rel"),
    )


# ---- requests -----------------------------------------------------------
@dataclass
class JudgeRequest:
    """POST /v1/judgements, checked: a problem the server holds (slug) and
    maybe tests of the client's after its own, or explicit tests alone."""

    language: Language
    code: str
    problem: str | None = None
    tests: list[TestCase] = field(default_factory=list)
    limits: Limits | None = None
    checker: CheckerSpec | None = None

    @property
    def size(self) -> int:
        """The bytes it holds while it waits: its code and the tests sent with it."""
        return len(self.code.encode("utf-8")) + sum(len(t.inline_input or b"") + len(t.inline_answer or b"") for t in self.tests)


def _field(body: dict, key: str, kind, required: bool = True):
    value = body.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        what = {str: "a string", list: "a list", dict: "an object"}.get(kind, kind.__name__)
        raise RequestError(400, f"`{key}` must be {what}" if key in body else f"`{key}` is required")
    return value


def parse_request(body, limits: RequestLimits) -> JudgeRequest:
    """The request's JSON body checked against the limits; RequestError
    (400 malformed, 413 too large, 422 unknown language or bad limits)."""
    if not isinstance(body, dict):
        raise RequestError(400, "the body must be a JSON object: {language, code, problem and/or tests}")
    lang = _field(body, "language", str)
    if lang == answers.LANGUAGE:  # a submit-answer problem's answers (pack()'s text), not a program
        language = answers.ANSWERS
    else:
        try:
            language = languages.get(lang)
        except languages.LanguageError as exc:
            raise RequestError(422, str(exc)) from None
    code = _field(body, "code", str)
    size = len(code.encode("utf-8"))
    if language is answers.ANSWERS:
        if size > limits.answers_bytes:
            raise RequestError(
                413, f"the answers are {size // 1024} KiB: this server takes at most {limits.answers_bytes // 1024} KiB of them"
            )
    elif size > limits.code_bytes:
        raise RequestError(413, f"the code is {size // 1024} KiB: this server takes at most {limits.code_bytes // 1024} KiB")
    problem = _field(body, "problem", str, required=False)
    if language is answers.ANSWERS and problem is None:
        raise RequestError(422, 'answers (language "answers") need `problem`: the slug of a submit-answer problem this server holds')
    if language is answers.ANSWERS and body.get("tests"):
        raise RequestError(
            422, 'answers (language "answers") come without `tests`: no program runs, so nothing would judge tests sent along'
        )
    raw_tests = _field(body, "tests", list, required=problem is None) or []
    if problem is None and not raw_tests:
        raise RequestError(400, "give `problem` (a slug this server holds) or `tests` (a list of {input, expected})")
    if len(raw_tests) > limits.tests:
        raise RequestError(413, f"{len(raw_tests)} tests: this server takes at most {limits.tests} per request")
    tests, size = [], 0
    for number, raw in enumerate(raw_tests, start=1):
        test = _test(raw, number)
        size += len(test.inline_input or b"") + len(test.inline_answer or b"")
        tests.append(test)
    if size > limits.test_bytes:
        raise RequestError(413, f"the tests hold {size // 1024} KiB: this server takes at most {limits.test_bytes // 1024} KiB per request")
    request = JudgeRequest(language, code, problem, tests)
    if problem is None:
        request.limits = _limits(body.get("limits"), limits)
        request.checker = checker_from_json(body.get("checker"))
    return request


def _test(raw, number: int) -> TestCase:
    if not isinstance(raw, dict) or not isinstance(raw.get("input"), str):
        raise RequestError(400, f"tests[{number}] must be an object with `input` (a string) and, optionally, `expected`")
    expected = raw.get("expected", raw.get("expected_output"))
    if expected is not None and not isinstance(expected, str):
        raise RequestError(400, f"tests[{number}].expected must be a string (or left out)")
    name = raw.get("name")
    return TestCase(
        index=number,
        name=str(name)[:40] if isinstance(name, str) and name.strip() else f"test {number}",
        hidden=bool(raw.get("hidden", False)),
        origin="the request",
        inline_input=raw["input"].encode("utf-8"),
        inline_answer=None if expected is None else expected.encode("utf-8"),
        checker=checker_from_json(raw.get("checker")),
    )


def _limits(raw, most: RequestLimits) -> Limits:
    if raw is None:
        return Limits()
    if not isinstance(raw, dict):
        raise RequestError(400, "`limits` must be an object: {time_s, memory_mb, output_mb}")
    defaults = Limits()
    values = {}
    for key, cap in (("time_s", most.time_s), ("memory_mb", most.memory_mb), ("output_mb", 64.0)):
        value = raw.get(key, getattr(defaults, key))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or not 0 < value <= cap:
            raise RequestError(422, f"limits.{key} must be a number above 0 and at most {cap:g} on this server")
        values[key] = value
    return Limits(time_s=float(values["time_s"]), memory_mb=math.ceil(values["memory_mb"]), output_mb=float(values["output_mb"]))


def request_json(
    language: str, code: str, problem: str | None = None, tests: list[TestCase] | None = None, local: Problem | None = None
) -> dict:
    """The body a client sends: a slug (and its own extra tests), or a
    local problem's tests, limits and checker sent along with the code."""
    body: dict = {"language": language, "code": code}
    if problem is not None:
        body["problem"] = problem
    if tests:
        body["tests"] = [
            {
                "name": t.name,
                "hidden": t.hidden,
                "input": t.input().decode("utf-8", "replace"),
                "expected": _text(t.expected()),
                **({"checker": checker_json(t.checker)} if t.checker is not None else {}),
            }
            for t in tests
        ]
    if local is not None:
        limits = local.limits
        body["limits"] = {"time_s": limits.time_s, "memory_mb": limits.memory_mb, "output_mb": limits.output_mb}
        body["checker"] = checker_json(local.checker)
    return body
