"""ProctorX installed as a lab installs it: from a wheel, into a fresh virtual
environment, run from a folder with no checkout in it.

The wheel is built once per session by pip, as `pip install .` builds it,
from a copy of the checkout's files: nothing is written into the repository.  pip resolves the dependencies
as usual (its cache makes the second time quick).  The Docker tests judge on
the shared engine, whose runner images the installed copy finds by the same
tags: its images/ are the checkout's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.timeout(900)

SHIPPED = sorted(p.parent.name for p in (ROOT / "problems").glob("*/problem.yaml"))
# Only what a source tree of the project holds; the rest of a checkout stays behind.
SOURCE_IGNORE = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".venv", "tests", "benchmarks")


def _run(argv: list, cwd: Path, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _clean_env(home: Path) -> dict[str, str]:
    """A new user's environment: no PYTHONPATH into the checkout, no library
    override, folders of its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PROCTORX_HOME", "VIRTUAL_ENV")}
    env.update(PROCTORX_CONFIG_DIR=str(home / "config"), PROCTORX_DATA_DIR=str(home / "data"), PROCTORX_LOG_DIR=str(home / "log"))
    return env


@pytest.fixture(scope="session")
def source(tmp_path_factory) -> Path:
    """A copy of the checkout's source files, to build from."""
    copy = tmp_path_factory.mktemp("build") / "proctorx-src"
    shutil.copytree(ROOT, copy, ignore=SOURCE_IGNORE, symlinks=True)
    return copy


@pytest.fixture(scope="session")
def wheel(source) -> Path:
    out = source.parent / "wheels"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, source], cwd=source.parent)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (found,) = out.glob("proctorx-*.whl")
    return found


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory) -> dict:
    """A fresh venv with the wheel installed; `elsewhere` is an empty folder to run it from."""
    home = tmp_path_factory.mktemp("newuser")
    venv = home / "venv"
    made = _run([sys.executable, "-m", "venv", venv], cwd=home)
    assert made.returncode == 0, made.stderr
    pip = _run([venv / "bin" / "python", "-m", "pip", "install", "-q", wheel], cwd=home, timeout=900)
    assert pip.returncode == 0, pip.stdout[-3000:] + pip.stderr[-3000:]
    elsewhere = home / "elsewhere"
    elsewhere.mkdir()
    return {"bin": venv / "bin", "venv": venv, "cwd": elsewhere, "env": _clean_env(home), "home": home}


