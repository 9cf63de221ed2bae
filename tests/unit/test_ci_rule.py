"""Under CI a missing engine, compiler or namespace fails the test that needs
it; on a laptop it skips.  CI services set CI to true, 1 or yes."""

from __future__ import annotations

import pytest

from tests.conftest import unavailable, under_ci


@pytest.mark.parametrize("value", ["true", "True", "1", "yes", "YES"])
def test_ci_is_any_truthy_value(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    assert under_ci()
    with pytest.raises(pytest.fail.Exception, match="under CI this is required"):
        unavailable("no g++ here")


@pytest.mark.parametrize("value", ["", "0", "false", "no"])
def test_elsewhere_what_is_missing_skips(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    assert not under_ci()
    with pytest.raises(pytest.skip.Exception):
        unavailable("no g++ here")
