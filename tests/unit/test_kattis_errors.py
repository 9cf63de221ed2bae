"""A broken package gives one message naming the file, the line (when YAML
knows it), what is wrong and the fix; interactive problems are refused clearly."""

from pathlib import Path

import pytest

from tui import packages
from tui.packages import ProblemError


def make(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "pkg"
    for path, text in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text)
    return folder


def error(tmp_path: Path, files: dict[str, str]) -> str:
    with pytest.raises(ProblemError) as info:
        packages.load(make(tmp_path, files))
    return str(info.value)


@pytest.mark.parametrize(
    "yaml_text, file, expected",
    [
        # YAML syntax: the line and column
        ("name: X\nlimits:\n  memory: [1024\n", "problem.yaml", "line 4, column 1: YAML syntax error"),
        ("name: X\nvalidation: custom\n  oops: 1\n", "problem.yaml", "line 3, column 7: YAML syntax error"),
        # no title at all
        ("source: Somewhere\nlicense: cc0\n", "problem.yaml", "no title: add `title: <the problem's name>` (Kattis: `name:"),
        ("name: ''\n", "problem.yaml", "line 1: `name` must be a non-empty string"),
        ("name: {}\n", "problem.yaml", "line 1: `name` is an empty map"),
        ("name: [A, B]\n", "problem.yaml", "line 1: `name` must be a non-empty string, not ['A', 'B']"),
        # limits: negative, zero, not a number, not a mapping
        ("name: X\nlimits:\n  memory: -5\n", "problem.yaml", "line 3: `limits.memory` must be a positive number, not -5"),
        ("name: X\nlimits:\n  time_limit: 0\n", "problem.yaml", "line 3: `limits.time_limit` must be a positive number, not 0"),
        ("name: X\nlimits:\n  output: lots\n", "problem.yaml", "line 3: `limits.output` must be a positive number, not 'lots'"),
        ("name: X\nlimits:\n  time_limit: .inf\n", "problem.yaml", "`limits.time_limit` must be a positive number, not inf"),
        ("name: X\nlimits: fast\n", "problem.yaml", "line 2: `limits` must be a mapping"),
        ("title: T\n\ntime_limit: -1\n", "problem.yaml", "line 3: `time_limit` must be a positive number, not -1"),
        # checkers and validation
        ("title: T\nchecker: fuzzy\n", "problem.yaml", "line 2: unknown checker 'fuzzy': use one of lines, exact, tokens, custom"),
        ("name: X\nvalidation: custom\n", "problem.yaml", "line 2: the checker is custom but there is no output_validators/"),
        ("name: X\nvalidation: magic\n", "problem.yaml", "line 2: `validation` must be `default` or `custom`"),
        (
            "name: X\nvalidator_flags: float_tolerance\n",
            "problem.yaml",
            "line 2: `validator_flags`: float_tolerance needs a non-negative number after it, not nothing",
        ),
        (
            "name: X\nvalidator_flags: float_relative_tolerance abc\n",
            "problem.yaml",
            "`validator_flags`: float_relative_tolerance needs a non-negative number after it, not 'abc'",
        ),
        (
            "name: X\nvalidator_flags: case_sensitve\n",
            "problem.yaml",
            "`validator_flags`: unknown flag 'case_sensitve' for the default validator: use case_sensitive",
        ),
    ],
)
def test_problem_yaml_errors(tmp_path, yaml_text, file, expected):
    message = error(tmp_path, {"problem.yaml": yaml_text})
    assert message.startswith(str(tmp_path / "pkg" / file) + ": ")
    assert expected in message


@pytest.mark.parametrize(
    "yaml_text",
    [
        "name: X\nvalidation: custom interactive\n",
        "problem_format_version: 2023-07\nname: X\ntype: interactive\n",
        "problem_format_version: 2023-07\nname: X\ntype: [pass-fail, interactive]\n",
        "name: X\nvalidation: {type: custom, interactive: true}\n",
    ],
)
def test_interactive_problems_load_with_their_interactor(tmp_path, yaml_text):
    problem = packages.load(make(tmp_path, {"problem.yaml": yaml_text, "output_validators/v/v.py": ""}))
    assert problem.interactive and problem.checker.kind == "custom"
    assert problem.validator == tmp_path / "pkg" / "output_validators" / "v"


