"""Every language beyond the first four, judged for real in Docker: a hello is
AC on a one-test problem of our own.  (The WA/RE/CE/TLE cases of issue 18
item 4 are still to come.)"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.integration import language_programs as progs
from tui import languages, packages
from tui.judging import Judge
from tui.sandbox.docker import DockerSandbox

pytestmark = pytest.mark.docker
LANGS = sorted(lang for lang in progs.HELLO if lang in languages.all_languages())


@pytest.fixture(scope="module")
def hello_problem(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hello")
    (folder / "statement.md").write_text("Print `hello world`.\n")
    (folder / "problem.yaml").write_text(
        "title: Hello\ntime_limit: 1\nmemory_limit: 256\noutput_limit: 1\n"
        'tests:\n  - name: hello\n    input: ""\n    expected: "hello world\\n"\n'
    )
    return packages.load(folder)


@pytest.fixture(scope="module")
def sandbox():
    """One sandbox for the module; every language's image built (a few at once)
    before the first test, so no test waits on another's build."""
    box = DockerSandbox(jobs=2)
    wanted = [languages.get(lang) for lang in LANGS]
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
