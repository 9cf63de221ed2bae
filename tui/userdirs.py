"""The user's own folders: settings, data (code, custom tests, verdicts) and
logs, each where the platform puts them (platformdirs), each with an
environment variable that overrides it (tests, shared lab accounts).

A leaf: imports nothing of ours.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "proctorx"
CONFIG_ENV = "PROCTORX_CONFIG_DIR"
DATA_ENV = "PROCTORX_DATA_DIR"
LOG_ENV = "PROCTORX_LOG_DIR"


def _folder(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value) if value else Path(default)


def config_dir() -> Path:
    """settings.json (Linux: ~/.config/proctorx)."""
    return _folder(CONFIG_ENV, platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    """The user's code and verdicts (Linux: ~/.local/share/proctorx)."""
    return _folder(DATA_ENV, platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    """proctorx.log and its rotated predecessors (Linux: ~/.local/state/proctorx/log)."""
    return _folder(LOG_ENV, platformdirs.user_log_dir(APP, appauthor=False))
