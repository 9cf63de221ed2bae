"""Kattis packages judged for real in Docker: their own submissions get the
verdicts their folders promise, and custom output validators follow the Kattis
protocol (compiled once, 42/43, judgemessage.txt shown, a broken validator is an
internal error that says why)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT
from tui import languages, packages
from tui.judging import Judge

pytestmark = pytest.mark.docker
PACKAGES = ["kattis-legacy-pace", "kattis-2023-divisor", "kattis-legacy-permutation"]


def proctorx(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("package", PACKAGES)
def test_problems_check_proves_each_package(package):
    done = proctorx("problems", "check", f"tests/fixtures/{package}", "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    promised = packages.load(FIXTURES / package).submissions
    assert done.stdout.count("✓ submissions/") == len(promised)
    assert "1 package(s) checked: all verdicts as promised" in done.stdout


def judge_json(package: str, submission: str) -> dict:
    done = proctorx("judge", f"tests/fixtures/{package}", f"tests/fixtures/{package}/submissions/{submission}", "--json", "--jobs", "2")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_judge_json_shows_the_validators_judgemessage():
    report = judge_json("kattis-2023-divisor", "wrong_answer/itself.py")
    assert report["verdict"] == "WA"
    first, second = report["tests"][:2]
    assert (first["verdict"], first["message"]) == ("WA", "12 is not between 1 and 12 (exclusive)")
    assert (second["verdict"], second["message"]) == ("WA", "13 is not between 1 and 13 (exclusive)")
    assert all(t["message"] is None for t in report["tests"] if t["hidden"])  # hidden tests keep their secrets


def test_judge_json_default_validator_float_and_case():
    report = judge_json("kattis-legacy-pace", "accepted/Pace.java")  # prints IMPOSSIBLE, %.8f
    assert report["verdict"] == "AC" and report["passed"] == report["total"] == 7
    report = judge_json("kattis-legacy-pace", "wrong_answer/two_decimals.cpp")
    assert report["verdict"] == "WA"
    assert report["tests"][0]["message"].startswith("token 1 (line 1): expected '4.096385542', got '4.10': off by 0.00361")


# ---- custom validators in process, on the session's sandbox -------------------------
class CountingSandbox:
    """The real sandbox, counting compiles by what they compile."""

    def __init__(self, inner) -> None:
        self.inner, self.compiled, self.sources = inner, [], []

    def compile(self, language, code, cancel=None, extra_files=None, main=None):
        self.compiled.append((language.id, sorted(extra_files or {})))
        self.sources.append(code)
        return self.inner.compile(language, code, cancel, extra_files)

    def __getattr__(self, name):
        return getattr(self.inner, name)


CPP_SOLUTION = (
    '#include <cstdio>\nint main(){int n;std::scanf("%d",&n);if(n==2||n==3){std::puts("NO SOLUTION");return 0;}\n'
    'for(int v=2;v<=n;v+=2)std::printf("%d ",v);for(int v=1;v<=n;v+=2)std::printf("%d ",v);std::puts("");}\n'
)


def test_the_validator_is_compiled_once_for_every_submission(docker_sandbox):
    problem = packages.load(FIXTURES / "kattis-legacy-permutation")
    sandbox = CountingSandbox(docker_sandbox)
    judge = Judge(sandbox, jobs=2, reveal_hidden=True)
    first = judge.judge(problem, languages.get("cpp"), CPP_SOLUTION)
    second = judge.judge(problem, languages.get("python"), "print(*range(1, int(input()) + 1))\n")
    assert first.verdict == "AC", [(t.verdict, t.message) for t in first.tests]
    assert second.verdict == "WA" and second.tests[0].message == "neighbours 1 and 2 (positions 1 and 2) differ by one"
    validator_compiles = [c for c in sandbox.compiled if "validate.h" in c[1]]
    assert validator_compiles == [("cpp", ["validate.h"])]


def test_the_solution_is_compiled_once_for_all_its_tests(docker_sandbox):
    """Compile once, then one container per test: the README's claim, with
    the compiles counted (a judge compiling per test would still pass every
    verdict test)."""
    problem = packages.load(FIXTURES / "kattis-legacy-permutation")
    sandbox = CountingSandbox(docker_sandbox)
    report = Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get("cpp"), CPP_SOLUTION)
    assert report.verdict == "AC" and report.total == len(problem.tests) > 2
    assert sandbox.sources.count(CPP_SOLUTION) == 1


def test_garbage_output_meets_a_cpp_validator(docker_sandbox):
    problem = packages.load(FIXTURES / "kattis-legacy-permutation")
    garbage = "import sys\nsys.stdout.buffer.write(bytes(range(256)) * 40)\n"
    report = Judge(docker_sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get("python"), garbage, tests=problem.tests[:2])
    assert [t.verdict for t in report.tests] == ["WA", "WA"]
    assert report.tests[0].message.startswith("expected a number, got")
    assert report.tests[1].message == "n = 3 has no spaced permutation: expected NO SOLUTION"


def with_validator(tmp_path: Path, files: dict[str, str]) -> packages.Problem:
    """The divisor package with its validator replaced."""
    folder = tmp_path / "divisor"
    shutil.copytree(FIXTURES / "kattis-2023-divisor", folder, ignore=shutil.ignore_patterns("submissions"))
    shutil.rmtree(folder / "output_validator")
    for name, text in files.items():
        (folder / "output_validator" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "output_validator" / name).write_text(text)
    return packages.load(folder)


SMALLEST = "from math import isqrt\nn = int(input())\nprint(next((d for d in range(2, isqrt(n) + 1) if n % d == 0), 'none'))\n"


def judge_first(sandbox, problem) -> tuple[str, str]:
    report = Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get("python"), SMALLEST, tests=problem.tests[:1])
    return report.tests[0].verdict, report.tests[0].message


@pytest.mark.parametrize(
    "files, message",
    [
        (
            {"validator.py": "import sys\nn = 1 / 0\n"},
            "the problem's output validator crashed (exit code 1; 42 means accepted, 43 wrong answer): ZeroDivisionError: division by zero",
        ),
        (
            {"validator.py": "print('all good')\n"},
            "the problem's output validator exited with code 0, not 42 (accepted) or 43 (wrong answer): all good",
        ),
        ({"validate.cpp": "#include <cstdlib>\nint main(){std::abort();}\n"}, "the problem's output validator was killed by SIGABRT"),
        (
            {
                "validate.cpp": '#include "validate.h"\nint main(int c,char**v){validate::init(c,v);validate::judge_error("answer file has %d tokens", 0);}\n',
                "validate.h": (FIXTURES / "kattis-legacy-permutation/output_validators/permutation_validator/validate.h").read_text(),
            },
            "the problem's output validator crashed (exit code 1; 42 means accepted, 43 wrong answer): answer file has 0 tokens",
        ),
    ],
)
def test_a_broken_validator_is_an_internal_error_that_says_why(docker_sandbox, tmp_path, files, message):
    verdict, said = judge_first(docker_sandbox, with_validator(tmp_path, files))
    assert (verdict, said) == ("IE", message)
    assert "Traceback" not in said


def test_a_validator_that_does_not_compile(docker_sandbox, tmp_path):
    verdict, said = judge_first(docker_sandbox, with_validator(tmp_path, {"validate.cpp": "int main( {\n"}))
    assert verdict == "IE"
    assert said.startswith("the problem's output validator can't be used: validate.cpp doesn't compile:")
    assert "error" in said


def test_validator_args_and_feedback_reach_the_validator(docker_sandbox, tmp_path):
    echo = (
        "import sys\n"
        "open(sys.argv[3] + 'judgemessage.txt', 'w').write(' '.join(sys.argv[4:]) + ' | ' + open(sys.argv[2]).read().strip()"
        " + ' | ' + sys.stdin.read().strip())\n"
        "sys.exit(43)\n"
    )
    verdict, said = judge_first(docker_sandbox, with_validator(tmp_path, {"validator.py": echo}))
    assert (verdict, said) == ("WA", "lenient_case | 2 | 2")
