"""How a language's program is found and started, judged for real in Docker:
Java's package lines and main classes, compiler output that floods, threads
within the limits."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tui import languages, packages
from tui.judging import Judge
from tui.sandbox.base import COMPILER_OUTPUT_CHARS

pytestmark = pytest.mark.docker

JAVA_SUM_BODY = (
    "  public static void main(String[] a) {\n"
    "    java.util.Scanner in = new java.util.Scanner(System.in); long s = 0;\n"
    "    while (in.hasNextLong()) s += in.nextLong();\n"
    "    System.out.println(s);\n  }\n"
)


@pytest.fixture(scope="module")
def sum_problem():
    return packages.load(FIXTURES / "sum")


def judge(sandbox, problem, lang, code):
    return Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, languages.get(lang), code)


def test_java_in_a_package_runs(docker_sandbox, sum_problem):
    code = "package se.kth.lab3;\n\npublic class Sum {\n" + JAVA_SUM_BODY + "}\n"
    report = judge(docker_sandbox, sum_problem, "java", code)
    assert report.verdict == "AC", [(t.verdict, t.stderr) for t in report.tests]


def test_java_starts_the_class_that_declares_main(docker_sandbox, sum_problem):
    """No public class: the file is Main.java, but main is in Solver, after
    a helper class (and a nested one) that don't have it."""
    code = (
        "class Helper { static int one() { return 1; } }\n"
        "class Solver {\n  static class Reader { /* void main( */ }\n" + JAVA_SUM_BODY + "}\n"
    )
    report = judge(docker_sandbox, sum_problem, "java", code)
    assert report.verdict == "AC", [(t.verdict, t.stderr) for t in report.tests]


def test_java_without_main_is_a_compile_error_that_says_so(docker_sandbox, sum_problem):
    report = judge(docker_sandbox, sum_problem, "java", "public class Sum { static void helper() {} }\n")
    assert report.verdict == "CE"
    assert "no class declares `public static void main(String[] args)`" in report.compile.output


def test_a_flood_of_compiler_messages_is_cut_for_reading(docker_sandbox, sum_problem):
    """Thousands of warnings and then an error: the verdict is CE, and what
    is shown is the first of them, cut where it says."""
    code = "".join(f'#warning "warning number {i} of many, each one a long line to read"\n' for i in range(4000))
    report = judge(docker_sandbox, sum_problem, "c", code + "int main(void) { return nope; }\n")
    assert report.verdict == "CE"
    assert report.compile.output.startswith("solution.c:1:2: warning: #warning")
    assert len(report.compile.output) < COMPILER_OUTPUT_CHARS + 200
    assert report.compile.output.endswith("characters of compiler output cut)")


THREADS_CPP = """#include <iostream>
#include <thread>
#include <vector>
int main() {
    long long parts[8] = {0}, x, total = 0;
    std::vector<long long> input;
    while (std::cin >> x) input.push_back(x);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; t++)
        threads.emplace_back([&, t] { for (size_t i = t; i < input.size(); i += 8) parts[t] += input[i]; });
    for (auto &th : threads) th.join();
    for (long long p : parts) total += p;
    std::cout << total << "\\n";
}
"""


def test_threads_run_within_the_limits(docker_sandbox, sum_problem):
    """Eight threads in C++ (statically linked with pthreads) and a thread
    pool in Java: each adds its share, within the pids limit."""
    assert judge(docker_sandbox, sum_problem, "cpp", THREADS_CPP).verdict == "AC"
    java = (
        "import java.util.concurrent.*;\nimport java.util.*;\npublic class Pool {\n"
        "  public static void main(String[] a) throws Exception {\n"
        "    Scanner in = new Scanner(System.in); List<Long> xs = new ArrayList<>();\n"
        "    while (in.hasNextLong()) xs.add(in.nextLong());\n"
        "    ExecutorService pool = Executors.newFixedThreadPool(16); List<Future<Long>> parts = new ArrayList<>();\n"
        "    for (long x : xs) parts.add(pool.submit(() -> x));\n"
        "    long s = 0; for (Future<Long> f : parts) s += f.get();\n"
        "    pool.shutdown(); System.out.println(s);\n  }\n}\n"
    )
    report = judge(docker_sandbox, sum_problem, "java", java)
    assert report.verdict == "AC", [(t.verdict, t.stderr[-300:]) for t in report.tests]


def test_a_python_syntax_error_in_any_module_of_a_folder_is_a_compile_error(docker_sandbox, sum_problem, tmp_path):
    from tui.judging.submission import read_submission

    (tmp_path / "main.py").write_text("import helper\nprint(helper.total())\n")
    (tmp_path / "helper.py").write_text("def total(:\n    return 0\n")
    submitted = read_submission(tmp_path)
    report = Judge(docker_sandbox, jobs=2).judge(
        sum_problem, submitted.language, submitted.code, extra_files=submitted.files, main=submitted.main
    )
    assert report.verdict == "CE"
    assert 'helper.py", line 1' in report.compile.output
