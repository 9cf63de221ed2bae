"""Where the shipped images/ and problems/ folders are.

They live beside the package in a checkout (and an editable install);
PROCTORX_HOME points elsewhere when the app is installed some other way.
"""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    env = os.environ.get("PROCTORX_HOME")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent


def images_dir() -> Path:
    return home() / "images"


def problems_dir() -> Path:
    return home() / "problems"
