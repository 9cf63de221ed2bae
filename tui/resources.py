"""Where the shipped problem library (problems/) and language images (images/) are.

An installed wheel carries them inside the package, as tui/_data/ (the build
copies them there: setup.py), found with importlib.resources.  A checkout, and
an editable install of one, has them beside the package and reads them live.
PROCTORX_HOME, a folder holding problems/ and images/, overrides both.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

HOME_ENV = "PROCTORX_HOME"


def home() -> Path:
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env)
    packaged = resources.files("tui") / "_data"
    if packaged.is_dir():
        # pip unpacks wheels onto the file system, so this is a real folder.
        return Path(os.fspath(packaged))
    return Path(__file__).resolve().parent.parent


def origin() -> str:
    """Where home() came from, for `doctor`: "PROCTORX_HOME", "installed" or "checkout"."""
    if os.environ.get(HOME_ENV):
        return HOME_ENV
    return "installed" if (resources.files("tui") / "_data").is_dir() else "checkout"


def images_dir() -> Path:
    return home() / "images"


def problems_dir() -> Path:
    return home() / "problems"
