"""`proctorx judge` exactly as shared/spec/cli.md promises, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.integration import programs

SUM = str(FIXTURES / "sum")


def proctorx(*args: str, env: dict | None = None, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def write(tmp_path, name: str, code: str):
    path = tmp_path / name
    path.write_text(code)
    return str(path)


@pytest.mark.docker
def test_json_schema_for_an_accepted_cpp_run(tmp_path):
    result = proctorx("judge", SUM, write(tmp_path, "sum.cpp", programs.AC["cpp"]), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"problem", "language", "compile", "tests", "passed", "total", "verdict"} <= set(report)
    assert (report["problem"], report["language"], report["verdict"]) == ("sum", "cpp", "AC")
    assert report["compile"]["ok"] is True and isinstance(report["compile"]["time_ms"], int)
    assert (report["passed"], report["total"]) == (3, 3)
    first = report["tests"][0]
    assert set(first) >= {
        "index",
        "name",
        "hidden",
        "verdict",
        "time_ms",
        "wall_ms",
        "memory_kb",
        "exit_code",
        "signal",
        "stdout",
        "stderr",
        "message",
    }
    assert first == {
        **first,
        "index": 1,
        "name": "two small ones",
        "hidden": False,
        "verdict": "AC",
        "exit_code": 0,
        "signal": None,
        "stdout": "3\n",
        "stderr": "",
        "message": "",
    }
    hidden = report["tests"][2]
    assert hidden["hidden"] is True
    assert hidden["stdout"] is None and hidden["stderr"] is None and hidden["message"] is None


@pytest.mark.docker
def test_a_hidden_test_says_only_its_verdict_time_and_memory(tmp_path):
    # A program that tries to send out the hidden input through its exit code.
    leak = "import sys\nnumbers = sys.stdin.read().split()\nprint(sum(map(int, numbers)))\nsys.exit(int(numbers[0]) % 256)\n"
    report = json.loads(proctorx("judge", SUM, write(tmp_path, "leak.py", leak), "--json").stdout)
    sample, hidden = report["tests"][1], report["tests"][2]
    assert sample["verdict"] == "RE" and sample["exit_code"] is not None and sample["wall_ms"] is not None
    assert hidden["hidden"] is True and hidden["verdict"] == "RE"
    assert isinstance(hidden["time_ms"], int) and isinstance(hidden["memory_kb"], int) and hidden["memory_kb"] > 0
    assert {key: hidden[key] for key in ("exit_code", "signal", "wall_ms", "stdout", "stderr", "message")} == dict.fromkeys(
        ("exit_code", "signal", "wall_ms", "stdout", "stderr", "message")
    )
    table = proctorx("judge", SUM, write(tmp_path, "leak.py", leak)).stdout
    assert "exit code 1" in table  # the sample's
    assert "249" not in table  # -7 % 256: the hidden test's


@pytest.mark.docker
def test_python_has_no_compile_and_wrong_answer_exits_1(tmp_path):
    result = proctorx("judge", SUM, write(tmp_path, "wa.py", programs.WA["python"]), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["compile"] is None
    assert report["verdict"] == "WA"
    assert report["tests"][0]["message"] == "line 1: expected '3', got '42'"


@pytest.mark.docker
def test_compile_error_is_ce_with_skipped_tests(tmp_path):
    result = proctorx("judge", SUM, write(tmp_path, "bad.c", programs.CE["c"]), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["verdict"] == "CE"
    assert report["compile"]["ok"] is False and "missing_variable" in report["compile"]["output"]
    assert {t["verdict"] for t in report["tests"]} == {"SKIP"}


@pytest.mark.docker
def test_runtime_error_reports_the_signal_name(tmp_path):
    report = json.loads(proctorx("judge", SUM, write(tmp_path, "crash.c", programs.RE["c"]), "--json").stdout)
    assert report["verdict"] == "RE"
    assert report["tests"][0]["signal"] == "SIGSEGV"


@pytest.mark.docker
def test_table_ends_with_the_banner(tmp_path):
    result = proctorx("judge", SUM, write(tmp_path, "sum.py", programs.AC["python"]))
    assert result.returncode == 0
    assert "You have passed 3/3 tests" in result.stdout
    assert "two small ones" in result.stdout


@pytest.mark.docker
def test_lang_flag_overrides_the_extension(tmp_path):
    result = proctorx("judge", SUM, write(tmp_path, "sum.txt", programs.AC["python"]), "--lang", "python", "--json")
    assert json.loads(result.stdout)["verdict"] == "AC"


@pytest.mark.docker
def test_a_slug_is_found_in_the_problems_folder(tmp_path):
    result = proctorx("judge", "sum", write(tmp_path, "sum.py", programs.AC["python"]), "--problems", str(FIXTURES), "--json")
    assert json.loads(result.stdout)["problem"] == "sum"


@pytest.mark.parametrize(
    "args, message",
    [
        (["judge", SUM, "/nonexistent/sol.py"], "no such file"),
        (["judge", SUM, str(FIXTURES / "sum" / "statement.md")], "can't tell the language"),
        (["judge", SUM, str(FIXTURES / "sum" / "statement.md"), "--lang", "cobol"], "unknown language 'cobol'"),
        (["judge", "no-such-problem", str(FIXTURES / "sum" / "statement.md")], "no problem 'no-such-problem'"),
        (["judge", SUM, str(FIXTURES / "sum"), "--lang", "python"], "holds no Python 3 source"),
    ],
)
def test_usage_errors_exit_2_with_one_clear_line(args, message):
    result = proctorx(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_broken_problem_yaml_exits_2_naming_file_and_line(tmp_path):
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "problem.yaml").write_text("title: Broken\ntime_limit: [1, 2\n")
    result = proctorx("judge", str(tmp_path / "broken"), write(tmp_path, "s.py", "print(1)\n"))
    assert result.returncode == 2
    assert "problem.yaml: line 3" in result.stderr and "YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_engine_exits_3_with_the_fix_and_no_fallback(tmp_path):
    result = proctorx("judge", SUM, write(tmp_path, "s.py", "print(1)\n"), "--json", env={"DOCKER_HOST": f"unix://{tmp_path}/nothing.sock"})
    assert result.returncode == 3
    assert result.stdout == ""
    assert "No Docker engine is reachable" in result.stderr and "--sandbox local" in result.stderr
    assert "Traceback" not in result.stderr


def test_doctor_says_what_is_wrong_when_the_engine_is_down(tmp_path):
    result = proctorx("doctor", env={"DOCKER_HOST": f"unix://{tmp_path}/nothing.sock"})
    assert result.returncode == 3
    assert "not reachable" in result.stdout and "start the engine" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.docker
def test_doctor_lists_the_images():
    result = proctorx("doctor")
    assert result.returncode == 0
    for lang in ("python", "c", "cpp", "java"):
        assert f"✓ {lang}" in result.stdout


def test_problems_list_json_has_the_contract_fields():
    result = proctorx("problems", "list", "--problems", str(FIXTURES), "--json")
    assert result.returncode == 0
    rows = {row["slug"]: row for row in json.loads(result.stdout)}
    assert rows["sum"]["samples"] == 2 and rows["sum"]["hidden"] == 1
    assert {"slug", "title", "difficulty", "tags", "solutions"} <= set(rows["sum"])
