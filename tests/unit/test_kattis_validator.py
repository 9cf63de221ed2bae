"""The checkers against the Kattis default output validator's documented
behaviour (problemtools' default_validator and the 2023-07 specification):
tokens split on white space, case-insensitive unless case_sensitive,
space_change_sensitive, and float_absolute_tolerance / float_relative_tolerance /
float_tolerance, either tolerance sufficing."""

from pathlib import Path

import pytest

from tui import packages
from tui.judging.checkers import check
from tui.judging.validator import validator_sources


def spec_for(tmp_path: Path, flags: str = ""):
    """The checker a Kattis package with these validator_flags gets."""
    folder = tmp_path / "pkg"
    folder.mkdir(exist_ok=True)
    (folder / "problem.yaml").write_text(f"name: Flags\nvalidator_flags: {flags!r}\n")
    return packages.load(folder).checker


def ok(spec, output: bytes, answer: bytes) -> bool:
    return check(spec, output, answer).ok


# ---- tokens and white space -------------------------------------------------
def test_white_space_only_separates_tokens(tmp_path):
    spec = spec_for(tmp_path)
    assert ok(spec, b"  1\t2\n\n3 \r\n", b"1 2 3\n")
    assert ok(spec, b"1 2 3", b"1\n2\n3\n")  # no final newline needed
    assert ok(spec, b"\x0b1\x0c2", b"1 2")  # \v and \f are white space too


def test_token_count_must_match(tmp_path):
    spec = spec_for(tmp_path)
    result = check(spec, b"1 2", b"1 2 3\n")
    assert not result.ok and result.message == "output ends after 2 tokens; expected 3 (next: '3')"
    result = check(spec, b"1 2 3\n4\n", b"1 2 3\n")
    assert not result.ok and result.message == "extra output: token 4 (line 2) is '4'"
    assert not ok(spec, b"", b"0\n")
    assert ok(spec, b"\n\n", b"")


# ---- case ---------------------------------------------------------------------
def test_kattis_packages_compare_words_case_insensitively(tmp_path):
    spec = spec_for(tmp_path)
    assert not spec.case_sensitive
    assert ok(spec, b"yes\nImPossible\n", b"YES\nimpossible\n")
    result = check(spec, b"yes\nno\n", b"YES\nYES\n")
    assert not result.ok and result.message == "token 2 (line 2): expected 'YES', got 'no'"


def test_case_sensitive_flag(tmp_path):
    spec = spec_for(tmp_path, "case_sensitive")
    assert spec.case_sensitive
    assert ok(spec, b"YES", b"YES")
    assert not ok(spec, b"yes", b"YES")


def test_only_ascii_letters_fold(tmp_path):
    spec = spec_for(tmp_path)
    assert not ok(spec, "ÄPPLE".encode(), "äpple".encode())  # bytes, as problemtools compares them


# ---- space_change_sensitive ---------------------------------------------------
@pytest.mark.parametrize(
    "output, verdict",
    [
        (b"1 2\n3\n", True),
        (b"1  2\n3\n", False),  # two spaces for one
        (b"1\t2\n3\n", False),  # a tab for a space
        (b"1 2 3\n", False),  # a space for a newline
        (b"1 2\n3", False),  # the final newline is missing
        (b"1 2\n3\n\n", False),  # an extra trailing newline
        (b" 1 2\n3\n", False),  # leading white space
        (b"1 2\r\n3\r\n", False),  # \r\n is not \n
    ],
)
def test_space_change_sensitive_compares_every_run_of_white_space(tmp_path, output, verdict):
    spec = spec_for(tmp_path, "space_change_sensitive")
    assert ok(spec, output, b"1 2\n3\n") is verdict


def test_space_change_sensitive_says_where(tmp_path):
    spec = spec_for(tmp_path, "space_change_sensitive")
    assert check(spec, b"1 2 3\n", b"1 2\n3\n").message == "white space differs before token 3 (line 1): expected '\\n', got ' '"
    assert check(spec, b"1 2\n3", b"1 2\n3\n").message == "white space differs at the end of the output (line 2): expected '\\n', got ''"


def test_space_change_sensitive_still_folds_case_and_allows_tolerance(tmp_path):
    spec = spec_for(tmp_path, "space_change_sensitive float_tolerance 1e-3")
    assert ok(spec, b"Yes 1.0004\n", b"YES 1\n")
    assert not ok(spec, b"Yes  1.0004\n", b"YES 1\n")


# ---- floating point ---------------------------------------------------------------
def test_without_a_tolerance_numbers_are_words(tmp_path):
    spec = spec_for(tmp_path)
    assert ok(spec, b"3.14", b"3.14")
    assert not ok(spec, b"3.140", b"3.14")
    assert not ok(spec, b"1.0", b"1")
    assert not ok(spec, b"2.0e2", b"200")


def test_float_tolerance_sets_both(tmp_path):
    spec = spec_for(tmp_path, "float_tolerance 1e-6")
    assert spec.float_abs == spec.float_rel == 1e-6
    assert ok(spec, b"0.0000005", b"0")  # absolute: 5e-7 from 0
    assert ok(spec, b"1000000.5", b"1000000")  # relative: 0.5 is 5e-7 of a million
    assert not ok(spec, b"0.0000015", b"0")


