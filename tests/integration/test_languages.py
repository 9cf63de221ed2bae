"""Every language beyond the first four (test_verdicts.py has those), judged
for real in Docker: a hello is AC, a wrong line WA, an exit code RE, a syntax
error CE (caught by the compile, or by the check of a language that runs its
source) and a busy loop TLE, on a one-test problem with a one-second limit."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.integration import language_programs as progs
from tui import languages, packages
from tui.judging import Judge
from tui.sandbox.docker import DockerSandbox

pytestmark = pytest.mark.docker
LANGS = sorted(progs.HELLO)


@pytest.fixture(scope="module")
def hello_problem(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hello")
    (folder / "statement.md").write_text("Print `hello world`.\n")
    (folder / "problem.yaml").write_text(
        "title: Hello\ntime_limit: 1\nmemory_limit: 256\noutput_limit: 1\n"
        'tests:\n  - name: hello\n    input: "3\\n"\n    expected: "hello world\\n"\n'
    )
    return packages.load(folder)


@pytest.fixture(scope="module")
def sandbox():
    """One sandbox for the module; every language's image built (a few at once)
    before the first test, so no test waits on another's build."""
    box = DockerSandbox(jobs=2)
    wanted = list(languages.all_languages().values())
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda lang: box.prepare([lang]), wanted))
    yield box
    box.close()


def judge(sandbox, problem, lang, code):
    return Judge(sandbox, jobs=1, reveal_hidden=True).judge(problem, languages.get(lang), code)


def _why(report):
    compile_text = report.compile.output[-400:] if report.compile else ""
    return report.verdict, compile_text, [(t.verdict, t.message, t.stderr[-300:]) for t in report.tests]


@pytest.mark.parametrize("lang", LANGS)
def test_hello_is_accepted(sandbox, hello_problem, lang):
    report = judge(sandbox, hello_problem, lang, progs.HELLO[lang])
    assert report.verdict == "AC", _why(report)


@pytest.mark.parametrize("lang", LANGS)
def test_wrong_line_is_wrong_answer(sandbox, hello_problem, lang):
    report = judge(sandbox, hello_problem, lang, progs.WRONG[lang])
    assert report.verdict == "WA", _why(report)


@pytest.mark.parametrize("lang", LANGS)
def test_exit_code_is_run_time_error(sandbox, hello_problem, lang):
    report = judge(sandbox, hello_problem, lang, progs.CRASH[lang])
    assert report.verdict == "RE", _why(report)


@pytest.mark.parametrize("lang", LANGS)
def test_syntax_error_is_compile_error(sandbox, hello_problem, lang):
    report = judge(sandbox, hello_problem, lang, progs.SYNTAX_ERROR[lang])
    assert report.verdict == "CE", _why(report)
    assert report.compile.output.strip(), "the compiler's or checker's own message is shown"


@pytest.mark.parametrize("lang", LANGS)
def test_busy_loop_is_time_limit_exceeded(sandbox, hello_problem, lang):
    report = judge(sandbox, hello_problem, lang, progs.BUSY[lang])
    assert report.verdict == "TLE", _why(report)


@pytest.mark.parametrize("lang", sorted(languages.all_languages()))
def test_the_starter_reads_its_input_and_runs(sandbox, hello_problem, lang):
    """What the editor opens with compiles and runs cleanly on an input (a
    number): it solves nothing, so it is a wrong answer, not CE or RE."""
    starter = languages.get(lang).starter
    assert starter, f"images/{lang} has no starter"
    report = judge(sandbox, hello_problem, lang, starter)
    assert report.verdict == "WA", _why(report)
