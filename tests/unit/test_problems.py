from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT
from tui import packages
from tui.packages import ProblemError


def make(tmp_path: Path, yaml_text: str, files: dict[str, str] | None = None) -> Path:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "problem.yaml").write_text(yaml_text)
    for name, text in (files or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder


def test_inline_tests_come_first_then_samples_then_secret_by_path(tmp_path):
    folder = make(
        tmp_path,
        'title: T\ntests:\n  - {input: "1\\n", expected: "1\\n"}\n  - {name: named, input: "2", expected: "2", hidden: true}\n',
        {
            "data/sample/2.in": "s2",
            "data/sample/2.ans": "a",
            "data/sample/1.in": "s1",
            "data/sample/1.ans": "a",
            "data/secret/b/1.in": "h3",
            "data/secret/b/1.ans": "a",
            "data/secret/a.in": "h1",
            "data/secret/a.ans": "a",
        },
    )
    p = packages.load(folder)
    assert [t.name for t in p.tests] == ["test 1", "named", "sample 1", "sample 2", "hidden 1", "hidden 2"]
    assert [t.index for t in p.tests] == [1, 2, 3, 4, 5, 6]
    assert [t.hidden for t in p.tests] == [False, True, False, False, True, True]
    assert p.tests[4].input() == b"h1" and p.tests[5].input() == b"h3"


def test_defaults(tmp_path):
    p = packages.load(make(tmp_path, "title: T\n"))
    assert (p.limits.time_s, p.limits.memory_mb, p.limits.output_mb) == (2, 256, 8)
    assert p.checker.kind == "lines" and p.checker.case_sensitive
    assert p.time_limit_default


@pytest.mark.parametrize(
    "yaml_text, files, message",
    [
        ("title: [oops\n", {}, "problem.yaml: line 2, column 1: YAML syntax error"),
        ("difficulty: easy\n", {}, "no title"),
        ("title: T\ntime_limit: -1\n", {}, "`time_limit` must be a positive number, not -1"),
        ("title: T\nmemory_limit: lots\n", {}, "`memory_limit` must be a positive number, not 'lots'"),
        ("title: T\nchecker: fuzzy\n", {}, "unknown checker 'fuzzy'"),
        ("title: T\n", {"data/secret/1.in": "x"}, "1.in: has no answer file: add 1.ans beside it"),
        ("title: T\ntests: [{input: x}]\n", {}, "tests[1] needs both `input` and `expected`"),
        ("- just\n- a list\n", {}, "must be a mapping of keys"),
    ],
)
def test_broken_packages_name_the_file_and_the_fix(tmp_path, yaml_text, files, message):
    with pytest.raises(ProblemError) as info:
        packages.load(make(tmp_path, yaml_text, files))
    assert message in str(info.value)
    assert str(tmp_path) in str(info.value)


def test_a_broken_package_does_not_stop_the_library(tmp_path):
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "problem.yaml").write_text("title: Good\n")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "problem.yaml").write_text("title: [\n")
    library = packages.load_library(tmp_path)
    assert [p.slug for p in library.problems] == ["good"]
    assert len(library.errors) == 1 and "bad/problem.yaml" in str(library.errors[0])


def test_loading_writes_nothing_into_the_package(tmp_path):
    folder = make(tmp_path, "title: T\n", {"data/sample/1.in": "1", "data/sample/1.ans": "1"})
    before = sorted((p, p.stat().st_mtime_ns) for p in folder.rglob("*"))
    packages.load(folder).tests[0].input()
    assert sorted((p, p.stat().st_mtime_ns) for p in folder.rglob("*")) == before


def test_the_seed_problem_ships_with_its_example():
    p = packages.load(ROOT / "problems" / "bounded-subarrays")
    sample = p.samples[0]
    assert sample.input() == b"4\n2 3\n2 1 4 3\n" and sample.expected().strip() == b"3"
    assert {"python", "cpp", "java"} <= set(p.solutions)


def test_fixture_sum():
    p = packages.load(FIXTURES / "sum")
    assert p.title == "Sum" and len(p.tests) == 3 and p.limits.memory_mb == 64
