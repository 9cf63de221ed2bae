"""Shared fixtures.  Tests marked `docker` need a reachable engine: on a
developer's laptop without one they skip; under CI (CI set to true, 1 or yes)
they fail, so a CI run can never pass without having judged anything for
real.  The same holds for anything else a test needs from the machine (a
compiler, a namespace): `unavailable()` skips it on a laptop and fails it
under CI."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _engine_error() -> str | None:
    try:
        import docker

        client = docker.from_env(timeout=10)
        client.ping()
        client.close()
        return None
    except Exception as exc:  # any failure means: no usable engine
        return str(exc)


_ENGINE = {"checked": False, "error": None}


def under_ci() -> bool:
    """CI=true, CI=1, CI=yes (any case): what CI services set."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def unavailable(reason: str, fix: str = "scripts/test.sh installs it") -> None:
    """This test can't run here: a skip on a laptop, a failure under CI, so
    that a CI machine missing a tool never passes by judging nothing."""
    if under_ci():
        pytest.fail(f"{reason} (under CI this is required: {fix})", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(autouse=True, scope="session")
def _own_user_folders(tmp_path_factory):
    """The tests (and the commands they start) never read or write the real
    user's settings and log: each session gets folders of its own."""
    home = tmp_path_factory.mktemp("user")
    saved = {name: os.environ.get(name) for name in ("PROCTORX_CONFIG_DIR", "PROCTORX_LOG_DIR")}
    os.environ["PROCTORX_CONFIG_DIR"], os.environ["PROCTORX_LOG_DIR"] = str(home / "config"), str(home / "log")
    yield home
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def require_engine() -> None:
    if not _ENGINE["checked"]:
        _ENGINE["error"], _ENGINE["checked"] = _engine_error(), True
    if _ENGINE["error"]:
        unavailable(f"no Docker engine reachable: {_ENGINE['error']}", ".ci/run starts it")


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("docker"):
        require_engine()


@pytest.fixture(scope="session")
def docker_sandbox():
    """One Docker sandbox for the session, images built on first use; at the
    end, no container of ours may remain."""
    require_engine()
    from tui import languages
    from tui.sandbox.docker import DockerSandbox

    sandbox = DockerSandbox(jobs=2)
    sandbox.prepare(list(languages.all_languages().values()))
    yield sandbox
    sandbox.close()


def containers_of(sandbox, settle_s: float = 10.0) -> list[str]:
    """This process's containers still known to the engine once it has had
    settle_s to finish removing the ones that ended (it removes them itself)."""
    from tui.sandbox.docker import LABEL, OWNER_LABEL

    give_up = time.monotonic() + settle_s
    while True:
        found = sandbox.api.containers(all=True, filters={"label": f"{OWNER_LABEL}={sandbox.owner}"})
        left = [c["Id"] for c in found if LABEL in (c.get("Labels") or {})]
        if not left or time.monotonic() > give_up:
            return left
        time.sleep(0.1)


@pytest.fixture(scope="module")
def _throwaway_engine_for_module():
    # Per module, not per session: its daemon is a child of this process, and
    # tests elsewhere check that no child of theirs is left.
    from tests.engines import EngineUnavailable, ThrowawayEngine

    try:
        engine = ThrowawayEngine.create()
    except EngineUnavailable as exc:
        unavailable(f"no throwaway Docker engine: {exc}", "run the tests as root where dockerd is installed")
    yield engine
    engine.close()


@pytest.fixture
def throwaway_engine(_throwaway_engine_for_module):
    """A Docker engine of this test module's own (tests/engines.py), to
    stop, kill and restart at will: the shared engine is never touched.  It
    is running when a test starts, whatever the test before left it as.
    Copy the images a test needs into it with `copy_image(tag, api)`."""
    _throwaway_engine_for_module.start()
    return _throwaway_engine_for_module


@pytest.fixture(autouse=True)
def _own_config_dir(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's config (calibration.json)."""
    monkeypatch.setenv("PROCTORX_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
