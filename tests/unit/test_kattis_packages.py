"""Kattis packages, legacy and 2023-07, open as they are."""

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tui import packages
from tui.judging.checkers import check
from tui.judging.validator import validator_sources
from tui.packages import CheckerSpec, kattis

LEGACY, MODERN, CPP = FIXTURES / "kattis-legacy-pace", FIXTURES / "kattis-2023-divisor", FIXTURES / "kattis-legacy-permutation"


def make(tmp_path: Path, files: dict[str, str], name: str = "pkg") -> Path:
    folder = tmp_path / name
    for path, text in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text)
    return folder


def test_legacy_package_reads_like_problemtools():
    p = packages.load(LEGACY)
    assert (p.title, p.format, p.kattis) == ("Average Pace", "legacy", True)
    # Legacy Kattis keeps no time limit in problem.yaml: the default applies and says so.
    assert p.limits.time_s == 2 and p.time_limit_default
    assert (p.limits.memory_mb, p.limits.output_mb) == (512, 8)
    assert p.checker == CheckerSpec("tokens", case_sensitive=False, float_abs=1e-6, float_rel=1e-6)
    assert p.validator is None
    assert p.tags == ["floating-point", "arithmetic"]  # legacy keywords: space-separated


def test_nested_secret_groups_are_judged_in_path_order():
    p = packages.load(LEGACY)
    assert [t.origin for t in p.tests] == [
        "data/sample/1.in",
        "data/sample/2.in",
        "data/secret/group1/01-one-segment.in",
        "data/secret/group1/02-zero-distance.in",
        "data/secret/group1/03-tiny-speed.in",
        "data/secret/group2/01-large.in",
        "data/secret/group2/02-large-no-time.in",
    ]
    assert [t.hidden for t in p.tests] == [False, False, True, True, True, True, True]


def test_a_group_testdata_yaml_adds_its_flags_to_problem_yamls():
    p = packages.load(LEGACY)
    group1, group2 = p.tests[2], p.tests[5]
    assert group1.checker is None  # the problem's own
    assert group2.checker == CheckerSpec("tokens", case_sensitive=False, float_abs=1e-6, float_rel=1e-5)


def test_submissions_promise_verdicts_and_unrunnable_ones_are_set_aside():
    p = packages.load(LEGACY)
    promised = {s.path.name: s.expected for s in p.submissions}
    assert promised == {
        "Pace.java": ("AC",),
        "pace.cpp": ("AC",),
        "pace.py": ("AC",),
        "pace_scientific.c": ("AC",),
        "Reader.java": ("RE", "MLE"),
        "no_zero_check.py": ("RE", "MLE"),
        "prefix_sums_again.py": ("TLE",),
        "integer_division.py": ("WA",),
        "two_decimals.cpp": ("WA",),
    }
    assert [(path.name, why) for path, why in p.skipped_submissions] == [("pace.swift", "no runner for .swift")]


def test_modern_package_name_map_prefers_english_and_reads_its_limits():
    p = packages.load(MODERN)
    assert (p.title, p.format) == ("Proper Divisor", "2023-07")  # sv is listed first
    assert p.limits.time_s == 2.0 and not p.time_limit_default
    assert p.limits.memory_mb == 256
    assert p.tags == ["number theory", "custom validator"]


def test_modern_output_validator_folder_means_custom_with_its_args():
    p = packages.load(MODERN)
    assert p.checker.kind == "custom"
    assert p.validator == MODERN / "output_validator"
    assert {t.validator_args for t in p.tests} == {("lenient_case",)}
    main, extra = validator_sources(p.validator)
    assert main.name == "validator.py" and extra == {}


def test_legacy_custom_validator_with_a_header_beside_it():
    p = packages.load(CPP)
    assert p.checker.kind == "custom" and p.time_limit_default
    assert p.validator == CPP / "output_validators" / "permutation_validator"
    main, extra = validator_sources(p.validator)
    assert main.name == "validate.cpp" and list(extra) == ["validate.h"]


@pytest.mark.parametrize(
    "files, seconds",
    [
        ({".timelimit": "3.5\n"}, 3.5),  # problemtools/BAPCtools/DOMjudge keep it beside problem.yaml
        ({"domjudge-problem.ini": "name = 'X'\ntimelimit = '1.5'\n"}, 1.5),
        ({".timelimit": "3\n", "problem.yaml": "name: X\nlimits:\n  time_limit: 4\n"}, 4),
    ],
)
def test_time_limit_files(tmp_path, files, seconds):
    p = packages.load(make(tmp_path, {"problem.yaml": "name: X\n", **files}))
    assert p.limits.time_s == seconds and not p.time_limit_default


def test_native_time_limit_wins_and_kattis_memory_defaults_to_problemtools(tmp_path):
    p = packages.load(make(tmp_path, {"problem.yaml": "name: X\ntime_limit: 1\nlimits: {time_limit: 5}\n"}))
    assert p.limits.time_s == 1
    assert p.limits.memory_mb == kattis.KATTIS_DEFAULT_MEMORY_MB == 1024


def test_name_map_without_english_takes_the_first(tmp_path):
    p = packages.load(make(tmp_path, {"problem.yaml": "problem_format_version: 2023-07\nname: {sv: Hej, de: Hallo}\n"}))
    assert p.title == "Hej"


def test_legacy_title_from_problemname(tmp_path):
    folder = make(
        tmp_path,
        {
            "problem.yaml": "source: Somewhere\nlicense: cc by\n",
            "problem_statement/problem.en.tex": "% header\n\\problemname{Ants on a $2 \\times n$ Board}\nText.\n",
        },
    )
    p = packages.load(folder)
    assert p.title == "Ants on a 2 × n Board" and p.kattis


