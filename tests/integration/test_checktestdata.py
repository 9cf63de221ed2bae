"""checktestdata (.ctd) input validators and a test's own `args` (2025-09),
on a package of our own judged in Docker: the script is translated to
Python and run sandboxed; `args` reach the program and, after the
input_validator_args, the input validators."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import FIXTURES
from tests.integration.test_cli import proctorx

pytestmark = pytest.mark.docker

PACKAGE = FIXTURES / "kattis-2025-ctd-args"


def line_of(out: str, what: str) -> str:
    return next(line for line in out.splitlines() if what in line)


def test_a_ctd_validator_judges_the_inputs_and_args_reach_program_and_validators():
    done = proctorx("problems", "check", str(PACKAGE), "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for test in ("sample/1", "secret/01-small", "secret/02-large"):
        assert line_of(out, f"data/{test}:").endswith("accepted by every input validator (bound.py, format.ctd)")
    # The grammar rejects what bound.py lets by; bound.py rejects 150 only by the bound its args give it (100).
    assert "data/invalid_input/comma: rejected by the input validator format.ctd (exit code 43)" in out
    assert "data/invalid_input/too-big: rejected by the input validator format.ctd (exit code 43)" in out
    assert "data/invalid_input/past-its-bound: rejected by the input validator bound.py (exit code 43)" in out
    # bounded.py reads its bound from argv: without the test's args it would crash.
    assert "submissions/accepted/bounded.py: AC (" in out
    assert "submissions/wrong_answer/half_bound.py: WA (" in out


def test_a_ctd_script_that_does_not_parse_is_one_line_and_fails_the_check(tmp_path):
    folder = tmp_path / "ctd-broken"
    shutil.copytree(PACKAGE, folder)
    (folder / "input_validators" / "format.ctd").write_text("INT(1, 1000 SPACE INT(1, 1000) NEWLINE\n")
    done = proctorx("problems", "check", str(folder), "--jobs", "2")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    broken = line_of(done.stdout, "input_validators/format.ctd")
    assert "can't be used, so no input was validated by it: format.ctd:" in broken
    # Said once, not again for every input it couldn't judge; a case only it would reject isn't called accepted.
    assert done.stdout.count("unexpected token at 1:13") == 1
    assert "· data/invalid_input/comma: not checked: accepted by bound.py, and format.ctd can't run (said above)" in done.stdout
    assert "✓ data/invalid_input/past-its-bound: rejected by the input validator bound.py (exit code 43)" in done.stdout
