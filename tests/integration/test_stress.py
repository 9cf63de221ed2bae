"""Stress testing against the real engine: planted bugs found on a shipped
problem with its reference solution as the brute, the CLI's JSON, and each
kind of bad generator or brute reported in one line."""

from __future__ import annotations

import json
import threading

import pytest

from tests.integration.test_cli import proctorx, write
from tui import languages
from tui.judging.reference import Source, reference_source
from tui.judging.stress import StressTest
from tui.judging.stress_results import Status
from tui.packages import find
from tui.resources import problems_dir

PROBLEM = problems_dir() / "bounded-subarrays"
OVERFLOW = PROBLEM / "submissions" / "wrong_answer" / "int_overflow.cpp"
REFERENCE_PY = (PROBLEM / "solutions" / "solution.py").read_text()

# Small inputs mostly; one round in about seven is n = 100000 with every
# period comfortable, whose count (5000050000) overflows 32 bits.
GEN_SOMETIMES_LARGE = """\
import random, sys
r = random.Random(int(sys.argv[1]))
if r.random() < 0.15:
    n, lo, hi = 100000, 0, 10**9
else:
    n = r.randint(1, 8); lo = r.randint(0, 5); hi = r.randint(lo, 8)
print(n)
print(lo, hi)
print(" ".join(str(r.randint(0, 9 if n < 10 else 10**9)) for _ in range(n)))
"""

GEN_SMALL_CPP = """\
#include <bits/stdc++.h>
int main(int argc, char **argv) {
    std::mt19937 r(std::atoi(argv[1]));
    int n = 1 + r() % 8, lo = r() % 6, hi = lo + r() % 4;
    std::printf("%d\\n%d %d\\n", n, lo, hi);
    for (int i = 0; i < n; i++) std::printf("%d ", (int)(r() % 10));
    std::printf("\\n");
}
"""

GEN_SMALL = """\
import random, sys
r = random.Random(int(sys.argv[1]))
n = r.randint(1, 8); lo = r.randint(0, 5); hi = r.randint(lo, 8)
print(n)
print(lo, hi)
print(" ".join(str(r.randint(0, 9)) for _ in range(n)))
"""

# Right, except when there is one reading and it is exactly `left`: about one
# round in eighty of GEN_SMALL.
RARE_WA = REFERENCE_PY.replace(
    '    sys.stdout.write(str(total) + "\\n")',
    '    if n == 1 and int(data[3]) == left:\n        total = 0\n    sys.stdout.write(str(total) + "\\n")',
)


@pytest.fixture(scope="module")
def problem():
    return find(str(PROBLEM))


def source(role: str, code: str, name: str) -> Source:
    return Source(role, languages.for_file(name), code, name)


def stress(sandbox, problem, solution: str, generator: str, runs: int, brute: Source | None = None, gen_name="gen.py", seed=1):
    test = StressTest(
        sandbox,
        problem,
        source("solution", solution, "sol.py"),
        source("generator", generator, gen_name),
        brute or reference_source(problem),
        runs=runs,
        seed=seed,
        jobs=2,
    )
    return test.run(cancel=threading.Event())


