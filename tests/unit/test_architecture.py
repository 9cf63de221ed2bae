"""The shape of the package: the core never imports the UI (`proctorx judge`
must start without Textual, and the judging rooms must be usable from any front
end), data flows one way between the rooms, and no module imports itself back, not even for its type hints."""

import subprocess
import sys

import grimp

from tests.conftest import ROOT

CORE = [
    "tui.packages",
    "tui.packages.kattis",
    "tui.packages.tex",
    "tui.packages.statements",
    "tui.packages.testdata",
    "tui.judging",
    "tui.judging.checkers",
    "tui.judging.validator",
    "tui.languages",
    "tui.sandbox",
    "tui.sandbox.docker",
    "tui.sandbox.local",
    "tui.cli",
    "tui.cli.judge",
    "tui.cli.check",
    "tui.cli.doctor",
    "tui.cli.server",
    "tui.cli.judge_remote",
    "tui.cli.exam_export",
    "tui.exam.database",
    "tui.server.client",
    "tui.server.service",
    "tui.cli.exam",
    "tui.cli.calibrate",
    "tui.exam.session",
    "tui.exam.report",
    "tui.exam.grade",
    "tui.exam.engines",
    "tui.judging.calibration",
    "tui.cli.images",
    "tui.cli.completion",
    "tui.settings",
    "tui.logs",
    "tui.userdirs",
    "tui.cli.demo",
    "tui.cli.serve",
    "tui.web",
    "tui.packages.demo_programs",
]


def test_the_core_never_loads_textual():
    code = (
        "import importlib, sys\n"
        + "".join(f"importlib.import_module({m!r})\n" for m in CORE)
        + "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith('tui.app')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_contracts_hold():
    code = "import sys\nfrom importlinter.cli import lint_imports\nsys.exit(lint_imports(config_filename='pyproject.toml'))\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "2 kept, 0 broken" in out.stdout


def test_no_import_circle_anywhere():
    graph = grimp.build_graph("tui", exclude_type_checking_imports=False)
    circles = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            if imported.startswith("tui") and graph.chain_exists(imported, importer):
                circles.append(" -> ".join(graph.find_shortest_chain(imported, importer)) + f" -> {imported}")
    assert not circles, "import circles:\n" + "\n".join(circles)