def proctorx(installed: dict, *args, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return _run([installed["bin"] / "proctorx", *args], cwd=cwd or installed["cwd"], env=installed["env"])


def test_the_wheel_carries_the_library_and_every_language_and_no_junk(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    slugs = {n.split("/")[3] for n in names if n.startswith("tui/_data/problems/") and n.endswith("/problem.yaml")}
    assert sorted(slugs) == SHIPPED
    languages = {n.split("/")[3] for n in names if n.startswith("tui/_data/images/") and n.endswith("/language.yaml")}
    assert languages == {p.parent.name for p in (ROOT / "images").glob("*/language.yaml")}
    assert "tui/_data/images/launcher/pxlaunch.c" in names and "tui/app/app.tcss" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_the_sdist_carries_what_the_wheel_is_built_from(source):
    # egg_info lists exactly what `sdist` would pack (MANIFEST.in applied),
    # without compressing 100+ MB of test data to find out.
    info = _run([sys.executable, "setup.py", "-q", "egg_info", "--egg-base", source.parent], cwd=source)
    assert info.returncode == 0, info.stderr[-3000:]
    listed = set((source.parent / "proctorx.egg-info" / "SOURCES.txt").read_text().split())
    shipped = {str(p.relative_to(ROOT)) for folder in ("problems", "images") for p in (ROOT / folder).rglob("*") if p.is_file()}
    shipped = {p for p in shipped if "__pycache__" not in p and not p.endswith(".pyc")}
    assert shipped <= listed, sorted(shipped - listed)[:10]
    assert {"setup.py", "pyproject.toml", "MANIFEST.in", "tui/app/app.tcss"} <= listed
    assert not [p for p in listed if "__pycache__" in p or p.endswith(".pyc")]


def test_the_installed_copy_is_the_one_that_runs(installed):
    where = _run([installed["bin"] / "python", "-c", "import tui; print(tui.__file__)"], cwd=installed["cwd"], env=installed["env"])
    assert Path(where.stdout.strip()).is_relative_to(installed["venv"]), where.stdout + where.stderr
    version = proctorx(installed, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"proctorx {_version()}"


def test_problems_list_gives_the_whole_library_from_any_folder(installed):
    result = proctorx(installed, "problems", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert sorted(r["slug"] for r in rows) == SHIPPED
    assert all(Path(r["path"]).is_relative_to(installed["venv"]) for r in rows)
    # pip byte-compiles the library's .py files too: their __pycache__ is no submission.
    skipped = _run(
        [
            installed["bin"] / "python",
            "-c",
            "from tui.packages import load_library; from tui import resources; "
            "print(sum(len(p.skipped_submissions) for p in load_library(resources.problems_dir()).problems))",
        ],
        cwd=installed["cwd"],
        env=installed["env"],
    )
    assert skipped.stdout.strip() == "0", skipped.stdout + skipped.stderr
    table = proctorx(installed, "problems", "list")
    assert "longest-increasing-subsequence" in table.stdout and "Longest Increasing Subsequence" in table.stdout


@pytest.mark.docker
def test_doctor_is_ready_with_every_language(installed):
    result = proctorx(installed, "doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Verdict: ready." in result.stdout
    for lang in ("python", "c", "cpp", "java"):
        assert f"✓ {lang}" in result.stdout
    assert f"ProctorX {_version()} (installed:" in result.stdout


@pytest.mark.docker
def test_judge_works_from_a_folder_with_no_checkout(installed):
    solution = installed["cwd"] / "mine.cpp"
    shutil.copy(ROOT / "problems" / "bounded-subarrays" / "solutions" / "solution.cpp", solution)
    result = proctorx(installed, "judge", "bounded-subarrays", "mine.cpp", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["verdict"], report["passed"], report["total"]) == ("AC", 16, 16)
    log = (installed["home"] / "log" / "proctorx.log").read_text()
    assert "run: problem=bounded-subarrays language=cpp sandbox=docker verdict=AC passed=16/16" in log
    assert "int main" not in log  # never the code


APP_SCRIPT = """
import asyncio
from tui.cli.app import parser, resolve
from tui.cli.common import problem_roots
from tui.app import ProctorXApp

async def main():
    args = parser().parse_args([])
    roots = problem_roots(args.problems)
    app = ProctorXApp(roots, **resolve(roots, None, None, None), sandbox_kind="local")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#picker-table")
        print(type(app.screen).__name__, table.row_count)

asyncio.run(main())
"""


def test_the_app_opens_the_picker_with_the_whole_library(installed):
    result = _run([installed["bin"] / "python", "-c", APP_SCRIPT], cwd=installed["cwd"], env=installed["env"])
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["PickerScreen", str(len(SHIPPED))]


def test_a_problem_generator_runs_against_the_installed_package(installed, tmp_path):
    # An author's copy of a package, regenerated with the wheel's TestWriter:
    # the generators are deterministic, so the data comes out as shipped.
    package = tmp_path / "gcd-lcm"
    shutil.copytree(ROOT / "problems" / "gcd-lcm", package)
    result = _run([installed["bin"] / "python", "generators/generate.py"], cwd=package, env=installed["env"])
    assert result.returncode == 0, result.stderr[-3000:]
    for path in sorted((ROOT / "problems" / "gcd-lcm" / "data").rglob("*.*")):
        assert (package / path.relative_to(ROOT / "problems" / "gcd-lcm")).read_bytes() == path.read_bytes(), path.name


def test_an_editable_install_reads_the_checkout_live(tmp_path):
    source = tmp_path / "checkout"
    shutil.copytree(ROOT, source, ignore=SOURCE_IGNORE, symlinks=True)
    venv = tmp_path / "venv"
    # The dependencies come from this interpreter's site-packages: only the
    # editable install itself is new.
    assert _run([sys.executable, "-m", "venv", "--system-site-packages", venv], cwd=tmp_path).returncode == 0
    pip = _run([venv / "bin" / "python", "-m", "pip", "install", "-q", "--no-deps", "-e", source], cwd=tmp_path)
    assert pip.returncode == 0, pip.stdout[-3000:] + pip.stderr[-3000:]
    shutil.copytree(source / "problems" / "gcd-lcm", source / "problems" / "added-after-install")
    (source / "problems" / "added-after-install" / "problem.yaml").write_text(
        (source / "problems" / "gcd-lcm" / "problem.yaml").read_text().replace("title:", "title: Added", 1)
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _run([venv / "bin" / "proctorx", "problems", "list", "--json"], cwd=elsewhere, env=_clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = {r["slug"]: r for r in json.loads(result.stdout)}
    assert "added-after-install" in rows and len(rows) == len(SHIPPED) + 1
    assert Path(rows["gcd-lcm"]["path"]).is_relative_to(source)


def _version() -> str:
    from tui import __version__

    return __version__
