"""Shared fixtures.  Tests marked `docker` need a reachable engine: on a
developer's laptop without one they skip; under CI (CI=true) they fail, so a
CI run can never pass without having judged anything for real."""

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
        message = f"no Docker engine reachable: {_ENGINE['error']}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (under CI the engine is required: .ci/run starts it)", pytrace=False)
        pytest.skip(message)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("docker"):
        require_engine()


@pytest.fixture(scope="module")
def second_engine():
    """A throwaway dockerd of this test module's own (tests/integration/
    engines.py), for tests that remove or load images: never the shared
    engine's.  Per module (it starts in well under a second): a session-long
    dockerd would be a child of pytest that other modules' "no process left
    behind" checks rightly count."""
    require_engine()
    from tests.integration.engines import EngineUnavailable, start_engine

    try:
        engine = start_engine()
    except EngineUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"no second Docker engine: {exc}", pytrace=False)
        pytest.skip(f"no second Docker engine: {exc}")
    yield engine
    engine.stop()


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
