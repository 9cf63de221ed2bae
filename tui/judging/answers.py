"""Submit-answer problems (2025-09 `type: submit-answer`): the submission is
the answers themselves, one file per test, and no program runs.

Each answer is judged as a program's output would be: by the problem's
default comparison, or by its output validator (compiled once, run
sandboxed), with the test's input and .ans beside it.  A test without an
answer file is Wrong Answer, saying which file was looked for.

Where the answer to a test is found (docs/problem-format.md): in a folder,
the file named by the test's path under data/ (`secret/07-large.ans`, also
`.out`, `.txt` or no extension), or by its name alone (`07-large.ans`) when
no other test has that name; a single file is the answer of a problem with
one test.

Where the answers travel as text (the app's editor, a judge server's request,
an exam's run log), they are one JSON object, `{"answers": {"secret/07-large":
"…", …}}`, keyed by test (`pack`/`unpack`), judged under the pseudo-language
ANSWERS: Judge.judge takes that pair for a submit-answer problem as it takes a
program for any other (docs/problem-format.md).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

from tui.judging import checkers
from tui.judging.results import Event, EventKind, Report, TestResult
from tui.judging.validator import Validators, validate
from tui.judging.verdicts import Verdict
from tui.languages import Language
from tui.packages import Problem, TestCase
from tui.sandbox.base import Sandbox

LANGUAGE = "answers"  # what a report of answer files says in place of a language id
SUFFIXES = (".ans", ".out", ".txt", "")
# Not a language of images/: no program runs.  Its "code" is pack()'s JSON.
ANSWERS = Language(id=LANGUAGE, name="Answers", folder=Path("."), extensions=(".ans",), source="answers.json", run="")


class AnswerError(ValueError):
    """The submission can't be read as answers to this problem: one line, why."""


def test_key(test: TestCase) -> str:
    """secret/07-large for data/secret/07-large.in; an inline test: its name."""
    if test.input_path is None:
        return test.name
    return test.origin.removeprefix("data/").removesuffix(".in")


def answer_files(problem: Problem, path: Path) -> dict[int, Path | None]:
    """Each test's answer file in the submission (None: it has none)."""
    if path.is_file():
        if len(problem.tests) != 1:
            raise AnswerError(
                f"{path}: a submit-answer submission is a folder of answer files, one per test "
                f"(like {test_key(problem.tests[0])}.ans), and this problem has {len(problem.tests)} tests"
            )
        return {problem.tests[0].index: path}
    if not path.is_dir():
        raise AnswerError(f"{path}: no such file or folder")
    files = {p.relative_to(path).as_posix(): p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith(".")}
    stems: dict[str, int] = {}
    for test in problem.tests:
        name = test_key(test).rsplit("/", 1)[-1]
        stems[name] = stems.get(name, 0) + 1
    found: dict[int, Path | None] = {}
    for test in problem.tests:
        key = test_key(test)
        names = [key] + ([key.rsplit("/", 1)[-1]] if stems[key.rsplit("/", 1)[-1]] == 1 else [])
        found[test.index] = next((files[n + s] for n in names for s in SUFFIXES if n + s in files), None)
    if not any(found.values()):
        first = test_key(problem.tests[0]) if problem.tests else "secret/1"
        raise AnswerError(f"{path}: holds no answer to any test: name each file by its test, like {first}.ans")
    return found


def pack(answers: dict[str, str]) -> str:
    """The answers by test key (test_key) as one text: what ANSWERS judges."""
    return json.dumps({"answers": {key: answers[key] for key in sorted(answers)}}, ensure_ascii=False, indent=1)


def unpack(problem: Problem, code: str) -> dict[int, bytes | None]:
    """Each test's answer in pack()'s text (None: it has none); AnswerError, one line, when it isn't that text."""
    try:
        data = json.loads(code)
    except ValueError:
        data = None
    given = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(given, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in given.items()):
        raise AnswerError('the answers are not a JSON object {"answers": {"TEST": "ANSWER", …}} of texts by test')
    keys = {test_key(test): test.index for test in problem.tests}
    unknown = sorted(set(given) - set(keys))
    if unknown:
        raise AnswerError(f"answers to tests {problem.slug} doesn't have: {', '.join(unknown[:5])}{' …' if len(unknown) > 5 else ''}")
    return {index: given[key].encode("utf-8") if key in given else None for key, index in keys.items()}


def judge_answers(
    sandbox: Sandbox | None,
    problem: Problem,
    answers: dict[int, Path | bytes | None],
    validators: Validators | None = None,
    on_event: Callable[[Event], None] | None = None,
    cancel: threading.Event | None = None,
    reveal_hidden: bool = False,
    tests: list[TestCase] | None = None,
) -> Report:
    """Judges each test's answer (a file, or its bytes) in turn, of every test
    or the given ones; the report of them all.  Only an output validator runs
    anything, and it runs sandboxed: with none, `sandbox` may be None."""
    emit = on_event or (lambda event: None)
    cancel = cancel or threading.Event()
    validator = None
    if problem.checker.kind == "custom":
        validator = (validators or Validators()).compile(sandbox, problem.validator, cancel, problem.constants)
    results: list[TestResult] = []
    for test in problem.tests if tests is None else tests:
        if cancel.is_set():
            results.append(TestResult(test.index, test.name, test.hidden, Verdict.SKIP, message="not judged: cancelled"))
            continue
        emit(Event(EventKind.TEST_STARTED, index=test.index))
        result = _judge_one(sandbox, problem, test, answers.get(test.index), validator, cancel)
        if not reveal_hidden:
            result = result.redacted()
        results.append(result)
        emit(Event(EventKind.TEST_FINISHED, index=test.index, result=result))
    report = Report(problem.slug, LANGUAGE, None, results, cancelled=cancel.is_set())
    emit(Event(EventKind.FINISHED, report=report))
    return report


def _judge_one(sandbox, problem: Problem, test: TestCase, answer: Path | bytes | None, validator, cancel) -> TestResult:
    def result(verdict: Verdict, message: str, output: bytes = b"") -> TestResult:
        return TestResult(test.index, test.name, test.hidden, verdict, stdout=output, message=message)

    if answer is None:
        return result(Verdict.WA, f"no answer for this test: add {test_key(test)}.ans to the submission")
    try:
        output = answer if isinstance(answer, bytes) else answer.read_bytes()
        stdin, expected = test.input(), test.expected()
    except OSError as exc:
        return result(Verdict.IE, f"the files can't be read: {exc}")
    if len(output) > problem.limits.output_mb * 1024 * 1024:
        return result(Verdict.OLE, f"the answer file is over the output limit of {problem.limits.output_mb:g} MiB")
    spec = test.checker or problem.checker
    if spec.kind == "custom":
        verdict, message, _ = validate(sandbox, validator, test, output, stdin, expected, cancel)
    else:
        outcome = checkers.check(spec, output, expected)
        verdict, message = (Verdict.AC, "") if outcome.ok else (Verdict.WA, outcome.message)
    return result(verdict, message, output)


__all__ = ["ANSWERS", "AnswerError", "answer_files", "judge_answers", "pack", "test_key", "unpack"]
