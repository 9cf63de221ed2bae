"""Every verdict in every language, judged for real in Docker."""

from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import FIXTURES, containers_of
from tests.integration import programs
from tui import languages, packages
from tui.judging import Judge
from tui.limits import Limits

pytestmark = pytest.mark.docker
LANGS = ["python", "c", "cpp", "java"]


@pytest.fixture(scope="module")
def sum_problem():
    return packages.load(FIXTURES / "sum")


def judge(sandbox, problem, lang, code):
    return Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get(lang), code)


@pytest.mark.parametrize("lang", LANGS)
def test_accepted_with_real_measurements(docker_sandbox, sum_problem, lang):
    report = judge(docker_sandbox, sum_problem, lang, programs.AC[lang])
    assert report.verdict == "AC", [(t.verdict, t.message, t.stderr) for t in report.tests]
    assert (report.passed, report.total) == (3, 3)
    for test in report.tests:
        assert test.stdout.strip() in (b"3", b"15", b"0")
        assert 0 < test.memory_kb < 64 * 1024
        assert 0 < test.wall_ms < test.time_ms + 10_000  # measured around the run, not a default
    assert (report.compile is None) == (lang == "python")


@pytest.mark.parametrize("lang", LANGS)
def test_wrong_answer_says_where(docker_sandbox, sum_problem, lang):
    report = judge(docker_sandbox, sum_problem, lang, programs.WA[lang])
    assert report.verdict == "WA"
    assert report.tests[0].message == "line 1: expected '3', got '42'"


@pytest.mark.parametrize("lang", LANGS)
def test_busy_loop_is_tle_with_cpu_time_past_the_limit(docker_sandbox, sum_problem, lang):
    report = judge(docker_sandbox, sum_problem, lang, programs.TLE[lang])
    assert {t.verdict for t in report.tests} == {"TLE"}
    # Stopped either for CPU past the limit or, on a busy machine, at the wall deadline.
    limits = sum_problem.limits
    assert all(t.time_ms > 1000 or t.wall_ms >= limits.wall_s * 1000 for t in report.tests)


@pytest.mark.parametrize("lang", LANGS)
def test_memory_hog_is_mle(docker_sandbox, sum_problem, lang):
    report = judge(docker_sandbox, sum_problem, lang, programs.MLE[lang])
    assert {t.verdict for t in report.tests} == {"MLE"}, [(t.verdict, t.message, t.stderr[-200:]) for t in report.tests]


@pytest.mark.parametrize("lang", LANGS)
def test_crash_is_runtime_error(docker_sandbox, sum_problem, lang):
    report = judge(docker_sandbox, sum_problem, lang, programs.RE[lang])
    test = report.tests[0]
    assert test.verdict == "RE"
    expected = {"python": (3, None), "c": (None, "SIGSEGV"), "cpp": (None, "SIGABRT"), "java": (1, None)}[lang]
    assert (test.exit_code, test.signal) == expected
    if lang == "java":
        assert b"IllegalStateException: boom" in test.stderr
    if test.signal:
        assert test.label == f"Runtime Error ({test.signal})"


@pytest.mark.parametrize("lang", LANGS)
def test_output_flood_is_ole_and_bounded(docker_sandbox, sum_problem, lang):
    report = judge(docker_sandbox, sum_problem, lang, programs.OLE[lang])
    assert {t.verdict for t in report.tests} == {"OLE"}
    assert all(len(t.stdout) <= sum_problem.limits.output_bytes for t in report.tests)


@pytest.mark.parametrize("lang", LANGS)
def test_compile_error_skips_every_test(docker_sandbox, sum_problem, lang):
    """A Python syntax error too: py_compile checks it first, as in Kattis
    and DOMjudge, rather than every test crashing on it."""
    report = judge(docker_sandbox, sum_problem, lang, programs.CE[lang])
    assert report.verdict == "CE"
    assert not report.compile.ok
    assert {t.verdict for t in report.tests} == {"SKIP"}
    source = languages.get(lang).source_name(programs.CE[lang])
    where = f'"{source}", line 1' if lang == "python" else f"{source}:1:"
    assert where in report.compile.output  # the compiler's own message, with the line


def test_java_file_is_named_after_its_public_class(docker_sandbox, sum_problem):
    report = judge(docker_sandbox, sum_problem, "java", programs.AC["java"])
    assert "public class SumList" in programs.AC["java"]
    assert report.verdict == "AC"


def test_no_container_remains(docker_sandbox, sum_problem):
    judge(docker_sandbox, sum_problem, "python", programs.AC["python"])
    judge(docker_sandbox, sum_problem, "python", programs.TLE["python"])
    docker_sandbox.wait_removals()
    assert containers_of(docker_sandbox) == []


def test_a_compile_past_its_limit_is_stopped_and_said(docker_sandbox, sum_problem):
    """The real limit is 30 s of CPU; a tenth of a second is past any g++ run
    here, so the compile is stopped the same way a runaway one would be."""
    cpp = dataclasses.replace(languages.get("cpp"), compile_limits=Limits(time_s=0.1, memory_mb=1024, output_mb=64))
    report = Judge(docker_sandbox, jobs=2).judge(sum_problem, cpp, programs.AC["cpp"])
    assert report.verdict == "CE"
    assert {t.verdict for t in report.tests} == {"SKIP"}
    assert "Compilation was stopped: it used more than 0.1 s of CPU time" in report.compile.output


def test_a_compile_that_eats_memory_is_a_compile_error(docker_sandbox, sum_problem):
    """gcc reading /dev/zero as a header grows until the compile's memory
    limit stops it (a limit lowered here so that comes in a second)."""
    c = dataclasses.replace(languages.get("c"), compile_limits=Limits(time_s=30, memory_mb=96, output_mb=64))
    report = Judge(docker_sandbox, jobs=2).judge(sum_problem, c, '#include "/dev/zero"\nint main(void) { return 0; }\n')
    assert report.verdict == "CE"
    assert "Compilation was stopped: it used more than 96 MB of memory" in report.compile.output
