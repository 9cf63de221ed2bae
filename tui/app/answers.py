"""Expected outputs for the user's own tests, from the problem's reference
solution: a custom test without an expected output is then judged, not only
run.  Each input is answered once; answers are kept in the user's data folder
(reference-answers/<problem>.json), filed by the reference's source and the
input's hash, so a changed input or package asks again.

Exam mode turns this off (the screen's `reference_allowed`): the reference
would answer any input the student typed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tui.judging.reference import answer_key, answering_source
from tui.packages import Problem, TestCase

MAX_KEPT = 500  # answers kept per problem, the newest


@dataclass(frozen=True)
class ReferenceAnswered(TestCase):
    """A custom test whose expected output came from the reference solution."""

    __test__ = False


def answered(test: TestCase, answer: bytes) -> ReferenceAnswered:
    fields = {name: getattr(test, name) for name in TestCase.__dataclass_fields__}
    return ReferenceAnswered(**{**fields, "inline_answer": answer, "name": f"{test.name} (ref)"})


class AnswerCache:
    """Answers by key, one JSON file per problem."""

    def __init__(self, root: Path) -> None:
        self.root = root / "reference-answers"

    def _path(self, problem: Problem) -> Path:
        return self.root / f"{problem.slug}.json"

    def _read(self, problem: Problem) -> dict[str, str]:
        try:
            data = json.loads(self._path(problem).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(data, dict) else {}

    def lookup(self, problem: Problem, tests: list[TestCase], unjudged: set[int]) -> tuple[list[TestCase], set[int]]:
        """The tests with every answer already known filled in, and the
        indices answered so."""
        known = self._read(problem)
        reference = answering_source(problem) if known and unjudged else None
        if reference is None:
            return tests, set()
        out, found = [], set()
        for test in tests:
            key = answer_key(reference, test.input()) if test.index in unjudged else None
            if key is not None and key in known:
                out.append(answered(test, known[key].encode()))
                found.add(test.index)
            else:
                out.append(test)
        return out, found

    def store(self, problem: Problem, answers: dict[str, bytes]) -> None:
        known = self._read(problem)
        for key, output in answers.items():
            known.pop(key, None)
            known[key] = output.decode("utf-8", "replace")
        kept = dict(list(known.items())[-MAX_KEPT:])
        path = self._path(problem)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(kept, indent=1), encoding="utf-8")
        tmp.replace(path)