def test_absolute_tolerance_alone(tmp_path):
    spec = spec_for(tmp_path, "float_absolute_tolerance 0.5")
    assert (spec.float_abs, spec.float_rel) == (0.5, None)
    assert ok(spec, b"1.5", b"1")  # |s - a| <= eps: the bound itself is accepted
    assert not ok(spec, b"1.5000001", b"1")
    assert not ok(spec, b"1000.6", b"1000")  # no relative tolerance to fall back on


def test_relative_tolerance_alone_is_relative_to_the_answer(tmp_path):
    spec = spec_for(tmp_path, "float_relative_tolerance 0.1")
    assert (spec.float_abs, spec.float_rel) == (None, 0.1)
    assert ok(spec, b"110", b"100")  # 10 <= 0.1 * 100
    assert not ok(spec, b"111", b"100")  # 11 > 0.1 * 100, though 11 <= 0.1 * 111
    assert not ok(spec, b"0.01", b"0")  # relative to 0 is nothing


def test_either_tolerance_suffices(tmp_path):
    spec = spec_for(tmp_path, "float_absolute_tolerance 1e-3 float_relative_tolerance 1e-6")
    assert ok(spec, b"0.0009", b"0")  # absolute only
    assert ok(spec, b"1000000.9", b"1000000")  # relative only
    assert not ok(spec, b"1000002", b"1000000")  # neither


def test_later_flags_override_earlier_ones_like_problemtools_argv(tmp_path):
    spec = spec_for(tmp_path, "float_tolerance 1e-6 float_relative_tolerance 1e-2")
    assert (spec.float_abs, spec.float_rel) == (1e-6, 1e-2)


def test_zero_tolerance_compares_numbers_by_value(tmp_path):
    spec = spec_for(tmp_path, "float_tolerance 0")
    assert ok(spec, b"2.0e2 0.50", b"200 .5")
    assert not ok(spec, b"200.0000001", b"200")


def test_with_a_tolerance_any_spelling_of_the_number_counts(tmp_path):
    # "if a token in the answer file says 0.0314, a token of 3.14000000e-2 is accepted";
    # 2023-07: exact integers are parsed as floating point too.
    spec = spec_for(tmp_path, "float_tolerance 1e-9")
    assert ok(spec, b"3.14000000e-2", b"0.0314")
    assert ok(spec, b"2.0e2 +7 -0.0", b"200 7. 0")


def test_a_number_in_the_answer_needs_a_number_in_the_output(tmp_path):
    spec = spec_for(tmp_path, "float_tolerance 1e-6")
    result = check(spec, b"about3", b"3")
    assert not result.ok and result.message == "token 1 (line 1): expected a number like '3', got 'about3'"
    for output in (b"nan", b"inf", b"0x3p0", b"3,0", b"1_0"):
        assert not ok(spec, output, b"3"), output


def test_words_in_a_float_problem_are_still_words(tmp_path):
    spec = spec_for(tmp_path, "float_tolerance 1e-6")
    assert ok(spec, b"IMPOSSIBLE", b"impossible")
    assert not ok(spec, b"0", b"impossible")
    assert ok(spec, b"nan", b"NaN")  # not a number to the validator: a word, matched as one


def test_a_float_wrong_answer_says_by_how_much(tmp_path):
    spec = spec_for(tmp_path, "float_tolerance 1e-6")
    message = check(spec, b"4.10\n", b"4.096385542\n").message
    assert (
        message
        == "token 1 (line 1): expected '4.096385542', got '4.10': off by 0.00361, more than the absolute error 1e-06 or relative error 1e-06 allowed"
    )


def test_garbage_output_is_just_wrong(tmp_path):
    spec = spec_for(tmp_path, "float_tolerance 1e-6")
    result = check(spec, b"\xff\xfe\x00\x80 \x1b[2J", b"4.5\n")
    assert not result.ok and result.message.startswith("token 1 (line 1): expected a number like '4.5', got ")
    assert not check(spec_for(tmp_path), b"\x00" * 100_000, b"1\n").ok


# ---- which file is the validator's main source ------------------------------------
def test_validator_sources_pick_the_main_file(tmp_path):
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "util.cpp").write_text("int helper() { return 1; }\n")
    (folder / "judge.cpp").write_text('#include "validate.h"\nint main() {}\n')
    (folder / "validate.h").write_text("#pragma once\n")
    (folder / "README.md").write_text("notes")
    main, extra = validator_sources(folder)
    assert main.name == "judge.cpp"  # the one defining main()
    assert sorted(extra) == ["README.md", "util.cpp", "validate.h"]
    (folder / "validate.cpp").write_text("int main() {}\n")
    assert validator_sources(folder)[0].name == "validate.cpp"  # the conventional name first


def test_validator_sources_python_package(tmp_path):
    folder = tmp_path / "v"
    (folder / "lib").mkdir(parents=True)
    (folder / "__main__.py").write_text("import checks\n")
    (folder / "checks.py").write_text("")
    (folder / "lib" / "data.txt").write_text("x")
    main, extra = validator_sources(folder)
    assert main.name == "__main__.py" and sorted(extra) == ["checks.py", "lib/data.txt"]


def test_validator_sources_refuse_what_cant_be_built(tmp_path):
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "README").write_text("no program here\n")
    with pytest.raises(ValueError, match="holds no validator source"):
        validator_sources(folder)
    with pytest.raises(ValueError, match="no output validator"):
        validator_sources(None)
