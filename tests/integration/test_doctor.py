"""`proctorx doctor` tells the truth: "ready" only when a judge can run every
language, otherwise "not ready", the fix, and exit 3."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import ROOT
from tests.integration.test_cli import proctorx


def test_no_language_definitions_is_not_ready_with_the_fix(tmp_path):
    (tmp_path / "images").mkdir()
    shutil.copytree(ROOT / "problems" / "gcd-lcm", tmp_path / "problems" / "gcd-lcm")
    result = proctorx("doctor", env={"PROCTORX_HOME": str(tmp_path)}, cwd=tmp_path)
    assert result.returncode == 3
    assert "no language definitions found" in result.stdout
    assert "Verdict: not ready" in result.stdout and "reinstall ProctorX" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_a_broken_language_definition_is_not_ready_naming_the_file(tmp_path):
    shutil.copytree(ROOT / "images", tmp_path / "images")
    (tmp_path / "images" / "python" / "language.yaml").write_text("name: [unclosed\n")
    result = proctorx("doctor", env={"PROCTORX_HOME": str(tmp_path)}, cwd=tmp_path)
    assert result.returncode == 3
    assert "images/python/language.yaml" in result.stdout and "Verdict: not ready" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.docker
def test_the_version_the_library_and_the_users_files_are_shown():
    from tui import __version__

    result = proctorx("doctor")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith(f"ProctorX {__version__} (checkout: {ROOT})")
    shipped = len(list((ROOT / "problems").glob("*/problem.yaml")))
    assert f"{shipped} problem(s) from" in result.stdout
    assert "settings: " in result.stdout and "log: " in result.stdout and "Verdict: ready." in result.stdout


@pytest.mark.docker
def test_an_image_that_can_not_be_built_is_not_ready(throwaway_engine, tmp_path):
    # The second engine has no base image and reaches no registry: building
    # there fails, as on a lab machine that was never given the images.
    shutil.copytree(ROOT / "images" / "python", tmp_path / "images" / "python")
    shutil.copytree(ROOT / "images" / "launcher", tmp_path / "images" / "launcher")
    env = {**throwaway_engine.env(), "PROCTORX_HOME": str(tmp_path)}
    result = proctorx("doctor", "--build", env=env, cwd=tmp_path)
    assert result.returncode == 3, result.stdout
    assert "python" in result.stdout and "can't be built" in result.stdout
    assert "Verdict: not ready" in result.stdout and "proctorx images build python -v" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
