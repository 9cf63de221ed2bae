"""The core never imports the UI: `proctorx judge` must start without Textual,
and the judging rooms must be usable from any front end."""

import subprocess
import sys

from tests.conftest import ROOT

CORE = ["tui.problems", "tui.kattis", "tui.tex", "tui.statements", "tui.checkers", "tui.languages", "tui.judge", "tui.verdicts", "tui.sandbox",
        "tui.sandbox.docker", "tui.sandbox.local", "tui.cli", "tui.commands", "tui.checking", "tui.doctor"]


def test_the_core_never_loads_textual():
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in CORE) + \
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith('tui.app')))\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_contracts_hold():
    code = "import sys\nfrom importlinter.cli import lint_imports\nsys.exit(lint_imports(config_filename='pyproject.toml'))\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 kept, 0 broken" in out.stdout
