"""A 2025-09 test's `args` reach an interactive problem's program too, on its
command line beside the interactor (the real engine: two containers)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES
from tests.integration.test_cli import proctorx

PACKAGE = FIXTURES / "kattis-2025-interactive-args"

pytestmark = pytest.mark.docker


def test_the_program_of_an_interactive_problem_gets_its_tests_args():
    done = proctorx("problems", "check", str(PACKAGE), "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "✓ submissions/accepted/scaled.py: AC (" in done.stdout
    assert "✓ submissions/wrong_answer/no_args.py: WA (" in done.stdout
    # Only the test with `args: [--times, 3]` tells a program that reads them from one that doesn't.
    judged = proctorx("judge", str(PACKAGE), str(PACKAGE / "submissions" / "wrong_answer" / "no_args.py"), "--json")
    assert [(t["name"], t["verdict"]) for t in json.loads(judged.stdout)["tests"]] == [
        ("sample 1", "AC"),
        ("hidden 1", "WA"),
        ("hidden 2", "AC"),
    ]
