"""A submit-answer problem's answers as the app edits them: one text per
test, the editor holding the one of the test chosen (`current`).

Each answer is a file of the data folder, answers/<problem>/<test>.ans, so
the folder is also a submission `proctorx judge PROBLEM FOLDER` takes.  A run
judges them all as one text (tui.judging.answers.pack) under ANSWERS, the
text an exam's log keeps; a log's last run gives the answers back where the
data folder has none (another machine).  Nothing here knows about Textual.
"""

from __future__ import annotations

from pathlib import Path

from tui.judging.answers import AnswerError, answer_files, pack, test_key, unpack
from tui.packages import Problem, TestCase

PREVIEW_LINES = 200
PREVIEW_BYTES = 16 * 1024


class AnswerSheet:
    """store None: nothing is read from or written to the data folder (a demo,
    which shows a submission's answers: `show`)."""

    def __init__(self, store, problem: Problem, restored: str | None = None) -> None:
        self.store, self.problem = store, problem
        self.tests = {test_key(test): test for test in problem.tests}
        self.keys = list(self.tests)
        self.current = self.keys[0] if self.keys else ""
        self._restored = _restored(problem, restored)
        self._held: dict[str, str] = {}  # edits not in the store (a demo's)

    def answer(self, key: str) -> str | None:
        """The answer kept for the test (None: never written)."""
        if key in self._held:
            return self._held[key]
        saved = self.store.load_answer(self.problem.slug, key) if self.store is not None else None
        return saved if saved is not None else self._restored.get(key)

    def hold(self, key: str, text: str) -> None:
        """An edit kept for this session only."""
        self._held[key] = text

    def show(self, folder: Path) -> None:
        """The answers of a submission folder, in place of any before (a demo's cycle)."""
        self._held = {}
        try:
            found = answer_files(self.problem, folder)
        except AnswerError:
            found = {}
        keys = {test.index: test_key(test) for test in self.problem.tests}
        self._restored = {keys[i]: path.read_text(encoding="utf-8", errors="replace") for i, path in found.items() if path is not None}

    def text(self, key: str) -> str:
        return self.answer(key) or ""

    def save(self, key: str, text: str) -> Path:
        self._held.pop(key, None)
        return self.store.save_answer(self.problem.slug, key, text)

    @property
    def folder(self) -> Path:
        return self.store.answers_folder(self.problem.slug)

    def packed(self, editing: str) -> str:
        """Every answer written so far, the current test's as `editing`: what a run judges."""
        answers = {key: text for key in self.keys if (text := self.answer(key)) is not None}
        if self.current:
            answers[self.current] = editing
        return pack(answers)

    def test(self, key: str) -> TestCase:
        return self.tests[key]

    def preview(self, key: str) -> str:
        """The test's input as the statement pane shows it: its start, and where the whole is."""
        test = self.tests[key]
        try:
            data = test.input()
        except OSError as exc:
            return f"The input of {key} can't be read: {exc}"
        if data is None:  # a judge server's hidden test: it sends none
            return f"The input of {key} is a hidden test's: the judge server doesn't show it."
        where = f" ({test.input_path})" if test.input_path is not None else ""
        text = data[:PREVIEW_BYTES].decode("utf-8", errors="replace")
        lines = text.splitlines()
        cut = len(data) > PREVIEW_BYTES or len(lines) > PREVIEW_LINES
        shown = "\n".join(lines[:PREVIEW_LINES])
        more = f"\n… ({len(data)} bytes in all: the whole input is the file above)" if cut else ""
        return f"Input of {key}{where}:\n{shown}{more}"


def _restored(problem: Problem, packed: str | None) -> dict[str, str]:
    if not packed:
        return {}
    try:
        given = unpack(problem, packed)
    except AnswerError:
        return {}
    keys = {test.index: test_key(test) for test in problem.tests}
    return {keys[index]: answer.decode("utf-8", errors="replace") for index, answer in given.items() if answer is not None}
