"""TestWriter, which the problems' generators use to write their data."""

from __future__ import annotations

import pytest

from tui.packages.testdata import TestWriter


def package(tmp_path):
    root = tmp_path / "doubler"
    (root / "generators").mkdir(parents=True)
    (root / "solutions").mkdir()
    (root / "solutions" / "solution.py").write_text("print(2 * int(input()))\n")
    return root / "generators" / "generate.py"


def must_be_a_number(text: str) -> None:
    assert text.strip().isdigit(), f"not a number: {text!r}"


def test_inputs_are_written_with_the_reference_solutions_answers(tmp_path):
    generator = package(tmp_path)
    out = TestWriter(generator, must_be_a_number)
    assert out.write("sample", "1", "21\n") == b"42\n"
    out.write("secret", "01-big", "500\n")
    data = tmp_path / "doubler" / "data"
    assert (data / "sample" / "1.in").read_text() == "21\n"
    assert (data / "sample" / "1.ans").read_text() == "42\n"
    assert (data / "secret" / "01-big.ans").read_text() == "1000\n"


def test_old_secret_tests_go_and_bad_inputs_are_refused(tmp_path):
    generator = package(tmp_path)
    TestWriter(generator, must_be_a_number).write("secret", "old", "1\n")
    out = TestWriter(generator, must_be_a_number, max_bytes=4)
    assert not (tmp_path / "doubler" / "data" / "secret" / "old.in").exists()
    with pytest.raises(AssertionError, match="not a number"):
        out.write("secret", "words", "ten\n")
    with pytest.raises(ValueError, match="over the 4 allowed"):
        out.write("secret", "huge", "123456\n")
