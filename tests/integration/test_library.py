"""The shipped library's own test: every package loads, is complete, and
`problems check` proves it against the real engine (references accepted,
submissions as their folders promise)."""

from __future__ import annotations

import threading

import pytest

from tests.conftest import ROOT
from tui import packages
from tui.cli.check import check_one
from tui.judging import Judge

LIBRARY = packages.load_library(ROOT / "problems")
SLUGS = [p.slug for p in LIBRARY.problems]


def test_the_library_loads_whole_and_is_large_enough():
    assert LIBRARY.errors == []
    assert len(SLUGS) >= 30
    assert "bounded-subarrays" in SLUGS


@pytest.mark.parametrize("slug", SLUGS)
def test_package_is_complete(slug):
    problem = packages.load(ROOT / "problems" / slug)
    assert {"python", "cpp", "java"} <= set(problem.solutions)
    assert {"python", "c", "cpp", "java"} <= set(problem.starters)
    assert problem.samples and len(problem.hidden) >= 5
    assert problem.difficulty in ("easy", "medium", "hard") and problem.tags
    for section in ("## Input", "## Output", "## Constraints"):
        assert section in problem.statement, f"{slug}: statement lacks {section}"
    for sample in problem.samples:  # the statement shows each sample (an interactive one: its exchange)
        if problem.interactive:
            exchange = sample.input_path.with_suffix(".interaction").read_text().splitlines()
            assert exchange and all(line[1:] in problem.statement for line in exchange)
        else:
            assert sample.input().decode().strip().splitlines()[0] in problem.statement


def test_the_library_has_interactive_problems():
    interactive = [p.slug for p in LIBRARY.problems if p.interactive]
    assert interactive == ["guess-the-number", "peak-finder"]


def test_the_library_has_a_multi_pass_problem():
    multipass = [p for p in LIBRARY.problems if p.multipass]
    assert [p.slug for p in multipass] == ["bit-relay"]
    assert "--- next pass ---" in multipass[0].statement  # its sample shows both passes


def test_the_library_has_problems_in_the_2025_09_format():
    """Two of our own, written as the 2025-09 spec has them: a name map, a uuid,
    the Markdown statement in statement/, flags in data/test_group.yaml."""
    current = {p.slug: p for p in LIBRARY.problems if p.format == "2025-09"}
    assert sorted(current) == ["average-speed", "bit-relay"]
    assert all(p.uuid for p in current.values())
    assert current["bit-relay"].multipass
    speed = current["average-speed"]
    assert not speed.multipass and speed.checker.float_abs == speed.checker.float_rel == 1e-6
    assert {s.folder for s in speed.submissions} >= {"accepted", "wrong_answer", "rejected"}


@pytest.mark.docker
@pytest.mark.parametrize("slug", SLUGS)
def test_problems_check(docker_sandbox, slug, capsys):
    problem = packages.load(ROOT / "problems" / slug)
    mismatches = check_one(Judge(docker_sandbox, jobs=2, reveal_hidden=True), problem, threading.Event())
    assert mismatches == 0, capsys.readouterr().out