# ---- the CLI ------------------------------------------------------------------------
@pytest.mark.docker
def test_cli_json_finds_the_overflow_only_large_inputs_show(tmp_path):
    result = proctorx(
        "stress", str(PROBLEM), str(OVERFLOW), "--generator", write(tmp_path, "gen.py", GEN_SOMETIMES_LARGE), "--seed", "2", "--json"
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert (report["status"], report["verdict"], report["problem"], report["language"]) == ("found", "WA", "bounded-subarrays", "cpp")
    assert report["brute"] == {"file": None, "language": "cpp", "reference": True}
    failure = report["failure"]
    assert failure["round"] > 1 and report["rounds"] == failure["round"] - 1  # the small rounds before it agreed
    assert failure["seed"] == 2 + failure["round"] - 1
    n = int(failure["input"].split()[0])
    assert n == 100000
    assert failure["expected"] == f"{n * (n + 1) // 2}\n"
    assert int(failure["output"]) == (n * (n + 1) // 2 + 2**31) % 2**32 - 2**31  # what a 32-bit int holds
    assert "-5000050000" in failure["diff"] and failure["verdict"] == "WA"
    # The reference is the brute, and never shown: not its code, nor its compiler's output.
    reference_cpp = (PROBLEM / "solutions" / "solution.cpp").read_text()
    assert "lastOk > lastBig" in reference_cpp and "lastOk > lastBig" not in result.stdout + result.stderr
    assert report["compile"]["brute"]["output"] == ""


@pytest.mark.docker
def test_cli_all_rounds_agree_with_a_cpp_generator(tmp_path):
    solution = PROBLEM / "solutions" / "solution.py"
    result = proctorx("stress", "bounded-subarrays", str(solution), "-g", write(tmp_path, "gen.cpp", GEN_SMALL_CPP), "--runs", "6")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All 6 rounds agree (seeds 1–6" in result.stdout


def test_cli_usage_errors_are_one_line(tmp_path):
    solution = str(PROBLEM / "solutions" / "solution.py")
    missing = proctorx("stress", str(PROBLEM), solution, "--generator", str(tmp_path / "nope.py"))
    assert missing.returncode == 2 and missing.stderr.strip() == f"proctorx: {tmp_path / 'nope.py'}: no such file"
    unknown = proctorx("stress", str(PROBLEM), solution, "-g", write(tmp_path, "gen.zig", "pub fn main() void {}"))
    assert unknown.returncode == 2 and "can't tell the language of 'gen.zig'" in unknown.stderr
    assert "Traceback" not in missing.stderr + unknown.stderr
    no_runs = proctorx("stress", str(PROBLEM), solution, "-g", write(tmp_path, "g.py", GEN_SMALL), "--runs", "0")
    assert no_runs.returncode == 2 and no_runs.stderr.strip() == "proctorx: --runs must be at least 1"


# ---- the core, on the shared engine ----------------------------------------------------
@pytest.mark.docker
def test_a_wrong_answer_on_a_rare_case_is_found(docker_sandbox, problem):
    report = stress(docker_sandbox, problem, RARE_WA, GEN_SMALL, runs=600)
    assert report.status is Status.FOUND, report.error
    failure = report.failure
    assert failure.round > 5 and report.rounds == failure.round - 1
    n, left = int(failure.input.split()[0]), int(failure.input.split()[1])
    assert n == 1 and int(failure.input.split()[3]) == left
    assert (failure.expected, failure.result.stdout) == (b"1\n", b"0\n")
    assert failure.result.message == "line 1: expected '1', got '0'"


@pytest.mark.docker
def test_a_crash_that_only_large_inputs_cause_is_found(docker_sandbox, problem):
    crash_big = REFERENCE_PY.replace("    n = int(data[0])\n", "    n = int(data[0])\n    assert n < 1000, 'too big for me'\n")
    report = stress(docker_sandbox, problem, crash_big, GEN_SOMETIMES_LARGE, runs=100)
    assert report.status is Status.FOUND
    assert report.failure.verdict.value == "RE" and b"too big for me" in report.failure.result.stderr
    assert report.failure.expected == b"5000050000\n"  # the brute's answer is still shown


@pytest.mark.docker
@pytest.mark.parametrize(
    ("generator", "says"),
    [
        (
            "import sys\nraise SystemExit('no seed for ' + sys.argv[1])\n",
            "the generator (gen.py) crashed on round 1 (seed 1) (exit code 1): no seed for 1",
        ),
        ("import sys\n", "the generator (gen.py) printed nothing on round 1 (seed 1): it should print one input"),
        (
            "while True:\n    pass\n",
            "the generator (gen.py) ran past its 5 s time limit on round 1 (seed 1) (does it loop, or wait for input?)",
        ),
    ],
    ids=["crashes", "prints-nothing", "loops"],
)
def test_a_generator_that_fails_is_one_line(docker_sandbox, problem, generator, says):
    report = stress(docker_sandbox, problem, REFERENCE_PY, generator, runs=20)
    assert (report.status, report.error, report.failure) == (Status.ERROR, says, None)


@pytest.mark.docker
def test_a_brute_in_another_format_than_the_checkers_is_caught_on_the_samples(docker_sandbox, problem):
    brute = source("brute", "n = int(input())\nprint('answer:', n)\n", "brute.py")
    report = stress(docker_sandbox, problem, REFERENCE_PY, GEN_SMALL, runs=20, brute=brute)
    assert report.status is Status.ERROR and report.rounds == 0
    assert report.error == (
        "the brute (brute.py) fails sample 1: Wrong Answer, line 1: expected '3', got 'answer: 4': a brute must be right to judge by"
    )


@pytest.mark.docker
def test_a_brute_that_crashes_on_a_round_names_it_and_keeps_the_input(docker_sandbox, problem):
    brute_code = REFERENCE_PY.replace("    n = int(data[0])\n", "    n = int(data[0])\n    if n == 7:\n        raise ValueError('seven')\n")
    report = stress(docker_sandbox, problem, REFERENCE_PY, GEN_SMALL, runs=60, brute=source("brute", brute_code, "brute.py"))
    assert report.status is Status.ERROR
    assert (
        report.error
        == f"the brute (brute.py) crashed on round {report.error_round} (seed {report.error_round}) (exit code 1): ValueError: seven"
    )
    assert report.error_input is not None and report.error_input.split()[0] == b"7"
    assert report.rounds == report.error_round - 1


@pytest.mark.docker
def test_a_generator_that_ignores_its_seed_gets_a_note(docker_sandbox, problem):
    report = stress(docker_sandbox, problem, REFERENCE_PY, "print(2)\nprint(1, 3)\nprint(1, 2)\n", runs=4)
    assert report.status is Status.PASSED and report.rounds == 4
    assert report.note == "every round got the same input: does the generator use its seed (its first argument)?"


@pytest.mark.docker
def test_a_solution_too_slow_for_large_inputs_is_found_as_tle(docker_sandbox, problem):
    naive = (PROBLEM / "submissions" / "time_limit_exceeded" / "naive.py").read_text()
    report = stress(docker_sandbox, problem, naive, GEN_SOMETIMES_LARGE, runs=30)
    assert report.status is Status.FOUND and report.failure.verdict.value == "TLE"
    assert report.failure.input.split()[0] == b"100000"
