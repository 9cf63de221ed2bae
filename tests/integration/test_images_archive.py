"""Air-gapped labs: `images save` on a machine that has the runner images,
`images load` on one that reaches no registry, then judging there without a
build.  The loading side is a second, throwaway engine (tests/integration/
engines.py): the shared engine's images are never removed.  That engine has no
base image either, so a build there could only fail: a judge that passes
proves the loaded image was used."""

from __future__ import annotations

import json
import tarfile

import pytest

from tests.conftest import FIXTURES
from tests.integration import programs
from tests.integration.test_cli import proctorx

SUM = str(FIXTURES / "sum")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The Python runner image saved from the shared engine (read only there)."""
    path = tmp_path_factory.mktemp("archive") / "runners.tar.gz"
    result = proctorx("images", "save", str(path), "python")
    assert result.returncode == 0, result.stderr
    assert "saved proctorx-python:" in result.stdout and f"proctorx images load {path}" in result.stdout
    return path


def python_image() -> str:
    from tui import languages

    return languages.get("python").image


@pytest.mark.docker
def test_save_remove_load_then_judge_without_a_build(archive, throwaway_engine, tmp_path):
    env = throwaway_engine.env()
    solution = tmp_path / "sum.py"
    solution.write_text(programs.AC["python"])
    assert tarfile.is_tarfile(archive)

    doctor = proctorx("doctor", env=env)
    assert doctor.returncode == 3
    assert "missing" in doctor.stdout and "proctorx images load FILE" in doctor.stdout and "proctorx images save FILE" in doctor.stdout
    assert "Verdict: not ready" in doctor.stdout

    loaded = proctorx("images", "load", str(archive), env=env)
    assert loaded.returncode == 0, loaded.stderr
    assert f"loaded {python_image()}" in loaded.stdout
    # Only python was saved: the others are named with the command that brings them.
    assert "still missing" in loaded.stdout and "java" in loaded.stdout

    judged = proctorx("judge", SUM, str(solution), "--json", env=env)
    assert judged.returncode == 0, judged.stderr
    assert json.loads(judged.stdout)["verdict"] == "AC"
    assert "building image" not in judged.stderr

    api = throwaway_engine.api()
    api.remove_image(python_image(), force=True)
    api.close()
    without = proctorx("judge", SUM, str(solution), "--json", env=env)
    assert without.returncode == 3  # nothing to build from, and it says how to bring the image
    assert "proctorx images load FILE" in without.stderr and "Traceback" not in without.stderr

    again = proctorx("images", "load", str(archive), env=env)
    assert again.returncode == 0, again.stderr
    judged = proctorx("judge", SUM, str(solution), "--json", env=env)
    assert judged.returncode == 0, judged.stderr
    assert json.loads(judged.stdout)["verdict"] == "AC"


@pytest.mark.docker
def test_a_file_that_is_not_an_image_archive_is_one_clear_line(throwaway_engine, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not an archive\n")
    plain_tar = tmp_path / "plain.tar"
    with tarfile.open(plain_tar, "w") as tar:
        tar.add(text, arcname="notes.txt")
    cases = [
        (tmp_path / "absent.tar", "no such file"),
        (tmp_path, "is a folder"),
        (text, "is not an image archive"),
        (plain_tar, "is not an image archive the engine can load"),
    ]
    for path, message in cases:
        result = proctorx("images", "load", str(path), env=throwaway_engine.env())
        assert result.returncode == 2, (path, result.stdout, result.stderr)
        errors = [line for line in result.stderr.splitlines() if line.startswith("proctorx:")]  # after any progress lines
        assert len(errors) == 1 and message in errors[0], result.stderr
        assert "Traceback" not in result.stderr


def test_save_and_load_with_the_engine_down_exit_3(tmp_path):
    down = {"DOCKER_HOST": f"unix://{tmp_path}/nothing.sock"}
    archive = tmp_path / "a.tar"
    with tarfile.open(archive, "w"):
        pass
    for args in (["images", "save", str(tmp_path / "out.tar"), "python"], ["images", "load", str(archive)]):
        result = proctorx(*args, env=down)
        assert result.returncode == 3, result.stderr
        assert "No Docker engine is reachable" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.tar").exists()


def test_save_into_a_missing_folder_is_a_usage_error(tmp_path):
    result = proctorx("images", "save", str(tmp_path / "no" / "such" / "a.tar"))
    assert result.returncode == 2 and "no such folder" in result.stderr
