"""2025-09 packages (Kattis spec/2025-09.md) open beside legacy and 2023-07,
with the keys only 2025-09 has; what it removed is refused with one line."""

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tui import packages
from tui.packages import ProblemError

TWICE = FIXTURES / "kattis-2025-twice"


def test_a_2025_09_package_reads_its_own_keys():
    p = packages.load(TWICE)
    assert (p.title, p.format, p.kattis) == ("Twice", "2025-09", True)  # `name` map: English preferred
    assert p.uuid == "3f1d2c4e-7a5b-4c8e-9d0f-1a2b3c4d5e6f"
    assert p.languages == ("cpp", "python", "pypy")  # python3 is both of our Pythons
    assert p.allow_writing_files is False
    assert p.limits.time_s == 1.0 and not p.time_limit_default
    assert p.time_multipliers == {"ac_to_time_limit": 3.0, "time_limit_to_tle": 2.0}
    assert p.checker.space_change_sensitive  # output_validator_args of data/test_group.yaml
    assert "Given an integer n, print 2n." in p.statement  # statement/problem.en.md
    assert {s.folder: s.expected[0] for s in p.submissions} == {"accepted": "AC", "rejected": "WA", "wrong_answer": "WA"}


def copy(tmp_path: Path, yaml: str) -> Path:
    folder = tmp_path / "twice"
    shutil.copytree(TWICE, folder)
    (folder / "problem.yaml").write_text(yaml)
    return folder


HEAD = "problem_format_version: 2025-09\nname: Twice\nuuid: 3f1d2c4e-7a5b-4c8e-9d0f-1a2b3c4d5e6f\n"


def test_defaults_2025_09_files_are_read_only_and_all_languages(tmp_path):
    p = packages.load(copy(tmp_path, HEAD))
    assert (p.allow_writing_files, p.languages) == (False, None)
    assert p.time_multipliers == {"ac_to_time_limit": 2.0, "time_limit_to_tle": 1.5}
    assert packages.load(copy(tmp_path / "b", HEAD + "allow_writing_files: true\n")).allow_writing_files


def test_older_formats_keep_a_writable_working_folder():
    assert packages.load(FIXTURES / "kattis-2023-divisor").allow_writing_files
    assert packages.load(FIXTURES / "kattis-legacy-pace").allow_writing_files


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        ("validator_flags: float_tolerance 1e-6\n", "put them in data/test_group.yaml"),
        ("keywords: graphs bfs\n", "`keywords` is a list of strings"),
        ("languages: [cobol]\n", "none of the languages this problem allows (cobol)"),
        ("languages: 3\n", "`languages` must be `all` or a list"),
        ("allow_writing_files: maybe\n", "`allow_writing_files` must be true or false"),
        ("limits: {time_multipliers: {ac_to_time_limit: 0.5}}\n", "must be a number of at least 1"),
        ("limits: {time_multipliers: {ac_to_tle: 2}}\n", "unknown key `limits.time_multipliers.ac_to_tle`"),
        ("limits: {time_resolution: -1}\n", "`limits.time_resolution` must be a positive number"),
        ("type: [submit-answer, multi-pass]\n", "can't be both submit-answer and multi-pass"),
        ("type: submit-answer interactive\n", "can't be both submit-answer and interactive"),
        ("type: submit-answer scoring\n", "submit-answer problems that are also scoring are not supported yet"),
    ],
)
def test_what_2025_09_refuses_is_one_line(tmp_path, extra, said):
    with pytest.raises(ProblemError) as caught:
        packages.load(copy(tmp_path, HEAD + extra))
    message = str(caught.value)
    assert said in message and "\n" not in message and "problem.yaml" in message


def test_a_program_in_a_language_the_problem_does_not_allow_is_refused_in_one_line():
    import subprocess
    import sys

    from tests.conftest import ROOT

    source = TWICE / "submissions" / "accepted" / "twice.c"
    done = subprocess.run(
        [sys.executable, "-m", "tui", "judge", str(TWICE), str(source)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "proctorx: kattis-2025-twice may only be solved in cpp, python, pypy (its problem.yaml `languages`), not c"
    ]
    # `problems check` sets it aside and says why, rather than holding it to `accepted`.
    assert (source, "c is not in the problem's `languages`") in packages.load(TWICE).skipped_submissions


@pytest.mark.parametrize(
    ("slowest", "multipliers", "resolution", "limit"),
    [
        (0.7, {"ac_to_time_limit": 2.0}, 0.5, 1.5),  # 1.4 rounded up
        (0.3, {"ac_to_time_limit": 2.0}, 1.0, 1.0),
        (0.15, {"ac_to_time_limit": 2.0}, 0.1, 0.3),  # exactly a multiple: not one step more
        (1.2, {"ac_to_time_limit": 3.0}, 1.0, 4.0),
        (0.0, {}, 0.25, 0.25),  # never 0
    ],
)
def test_a_missing_time_limit_is_derived_as_the_spec_says(slowest, multipliers, resolution, limit):
    from tui.packages.format2025 import derived_time_limit

    assert derived_time_limit(slowest, multipliers, resolution) == limit
