"""`problems check` holds each submission to what the package states, for
real in Docker: a DOMjudge @EXPECTED_RESULTS@ tag in the file, else the
rules of submissions/submissions.yaml (per test group too), else its folder;
each line says which, and so does --json."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.integration.test_cli import proctorx

pytestmark = pytest.mark.docker

RULES = FIXTURES / "expect-2025-rules"


def check(folder: Path, *more: str) -> subprocess.CompletedProcess:
    return proctorx("problems", "check", str(folder), "--jobs", "2", *more)


def line_of(text: str, path: str) -> str:
    return next(line for line in text.splitlines() if f" submissions/{path}:" in line)


def test_every_submission_meets_what_it_is_held_to_and_says_which_rule():
    done = check(RULES)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert line_of(out, "accepted/add.py").endswith("; held to submissions.yaml: accepted/*.py (and folder accepted/)")
    assert "✓ submissions/accepted/tag_beats_folder.py: RE (" in out
    assert line_of(out, "accepted/tag_beats_folder.py").endswith("; held to @EXPECTED_RESULTS@: RUN-ERROR")
    assert "✓ submissions/multiple/tagged.py: WA (" in out
    assert line_of(out, "multiple/tagged.py").endswith("; held to @EXPECTED_RESULTS@: WRONG-ANSWER,TIMELIMIT")
    assert "✓ submissions/other/crash.py: RE (" in out
    # TLE on the hard case only, as its per-group rules want.
    assert "✓ submissions/time_limit_exceeded/slow.py: TLE, still with the limit × time_limit_to_tle (1.5 s) (" in out
    # WA on one test and a crash on another: what the overridden folder rule permits.
    assert line_of(out, "wrong_answer/negative_crash.py").endswith(
        "; held to submissions.yaml: wrong_answer (overriding folder wrong_answer/'s default)"
    )
    assert "- submissions/check_manually/manual.py: not judged (@EXPECTED_RESULTS@ says CHECK-MANUALLY, which ProctorX can't check)" in out
    assert "ignored.py" not in out
    assert "1 package(s) checked: all verdicts as promised" in out


def test_a_broken_rule_fails_the_check_and_json_says_what_each_was_held_to(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    submissions = folder / "submissions"
    # The slow one must now pass the hard case too, and the tagged one must be accepted.
    yaml = (
        (submissions / "submissions.yaml")
        .read_text()
        .replace("  secret/*-hard:\n    required: [TLE]\n", "  secret/*-hard:\n    permitted: [AC]\n")
    )
    (submissions / "submissions.yaml").write_text(yaml)
    tagged = submissions / "multiple" / "tagged.py"
    tagged.write_text(tagged.read_text().replace("WRONG-ANSWER,TIMELIMIT", "CORRECT"))
    for name in ("accepted", "other", "wrong_answer", "check_manually"):
        shutil.rmtree(submissions / name)
    done = check(folder, "--json")
    assert done.returncode == 1, done.stdout + done.stderr
    text = done.stderr
    assert (
        "✗ submissions/time_limit_exceeded/slow.py: TLE, held to submissions.yaml: time_limit_exceeded/slow.py (and folder time_limit_exceeded/), which it breaks:"
        in text
    )
    assert "    time_limit_exceeded/slow.py on secret/*-hard: test secret/02-hard got TLE, permitted only AC" in text
    assert "✗ submissions/multiple/tagged.py: got WA, expected AC on data/sample/1.in: " in text
    assert line_of(text, "multiple/tagged.py").endswith("; held to @EXPECTED_RESULTS@: CORRECT")
    found = json.loads(done.stdout)
    assert found["ok"] is False
    programs = {p["path"]: p for p in found["packages"][0]["programs"]}
    slow = programs["submissions/time_limit_exceeded/slow.py"]
    assert slow["held_to"] == "submissions.yaml: time_limit_exceeded/slow.py (and folder time_limit_exceeded/)"
    assert (slow["verdict"], slow["ok"]) == ("TLE", False)
    assert slow["problems"] == ["time_limit_exceeded/slow.py on secret/*-hard: test secret/02-hard got TLE, permitted only AC"]
    tag = programs["submissions/multiple/tagged.py"]
    assert (tag["held_to"], tag["expected"], tag["verdict"], tag["ok"]) == ("@EXPECTED_RESULTS@: CORRECT", ["AC"], "WA", False)
