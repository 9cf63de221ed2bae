"""Fixtures for the app's tests: a small problem library, a data directory
in tmp_path, and apps on the fake or the real sandbox."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.app.fakes import FakeSandbox
from tests.app.helpers import EXAM, PROBLEMS


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def fake() -> FakeSandbox:
    return FakeSandbox()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def make_app(data_dir: Path, config_dir: Path, fake: FakeSandbox):
    """make_app(problem=None, solution=None, lang=None, roots=None, sandbox=fake):
    the arguments are resolved as the command line resolves them."""
    from tui.app import ProctorXApp
    from tui.cli.app import resolve

    def make(problem=None, solution=None, lang=None, roots=None, sandbox=fake, jobs=2, **kwargs):
        roots = roots or [PROBLEMS]
        # Two workers whatever the machine: tests count on a test being queued.
        return ProctorXApp(
            roots, **resolve(roots, problem, solution, lang), sandbox=sandbox, data_dir=data_dir, config_dir=config_dir, jobs=jobs, **kwargs
        )

    return make


@pytest.fixture
def solution(tmp_path: Path):
    """solution(code, name="main.py") -> a file outside any problem package."""

    def write(code: str, name: str = "main.py") -> Path:
        path = tmp_path / "work" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(code, encoding="utf-8")
        return path

    return write


# ---- exam mode: a clock the tests move, an exam file, an exam app on the fake sandbox
class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def exam_file(tmp_path: Path):
    def write(text: str = EXAM) -> Path:
        path = tmp_path / "exam" / "exam.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
        return path

    return write


@pytest.fixture
def make_exam_app(tmp_path, data_dir, fake, clock, exam_file):
    from tui.app.exam_app import ExamApp
    from tui.exam.examfile import load_exam
    from tui.exam.records import LogFolder
    from tui.exam.session import ExamSession

    def make(student: str | None = "s1234", text: str = EXAM):
        exam = load_exam(exam_file(text), [PROBLEMS])
        records = LogFolder(tmp_path / "logs")
        session = ExamSession(exam, student, records, clock=clock) if student else None
        return ExamApp(exam, records, session=session, sandbox=fake, data_dir=data_dir, jobs=2, clock=clock)

    return make
