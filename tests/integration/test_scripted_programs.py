"""Validator programs built and run by their own `build` and `run` scripts
(2025-09, Programs; tui/judging/scripted.py), judged in Docker: the fixture's
output validator is a C source its build script compiles with `cc`, and its
input validator is a run script alone."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.integration.test_cli import proctorx
from tui.judging import scripted

pytestmark = pytest.mark.docker

FIXTURE = ROOT / "tests" / "fixtures" / "kattis-2025-scripted"


def check(folder: Path) -> subprocess.CompletedProcess:
    return proctorx("problems", "check", str(folder), "--jobs", "2")


def test_a_validator_built_by_its_script_and_one_run_by_its_script_judge_the_package():
    done = check(FIXTURE)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "✓ submissions/accepted/twice.py: AC" in done.stdout
    assert "✓ submissions/wrong_answer/off_by_one.py: WA" in done.stdout
    assert "✓ submissions/accepted/pair: AC" in done.stdout  # from the entrypoint submissions.yaml names
    assert "✓ data/invalid_input/zero: rejected by the input validator range (exit code 43)" in done.stdout
    # Rejected only with the arguments data/test_group.yaml (a map by validator name) and the case's own .yaml give it.
    assert "✓ data/invalid_input/too_big: rejected by the input validator range (exit code 43)" in done.stdout
    assert "✓ data/invalid_input/tight/seven: rejected by the input validator range (exit code 43)" in done.stdout
    assert "✓ data/secret/1: accepted by every input validator (range)" in done.stdout
    assert "all verdicts as promised" in done.stdout
    # Switched off by their authors, as BAPCtools reads them: neither judged nor run.
    assert "- submissions/accepted/halves.disabled: not judged (named *.disabled: set aside" in done.stdout
    assert "reject_all" not in done.stdout


def test_a_build_script_that_fails_is_the_problems_fault_and_says_so(tmp_path):
    folder = tmp_path / "twice"
    shutil.copytree(FIXTURE, folder)
    (folder / "output_validator" / "build").write_text("#!/bin/sh\necho 'no compiler today' >&2\nexit 3\n")
    done = check(folder)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "got IE, expected AC" in done.stdout
    assert "output_validator/build failed" in done.stdout or "build failed" in done.stdout
    assert "no compiler today" in done.stdout


def test_the_image_is_chosen_by_the_sources_beside_the_scripts():
    assert scripted.language_for(Path("v"), {"build": b"", "twice.c": b""}).id == "c"
    assert scripted.language_for(Path("v"), {"run": b"", "a.py": b"", "b.cpp": b""}).id == "cpp"
    assert scripted.language_for(Path("v"), {"run": b""}).id == "bash"
    assert scripted.language_for(Path("v"), {"run": b""}).run == "./run"
    assert scripted.language_for(Path("v"), {"run": b""}).compile is None


def test_a_tests_input_the_input_validator_rejects_is_a_finding(tmp_path):
    folder = tmp_path / "twice"
    shutil.copytree(FIXTURE, folder)
    (folder / "data" / "secret" / "1.in").write_text("150\n")  # within 2n's reach, beyond test_group.yaml's --max 100
    (folder / "data" / "secret" / "1.ans").write_text("300\n")
    done = check(folder)
    assert done.returncode == 1, done.stdout + done.stderr
    assert (
        "✗ data/secret/1: rejected by the input validator range (exit code 43): a test's input must be accepted by every input validator"
        in done.stdout
    )


def test_an_input_validator_that_cant_run_is_one_line_not_one_per_test(tmp_path):
    folder = tmp_path / "twice"
    shutil.copytree(FIXTURE, folder)
    # VIVA is a Java tool in neither Debian nor PyPI: said once, skipped.
    (folder / "input_validators" / "shape.viva").write_text("<n:INTEGER> [n >= 1]\n")
    done = check(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("shape.viva") == 1
    assert "· input_validators/shape.viva: not run on the inputs: ProctorX can't run .viva validators" in done.stdout
    assert "✓ data/secret/1: accepted by every input validator (range)" in done.stdout
