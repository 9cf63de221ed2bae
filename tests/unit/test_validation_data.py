"""Validation data (2025-09 data/invalid_input/, invalid_answer/,
invalid_output/, valid_output/): read beside the tests, never judged as one,
and a case missing a file its kind needs is refused with one line."""

import shutil

import pytest

from tests.conftest import FIXTURES
from tui import packages
from tui.judging import validation_check
from tui.packages import ProblemError

DOUBLE = FIXTURES / "expect-2025-validators"


def test_validation_cases_and_validators_are_read_and_never_judged():
    p = packages.load(DOUBLE)
    assert [(c.kind, c.test.name) for c in p.validation_cases] == [
        ("invalid_input", "invalid_input/01-zero"),
        ("invalid_input", "invalid_input/02-word"),
        ("invalid_answer", "invalid_answer/01-word"),
        ("invalid_answer", "invalid_answer/02-wrong-number"),
        ("invalid_output", "invalid_output/01-off-by-one"),
        ("valid_output", "valid_output/01-spaces"),
    ]
    assert [t.origin for t in p.tests] == ["data/sample/1.in", "data/secret/01-fifty.in"]
    assert [v.name for v in p.input_validators] == ["validate.py"]
    assert [v.name for v in p.answer_validators] == ["validate.py"]
    out = p.validation_cases[4]
    assert out.output is not None and out.output.read_bytes() == b"5\n" and out.test.expected() == b"6\n"


def test_an_invalid_output_case_without_its_out_file_is_refused(tmp_path):
    folder = tmp_path / "double"
    shutil.copytree(DOUBLE, folder)
    (folder / "data" / "invalid_output" / "01-off-by-one.out").unlink()
    with pytest.raises(ProblemError, match=r"01-off-by-one.in.*is in invalid_output/ and has no 01-off-by-one.out beside it"):
        packages.load(folder)


def test_the_default_validator_decides_output_cases_without_a_sandbox(tmp_path):
    # Without output_validator/ the default validator (tokens) judges the .out: no program runs.
    folder = tmp_path / "double"
    shutil.copytree(DOUBLE, folder)
    shutil.rmtree(folder / "output_validator")
    cases = folder / "data" / "invalid_output"
    for name, text in (("02-same.in", "4\n"), ("02-same.ans", "8\n"), ("02-same.out", " 8\n")):
        (cases / name).write_text(text)
    p = packages.load(folder)
    p.validation_cases = [c for c in p.validation_cases if c.kind in ("invalid_output", "valid_output")]
    p.input_validators = []  # nor is the input validator run on the tests
    found = validation_check.check(sandbox=None, validators=None, problem=p)  # type: ignore[arg-type]
    assert [(f.case.test.name, f.ok) for f in found] == [
        ("invalid_output/01-off-by-one", True),
        ("invalid_output/02-same", False),
        ("valid_output/01-spaces", True),
    ]
    assert found[0].text.startswith("rejected by the default validator (tokens, case-insensitive)")
    assert found[1].text == "accepted by the default validator (tokens, case-insensitive): invalid_output must be rejected"