@pytest.mark.parametrize(
    "yaml_text, expected",
    [
        (
            "name: X\nvalidation: custom interactive\n",
            "line 2: an interactive problem needs its interactor: put its source in output_validators/ (or output_validator/)",
        ),
        (
            "problem_format_version: 2023-07\nname: X\ntype: interactive\n",
            "line 3: an interactive problem needs its interactor: put its source in output_validators/ (or output_validator/)",
        ),
        ("name: X\nvalidation: default interactive\n", "line 2: an interactive problem's validation is `custom interactive`"),
    ],
)
def test_an_interactive_problem_without_its_interactor_is_refused_clearly(tmp_path, yaml_text, expected):
    message = error(tmp_path, {"problem.yaml": yaml_text})
    assert "problem.yaml: " in message and expected in message


@pytest.mark.parametrize("kind, version", [("pvp", "2023-07"), ("pvp", "legacy")])
def test_other_problem_types_are_refused_too(tmp_path, kind, version):
    message = error(tmp_path, {"problem.yaml": f"problem_format_version: {version}\nname: X\ntype: {kind}\n"})
    assert f"line 3: {kind} problems are not supported yet (`type: {kind}`)" in message


def test_scoring_problems_load_with_their_group_tree(tmp_path):
    problem = packages.load(make(tmp_path, {"problem.yaml": "name: X\ntype: scoring\n"}))
    assert problem.checker.kind == "tokens" and problem.scoring is not None  # graded: tests/unit/test_grading.py


def test_an_input_without_its_answer(tmp_path):
    message = error(tmp_path, {"problem.yaml": "name: X\n", "data/secret/group1/07.in": "1\n"})
    assert message == f"{tmp_path / 'pkg' / 'data/secret/group1/07.in'}: has no answer file: add 07.ans beside it"


def test_a_broken_testdata_yaml_is_named(tmp_path):
    message = error(
        tmp_path,
        {
            "problem.yaml": "name: X\n",
            "data/secret/testdata.yaml": "output_validator_flags: [oops\n",
            "data/secret/1.in": "",
            "data/secret/1.ans": "",
        },
    )
    assert message.startswith(f"{tmp_path / 'pkg' / 'data/secret/testdata.yaml'}: line 2, column 1: YAML syntax error")


def test_bad_flags_in_a_testdata_yaml_name_that_file_and_line(tmp_path):
    message = error(
        tmp_path,
        {
            "problem.yaml": "name: X\n",
            "data/secret/testdata.yaml": "# flags\noutput_validator_flags: float_tolerance x\n",
            "data/secret/1.in": "",
            "data/secret/1.ans": "",
        },
    )
    assert message.startswith(f"{tmp_path / 'pkg' / 'data/secret/testdata.yaml'}: line 2: `output_validator_flags`: float_tolerance")


def test_a_bad_timelimit_file(tmp_path):
    message = error(tmp_path, {"problem.yaml": "name: X\n", ".timelimit": "fast\n"})
    assert message == f"{tmp_path / 'pkg' / '.timelimit'}: must hold the time limit as a positive number of seconds (like `2`), not 'fast'"
    message = error(tmp_path, {"problem.yaml": "name: X\n", ".timelimit": "fast\n", "domjudge-problem.ini": ""})
    assert ".timelimit" in message
    (tmp_path / "pkg" / ".timelimit").unlink()
    (tmp_path / "pkg" / "domjudge-problem.ini").write_text("name = X\ntimelimit = -2\n")
    with pytest.raises(ProblemError, match=r"domjudge-problem.ini: line 2: `timelimit` must be a positive number"):
        packages.load(tmp_path / "pkg")


def test_a_validator_folder_without_a_source(tmp_path):
    message = error(tmp_path, {"problem.yaml": "name: X\nvalidation: custom\n", "output_validators/v/README": "x"})
    assert (
        message == f"{tmp_path / 'pkg' / 'output_validators' / 'v'}: has no output validator source: "
        "put a .py, .c, .cpp or .java validator, or build/run scripts, here"
    )


def test_a_fractional_memory_limit_rounds_up(tmp_path):
    assert packages.load(make(tmp_path, {"problem.yaml": "name: X\nlimits: {memory: 0.5}\n"})).limits.memory_mb == 1


def test_a_validator_folder_of_build_and_run_scripts_is_a_validator(tmp_path):
    folder = tmp_path / "pkg"
    for name, text in {
        "problem.yaml": "name: X\nvalidation: custom\n",
        "output_validators/v/build": "#!/bin/sh\ncc -o v v.c\n",
        "output_validators/v/run": '#!/bin/sh\nexec ./v "$@"\n',
        "data/secret/1.in": "1\n",
        "data/secret/1.ans": "1\n",
    }.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    problem = packages.load(folder)
    assert problem.validator == folder / "output_validators" / "v"
