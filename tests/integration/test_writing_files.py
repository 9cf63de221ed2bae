"""2025-09 `allow_writing_files`: by default the program's working folder is
not writable; with `allow_writing_files: true` it is (inside the test's own
container); older formats keep today's writable folder.  Judged for real."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.docker

# Doubles n, but only after writing (and reading back) a scratch file.
WRITER = (
    "n = int(input())\n"
    "try:\n"
    "    with open('scratch.txt', 'w') as f:\n"
    "        f.write(str(2 * n))\n"
    "    print(open('scratch.txt').read())\n"
    "except OSError:\n"
    "    print('refused')\n"
)


def verdict(package, program) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "tui", "judge", str(package), str(program), "--json", "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(done.stdout)["verdict"]


@pytest.mark.parametrize(("extra", "expected"), [("", "WA"), ("allow_writing_files: true\n", "AC")])
def test_writing_in_the_working_folder_follows_allow_writing_files(tmp_path, extra, expected):
    package = tmp_path / "twice"
    shutil.copytree(FIXTURES / "kattis-2025-twice", package)
    yaml = (package / "problem.yaml").read_text().replace("allow_writing_files: false\n", extra)
    (package / "problem.yaml").write_text(yaml)
    program = tmp_path / "writer.py"
    program.write_text(WRITER)
    assert verdict(package, program) == expected