def test_unknown_keys_are_ignored(tmp_path):
    folder = make(
        tmp_path,
        {
            "problem.yaml": (
                "problem_format_version: 2023-07\nname: X\nuuid: 123\ncredits: {authors: [A]}\nembargo_until: 2030-01-01\n"
                "limits: {code: 128, compilation_time: 60, validation_passes: 2, time_multipliers: {ac_to_time_limit: 2}}\n"
                "languages: all\nallow_file_writing: true\nsomething_new: {nested: [1, 2]}\n"
            )
        },
    )
    assert packages.load(folder).title == "X"


def test_legacy_ignores_output_validators_unless_validation_is_custom(tmp_path):
    files = {"output_validators/v/validate.py": "", "data/sample/1.in": "1", "data/sample/1.ans": "1"}
    legacy = packages.load(make(tmp_path, {"problem.yaml": "name: X\n", **files}, "legacy"))
    assert legacy.checker.kind == "tokens" and legacy.validator is None
    modern = packages.load(make(tmp_path, {"problem.yaml": "problem_format_version: 2023-07\nname: X\n", **files}, "modern"))
    assert modern.checker.kind == "custom" and modern.validator.name == "v"
    score = packages.load(make(tmp_path, {"problem.yaml": "name: X\nvalidation: custom score\n", **files}, "score"))
    assert score.checker.kind == "custom"


def test_a_single_file_validator_and_flags_given_as_a_list(tmp_path):
    folder = make(
        tmp_path,
        {
            "problem.yaml": "name: X\nvalidation: custom\nvalidator_flags: strict\n",
            "output_validators/check.py": "",
            "data/secret/testdata.yaml": "output_validator_args: [--mode, 'two words']\n",
            "data/secret/g/1.in": "",
            "data/secret/g/1.ans": "",
            "data/sample/1.in": "",
            "data/sample/1.ans": "",
        },
    )
    p = packages.load(folder)
    assert p.validator == folder / "output_validators"
    assert validator_sources(p.validator)[0].name == "check.py"
    # Groups inherit from their parents; problem.yaml's flags come first.
    assert [t.validator_args for t in p.tests] == [("strict",), ("strict", "--mode", "two words")]


def test_group_flags_are_inherited_until_a_group_sets_its_own(tmp_path):
    folder = make(
        tmp_path,
        {
            "problem.yaml": "name: X\n",
            "data/secret/testdata.yaml": "output_validator_flags: case_sensitive\n",
            "data/secret/a/1.in": "",
            "data/secret/a/1.ans": "",
            "data/secret/b/testdata.yaml": "output_validator_flags: float_absolute_tolerance 0.5\n",
            "data/secret/b/1.in": "",
            "data/secret/b/1.ans": "",
        },
    )
    a, b = packages.load(folder).tests
    assert a.checker == CheckerSpec("tokens", case_sensitive=True)
    assert b.checker == CheckerSpec("tokens", case_sensitive=False, float_abs=0.5)


def test_submission_folders(tmp_path):
    folder = make(
        tmp_path,
        {
            "problem.yaml": "problem_format_version: 2023-07\nname: X\n",
            "submissions/accepted/single/main.py": "print(1)",
            "submissions/accepted/several/main.py": "import util",
            "submissions/accepted/several/util.py": "",
            "submissions/rejected/bad.cpp": "",
            "submissions/brute_force/slow.py": "",
            "submissions/accepted/.hidden.py": "",
        },
    )
    p = packages.load(folder)
    assert [(s.path.relative_to(folder).as_posix(), s.expected) for s in p.submissions] == [
        ("submissions/accepted/several", ("AC",)),  # a folder is one submission of all its files
        ("submissions/accepted/single/main.py", ("AC",)),
        ("submissions/brute_force/slow.py", ("TLE", "RE", "MLE")),
        ("submissions/rejected/bad.cpp", ("WA", "TLE", "RE", "MLE", "OLE")),
    ]
    assert p.skipped_submissions == []


def test_yaml_float_spelling_is_a_number(tmp_path):
    # YAML 1.1 reads 1e-6 as a string; a tolerance written so must still work.
    p = packages.load(make(tmp_path, {"problem.yaml": "title: T\nchecker: tokens\nfloat_tolerance: 1e-6\n"}))
    assert p.checker.float_abs == p.checker.float_rel == 1e-6
    assert check(p.checker, b"0.3333333", b"0.333333333").ok


def test_python2_submissions_are_set_aside(tmp_path):
    # problemtools' rule: a .py file with a python2 #! line is Python 2.
    folder = make(
        tmp_path,
        {
            "problem.yaml": "name: X\n",
            "submissions/accepted/old.py": "#!/usr/bin/env python2\nprint abs(-1)\n",
            "submissions/accepted/new.py": "#!/usr/bin/env python3\nprint(abs(-1))\n",
            "submissions/accepted/plain.py": "print(1)\n",
        },
    )
    p = packages.load(folder)
    assert [s.path.name for s in p.submissions] == ["new.py", "plain.py"]
    assert p.skipped_submissions == [(folder / "submissions/accepted/old.py", "Python 2 (its #! line says so): ProctorX runs Python 3")]


def test_plainproblemname_comment_wins_over_markup(tmp_path):
    folder = make(
        tmp_path,
        {
            "problem.yaml": "license: cc0\n",
            "problem_statement/problem.tex": "%% plainproblemname: CO2 Levels\n\\problemname{CO$_2$ \\emph{Levels}}\n",
        },
    )
    assert packages.load(folder).title == "CO2 Levels"
    (folder / "problem_statement/problem.tex").write_text("\\problemname{CO$_2$ \\emph{Levels}}\n")
    assert packages.load(folder).title == "CO_2 Levels"
