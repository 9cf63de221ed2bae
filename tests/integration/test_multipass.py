"""Multi-pass problems judged for real in Docker: every pass a fresh
container, its input the nextpass.in the validator (or interactor) wrote,
the limits per pass, the rules' breaches the problem's error (IE).  On
packages of our own: tests/fixtures/kattis-multipass-relay (2023-07),
kattis-interactive-multipass and kattis-legacy-multipass-endless."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT
from tui import languages, packages
from tui.judging import Judge

pytestmark = pytest.mark.docker
RELAY = FIXTURES / "kattis-multipass-relay"
CALLS = FIXTURES / "kattis-interactive-multipass"
ENDLESS = FIXTURES / "kattis-legacy-multipass-endless"


def judge(sandbox, package, code: str, samples_only: bool = False):
    problem = packages.load(package)
    tests = problem.samples if samples_only else None
    return Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get("python"), code, tests=tests)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("package, count", [(RELAY, 4), (CALLS, 2)])
def test_problems_check_proves_the_multi_pass_packages(package, count):
    """Accepted over three passes (one using more CPU in all than the limit,
    less in each pass), wrong in pass 2, too slow in the last pass."""
    done = cli("problems", "check", str(package), "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("✓ submissions/") == len(packages.load(package).submissions) == count
    assert "all verdicts as promised" in done.stdout


def test_each_pass_gets_the_input_the_validator_wrote(docker_sandbox):
    report = judge(docker_sandbox, RELAY, (RELAY / "submissions/wrong_answer/wrong_in_pass_two.py").read_text(), samples_only=True)
    sample = report.tests[0]
    assert sample.verdict == "WA"
    assert [(p.number, p.verdict.value, p.stdin, p.stdout) for p in sample.passes] == [
        (1, "AC", b"5 3\n", b"10\n"),
        (2, "WA", b"10 2\n", b"21\n"),
    ]
    # judgemessage.txt persists over the passes (the validator appends to it), so pass 2's holds both lines.
    assert sample.message == "pass 2: 5 doubled is 10\n10 doubled is 20, not 21"
    assert sample.time_ms == sum(p.time_ms for p in sample.passes)


def test_every_pass_is_a_fresh_container_with_its_own_time_limit(docker_sandbox):
    """A pass that finds what an earlier one left in /tmp would be wrong; the
    0.4 s of CPU each pass uses add up past the 1 s limit, which holds per pass."""
    code = (
        "import os, time\n"
        "x, r = map(int, input().split())\n"
        "leftover = os.path.exists('/tmp/earlier-pass')\n"
        "open('/tmp/earlier-pass', 'w').close()\n"
        "start = time.process_time()\n"
        "while time.process_time() - start < 0.4:\n    pass\n"
        "print(2 * x + leftover)\n"
    )
    report = judge(docker_sandbox, RELAY, code, samples_only=True)
    sample = report.tests[0]
    assert sample.verdict == "AC", sample.message
    assert len(sample.passes) == 3 and all(p.verdict == "AC" and p.time_ms < 1000 for p in sample.passes)
    assert sample.time_ms == sum(p.time_ms for p in sample.passes) > 1000


def test_a_validator_breaking_the_rules_is_the_problems_error(docker_sandbox):
    """Asking for a pass beyond validation_passes (a legacy package's default,
    2), and writing nextpass.in while rejecting: both judge errors (IE)."""
    report = judge(docker_sandbox, ENDLESS, "input()\nprint('ok')\n")
    endless, wrong = report.tests
    assert endless.verdict == "IE" and [p.verdict.value for p in endless.passes] == ["AC", "IE"]
    assert endless.message == "pass 2: the problem's output validator asked for pass 3, but the problem allows 2 (limits.validation_passes)"
    assert [p.stdin for p in endless.passes] == [b"endless 1\n", b"endless 2\n"]
    assert wrong.verdict == "IE" and len(wrong.passes) == 1
    assert wrong.message == "the problem's output validator wrote nextpass.in but exited with code 43, not 42 (pass 1)"


def test_interactive_multi_pass_is_a_conversation_per_pass(docker_sandbox):
    report = judge(docker_sandbox, CALLS, (CALLS / "submissions/wrong_answer/wrong_in_pass_two.py").read_text(), samples_only=True)
    sample = report.tests[0]
    assert sample.verdict == "WA" and [p.verdict.value for p in sample.passes] == ["AC", "WA"]
    assert [p.exchange.chunks for p in sample.passes] == [
        [("interactor", b"3 3\n"), ("program", b"6\n")],
        [("interactor", b"6 2\n"), ("program", b"13\n")],
    ]
    assert sample.message == "pass 2: 3 doubled is 6\n6 doubled is 12, not '13'"


def test_judge_json_has_each_pass_and_hides_a_hidden_tests(docker_sandbox):
    done = cli("judge", str(RELAY), str(RELAY / "submissions/wrong_answer/wrong_in_pass_two.py"), "--json")
    assert done.returncode == 1, done.stderr
    found = json.loads(done.stdout)
    assert found["multi_pass"] is True and found["verdict"] == "WA"
    sample, two_passes, one_pass = found["tests"]
    assert [(p["pass"], p["verdict"], p["stdin"], p["stdout"]) for p in sample["passes"]] == [
        (1, "AC", "5 3\n", "10\n"),
        (2, "WA", "10 2\n", "21\n"),
    ]
    assert sample["time_ms"] == sum(p["time_ms"] for p in sample["passes"])
    assert {"time_ms", "wall_ms", "memory_kb", "exit_code", "signal", "stderr", "message"} <= set(sample["passes"][0])
    # A hidden test says its verdict, time and memory only: not even how many passes it took.
    assert (two_passes["verdict"], two_passes["passes"], one_pass["verdict"], one_pass["passes"]) == ("WA", None, "AC", None)
