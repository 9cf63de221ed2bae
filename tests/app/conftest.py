"""Fixtures for the app's tests: a small problem library, a data directory
in tmp_path, and apps on the fake or the real sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.fakes import FakeSandbox
from tests.app.helpers import PROBLEMS


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
