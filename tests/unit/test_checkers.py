from tui.judging.checkers import check
from tui.packages import CheckerSpec

LINES, EXACT = CheckerSpec("lines"), CheckerSpec("exact")


def test_lines_ignores_trailing_space_crlf_and_trailing_blank_lines():
    assert check(LINES, b"1 2  \r\n3\r\n\r\n\n", b"1 2\n3\n").ok
    assert check(LINES, b"3", b"3\n").ok  # no final newline


def test_lines_counts_every_other_character():
    result = check(LINES, b"1  2\n", b"1 2\n")
    assert not result.ok and result.message == "line 1: expected '1 2', got '1  2'"
    assert not check(LINES, b" 3\n", b"3\n").ok  # leading space counts


def test_lines_reports_missing_and_extra_lines():
    assert check(LINES, b"1\n", b"1\n2\n").message.startswith("output ends after 1 lines")
    assert check(LINES, b"1\n2\n", b"1\n").message == "extra output at line 2: '2'"


def test_exact_compares_bytes():
    assert check(EXACT, b"a\n", b"a\n").ok
    assert not check(EXACT, b"a\r\n", b"a\n").ok
    assert "ends early" in check(EXACT, b"a", b"a\n").message


def test_tokens_ignore_white_space_layout():
    spec = CheckerSpec("tokens")
    assert check(spec, b"1\n2   3", b"1 2 3\n").ok
    assert not check(spec, b"YES", b"yes").ok  # native default: case sensitive
    assert check(CheckerSpec("tokens", case_sensitive=False), b"YES", b"yes").ok


def test_float_tolerance_is_absolute_or_relative():
    spec = CheckerSpec("tokens", float_abs=1e-6, float_rel=1e-6)
    assert check(spec, b"0.3333333", b"0.333333333").ok
    assert check(spec, b"1000000.5", b"1000000.0").ok  # relative
    assert not check(spec, b"0.334", b"0.333333333").ok
    assert not check(spec, b"nan", b"0.5").ok
    assert not check(spec, b"abc", b"0.5").ok
    assert not check(CheckerSpec("tokens"), b"0.3333333", b"0.333333333").ok  # no tolerance: exact tokens


def test_binary_garbage_is_just_wrong():
    result = check(LINES, b"\xff\xfe\x00", b"3\n")
    assert not result.ok and "line 1" in result.message
