"""`problems check` proves a 2025-09 package's validators on its validation
data, for real in Docker: each invalid input, answer and output must be
rejected (by the input validator, the answer validator or the output
validator judging it), each valid output accepted; one decided wrongly is a
failure of the check, on a line of its own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.integration.test_cli import proctorx

pytestmark = pytest.mark.docker

DOUBLE = FIXTURES / "expect-2025-validators"


def check(folder: Path) -> subprocess.CompletedProcess:
    return proctorx("problems", "check", str(folder), "--jobs", "2")


def test_validators_that_decide_every_case_rightly_pass_the_check():
    done = check(DOUBLE)
    assert done.returncode == 0, done.stdout + done.stderr
    for line in (
        "✓ data/invalid_input/01-zero: rejected by the input validator validate.py (exit code 43)",
        "✓ data/invalid_input/02-word: rejected by the input validator validate.py (exit code 43)",
        "✓ data/invalid_answer/01-word: rejected by the answer validator validate.py (exit code 43)",
        "✓ data/invalid_answer/02-wrong-number: rejected by the output validator, judging the answer as an output: expected 6, got '7'",
        "✓ data/invalid_output/01-off-by-one: rejected by the output validator: expected 6, got '5'",
        "✓ data/valid_output/01-spaces: accepted by the output validator",
    ):
        assert line in done.stdout, done.stdout
    assert "1 package(s) checked: all verdicts as promised" in done.stdout
    # Never judged as tests: the accepted program is judged on the sample and the secret test only.
    assert "1 sample + 1 hidden tests, 2 programs" in done.stdout


def test_a_case_the_validators_decide_wrongly_fails_the_check(tmp_path):
    folder = tmp_path / "double"
    shutil.copytree(DOUBLE, folder)
    data = folder / "data"
    (data / "invalid_input" / "03-valid-after-all.in").write_text("7\n")  # every validator accepts it
    (data / "invalid_answer" / "03-right.in").write_text("4\n")
    (data / "invalid_answer" / "03-right.ans").write_text("8\n")  # a right answer: nothing rejects it
    for name, text in (("02-right.in", "2\n"), ("02-right.ans", "4\n"), ("02-right.out", "4\n")):
        (data / "invalid_output" / name).write_text(text)
    for name, text in (("02-wrong.in", "2\n"), ("02-wrong.ans", "4\n"), ("02-wrong.out", "5\n")):
        (data / "valid_output" / name).write_text(text)
    done = check(folder)
    assert done.returncode == 1, done.stdout + done.stderr
    for line in (
        "✗ data/invalid_input/03-valid-after-all: accepted by every input validator (validate.py): invalid_input must be rejected",
        "✗ data/invalid_answer/03-right: accepted by the answer validators and the output validator: invalid_answer must be rejected",
        "✗ data/invalid_output/02-right: accepted by the output validator: invalid_output must be rejected",
        "✗ data/valid_output/02-wrong: rejected by the output validator: expected 4, got '5': valid_output must be accepted",
    ):
        assert line in done.stdout, done.stdout
    assert "✓ data/invalid_input/01-zero" in done.stdout
    assert "1 package(s) checked: 4 problem(s) found" in done.stdout


def test_invalid_input_without_an_input_validator_fails_the_check(tmp_path):
    folder = tmp_path / "double"
    shutil.copytree(DOUBLE, folder)
    shutil.rmtree(folder / "input_validators")
    done = check(folder)
    assert done.returncode == 1
    assert "✗ data/invalid_input/01-zero: the package has no input validator (input_validators/) to reject it" in done.stdout
