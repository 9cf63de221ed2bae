"""2025-09 `constants` on a package of our own (tests/fixtures/kattis-2025-constants),
checked in Docker: {{max_n}} is replaced in a Python and a checktestdata input
validator, in a submission and in test_group.yaml's args, so the validators
accept the tests and reject what is past the constants' bounds, and the
submissions get what their folders promise.  Unsubstituted, range.py and
square.py crash and format.ctd doesn't parse."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import FIXTURES
from tests.integration.test_cli import proctorx

PACKAGE = FIXTURES / "kattis-2025-constants"


def line_of(out: str, what: str) -> str:
    return next(line for line in out.splitlines() if what in line)


@pytest.mark.docker
def test_constants_reach_validators_submissions_and_test_group_args():
    done = proctorx("problems", "check", str(PACKAGE), "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for test in ("sample/1", "secret/01-largest", "secret/02-seven"):
        assert line_of(out, f"data/{test}:").endswith("accepted by every input validator (format.ctd, range.py)")
    # 1001 is past INT(1, {{max_n}}); 11 is within it, and past the {{small_n}} its test_group.yaml gives range.py.
    assert "✓ data/invalid_input/past-max: rejected by the input validator format.ctd (exit code 43)" in out
    assert "✓ data/invalid_input/small/past-small: rejected by the input validator range.py (exit code 43)" in out
    assert "✓ submissions/accepted/square.py: AC (" in out
    assert "✓ submissions/wrong_answer/small_only.py: WA (" in out
    assert "all verdicts as promised" in out


def test_a_bad_constant_is_one_line_naming_the_key_and_no_traceback(tmp_path):
    folder = tmp_path / "bad-constants"
    shutil.copytree(PACKAGE, folder)
    yaml = folder / "problem.yaml"
    yaml.write_text(yaml.read_text().replace("    value: 1000\n", ""))
    done = proctorx("problems", "check", str(folder), "--jobs", "2")
    assert done.returncode != 0
    assert "Traceback" not in done.stdout + done.stderr
    said = [line for line in done.stdout.splitlines() if "problem.yaml" in line]
    assert len(said) == 1, done.stdout
    assert "line 9: constant `max_n` is a map without `value`" in said[0]


@pytest.mark.docker
def test_judge_replaces_constants_in_the_packages_own_submission_only(tmp_path):
    own = PACKAGE / "submissions" / "accepted" / "square.py"
    done = proctorx("judge", str(PACKAGE), str(own))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "You have passed 3/3 tests — Accepted" in done.stdout
    # Someone's copy of it is judged as written: {{max_n}} is a set of a set in Python, and it crashes.
    copy = tmp_path / "square.py"
    shutil.copy(own, copy)
    done = proctorx("judge", str(PACKAGE), str(copy))
    assert "You have passed 0/3 tests — Runtime Error" in done.stdout
