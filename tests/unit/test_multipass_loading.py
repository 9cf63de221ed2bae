"""Multi-pass packages load as each generation of the format says it
(2023-07 and later: `type`, alone or in a list; legacy: `validation: custom
multi-pass`), with their pass limit, and a broken one is one clear line."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui import packages
from tui.packages import ProblemError

VALIDATOR = {"output_validator/validate.py": "import sys\nsys.exit(42)\n"}
LEGACY_VALIDATOR = {"output_validators/v/validate.py": "import sys\nsys.exit(42)\n"}


def make(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "pkg"
    for path, text in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text)
    return folder


@pytest.mark.parametrize(
    "yaml_text, validator, interactive, passes",
    [
        ("problem_format_version: 2023-07\nname: X\ntype: multi-pass\n", VALIDATOR, False, 2),
        ("problem_format_version: 2025-09\nname: X\ntype: [multi-pass]\nlimits: {validation_passes: 5}\n", VALIDATOR, False, 5),
        ("problem_format_version: 2023-07\nname: X\ntype: [interactive, multi-pass]\n", VALIDATOR, True, 2),
        ("name: X\nvalidation: custom multi-pass\nlimits:\n  validation_passes: 26\n", LEGACY_VALIDATOR, False, 26),
        ("name: X\nvalidation: custom interactive multi-pass\n", LEGACY_VALIDATOR, True, 2),
    ],
)
def test_multi_pass_packages_load_with_their_pass_limit(tmp_path, yaml_text, validator, interactive, passes):
    problem = packages.load(make(tmp_path, {"problem.yaml": yaml_text, **validator}))
    assert problem.multipass and problem.checker.kind == "custom"
    assert problem.interactive is interactive
    assert problem.validation_passes == passes


def test_other_problems_are_not_multi_pass(tmp_path):
    problem = packages.load(make(tmp_path, {"problem.yaml": "name: X\nvalidation: custom interactive\n", **LEGACY_VALIDATOR}))
    assert not problem.multipass and problem.interactive


@pytest.mark.parametrize(
    "yaml_text, files, expected",
    [
        (
            "problem_format_version: 2023-07\nname: X\ntype: multi-pass\nlimits:\n  validation_passes: 1\n",
            VALIDATOR,
            "line 5: `limits.validation_passes` must be a whole number of passes, at least 2 (like `validation_passes: 3`), not 1",
        ),
        (
            "name: X\nvalidation: custom multi-pass\nlimits: {validation_passes: two}\n",
            LEGACY_VALIDATOR,
            "line 3: `limits.validation_passes` must be a whole number of passes, at least 2",
        ),
        (
            "problem_format_version: 2023-07\nname: X\ntype: multi-pass\n",
            {},
            "line 3: a multi-pass problem needs its output validator: put its source in output_validators/ (or output_validator/)",
        ),
        ("name: X\nvalidation: default multi-pass\n", {}, "line 2: a multi-pass problem's validation is `custom multi-pass`"),
    ],
)
def test_a_broken_multi_pass_package_is_one_clear_line(tmp_path, yaml_text, files, expected):
    with pytest.raises(ProblemError) as info:
        packages.load(make(tmp_path, {"problem.yaml": yaml_text, **files}))
    message = str(info.value)
    assert "problem.yaml: " in message and expected in message and "\n" not in message


def test_stress_testing_a_multi_pass_problem_is_refused_in_one_line(tmp_path):
    program = tmp_path / "a.py"
    program.write_text("print(1)\n")
    done = subprocess.run(
        [sys.executable, "-m", "tui", "stress", str(ROOT / "problems" / "bit-relay"), str(program), "--generator", str(program)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert (
        done.stderr
        == "proctorx: bit-relay is a multi-pass problem: stress testing compares one output, and there the validator judges each pass\n"
    )
