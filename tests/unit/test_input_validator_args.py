"""2025-09 `input_validator_args`: a list for every input validator or a map
by validator name, from a test's own .yaml or the nearest test_group.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.packages import ProblemError
from tui.packages.validation_data import input_validator_args, program_args


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def test_a_list_is_for_every_validator_and_a_map_names_each(tmp_path):
    write(tmp_path, {"data/test_group.yaml": "input_validator_args: [--max, 100]\n", "data/secret/a.in": "1\n"})
    args = input_validator_args(tmp_path, tmp_path / "data" / "secret" / "a.in")
    assert args.of(Path("input_validators/range.py")) == ["--max", "100"]
    write(tmp_path, {"data/secret/test_group.yaml": "input_validator_args:\n  range: [--max, '5']\n"})
    args = input_validator_args(tmp_path, tmp_path / "data" / "secret" / "a.in")
    assert args.of(Path("input_validators/range.py")) == ["--max", "5"]  # by its name without .py
    assert args.of(Path("input_validators/range")) == ["--max", "5"]  # a folder's name
    assert args.of(Path("input_validators/other.py")) == []  # the map doesn't name it


def test_a_tests_own_yaml_comes_before_its_group(tmp_path):
    write(
        tmp_path,
        {
            "data/test_group.yaml": "input_validator_args: [a]\n",
            "data/secret/t.in": "1\n",
            "data/secret/t.yaml": "input_validator_args: [b, c]\n",
        },
    )
    assert input_validator_args(tmp_path, tmp_path / "data" / "secret" / "t.in").of(Path("v.py")) == ["b", "c"]
    write(tmp_path, {"data/secret/u.in": "1\n"})
    assert input_validator_args(tmp_path, tmp_path / "data" / "secret" / "u.in").of(Path("v.py")) == ["a"]


def test_arguments_that_are_not_a_list_are_a_broken_package(tmp_path):
    write(tmp_path, {"data/test_group.yaml": "input_validator_args: {range: 5}\n", "data/secret/a.in": "1\n"})
    with pytest.raises(ProblemError, match="input_validator_args` for range must be a list"):
        input_validator_args(tmp_path, tmp_path / "data" / "secret" / "a.in")


def test_a_tests_args_come_from_its_yaml_else_its_group_and_a_bad_one_is_one_line(tmp_path):
    write(
        tmp_path,
        {
            "data/secret/test_group.yaml": "args: [--mode, fast]\ninput_validator_args: [--max]\n",
            "data/secret/a.in": "1\n",
            "data/secret/b.in": "1\n",
            "data/secret/b.yaml": "args: [100]\n",
            "data/sample/c.in": "1\n",
        },
    )
    secret = tmp_path / "data" / "secret"
    assert program_args(tmp_path, secret / "a.in") == ("--mode", "fast")
    assert program_args(tmp_path, secret / "b.in") == ("100",)  # its own .yaml wins, numbers as words
    assert program_args(tmp_path, tmp_path / "data" / "sample" / "c.in") == ()
    write(tmp_path, {"data/secret/b.yaml": "args: {mode: fast}\n"})
    with pytest.raises(ProblemError, match=r"b.yaml.*`args` must be a list of arguments \(like `\[--max, 100\]`\), not"):
        program_args(tmp_path, secret / "b.in")
