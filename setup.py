"""The one build step pyproject.toml can't declare: the wheel carries the
problem library and the language images.

problems/ and images/ stay at the top of the repository, where authors work on
them.  Building a wheel (directly, or from the sdist, which carries both
folders: MANIFEST.in) copies them into the package as tui/_data/problems and
tui/_data/images, where tui/resources.py finds them with importlib.resources.
An editable install copies nothing: it reads the checkout's folders, live.
Install with pip or pipx (README: Set up), not by running this file.
"""

from __future__ import annotations

import fnmatch
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LIBRARY = ("problems", "images")
# What editors, interpreters and test runs leave in those folders.
JUNK_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache", ".git"}
JUNK_FILES = ("*.pyc", "*.pyo", "*~", "*.swp", ".DS_Store", "*.tmp")


def library_files(root: Path) -> list[Path]:
    """Every file of problems/ and images/ the wheel should carry, relative to root."""
    found = []
    for folder in LIBRARY:
        for path in sorted((root / folder).rglob("*")):
            relative = path.relative_to(root)
            if path.is_file() and not JUNK_DIRS.intersection(relative.parts) and not any(fnmatch.fnmatch(path.name, p) for p in JUNK_FILES):
                found.append(relative)
    return found


class BuildWithLibrary(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        root = Path(__file__).resolve().parent
        # A build folder reused by `pip install .` may hold an older library:
        # a problem deleted here must not come back in the next wheel.
        shutil.rmtree(Path(self.build_lib, "tui", "_data"), ignore_errors=True)
        for relative in library_files(root):
            target = Path(self.build_lib, "tui", "_data", relative)
            self.mkpath(str(target.parent))
            self.copy_file(str(root / relative), str(target), preserve_mode=True)


setup(cmdclass={"build_py": BuildWithLibrary})
