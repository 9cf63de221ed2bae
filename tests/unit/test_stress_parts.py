"""The plain diff of `proctorx stress`, and compiled programs kept once each."""

from __future__ import annotations

from tui import languages
from tui.judging.reference import Programs, Source
from tui.judging.textdiff import unified
from tui.sandbox.base import CompileResult, Program


def test_the_plain_diff_ignores_line_endings_and_trailing_space():
    assert unified(b"1\r\n2 \n", b"1\n2\n\n") == ""
    assert unified(b"1\n2\n3\n", b"1\n5\n3\n") == "--- expected\n+++ your output\n@@ -1,3 +1,3 @@\n 1\n-2\n+5\n 3"
    long = unified(b"".join(b"%d\n" % i for i in range(100)), b"")
    assert long.endswith("more diff lines") and len(long.splitlines()) == 41


class Counting:
    def __init__(self) -> None:
        self.compiles = 0

    def prepare(self, languages, progress=None) -> None:
        pass

    def compile(self, language, code, cancel=None, extra_files=None, main=None) -> CompileResult:
        self.compiles += 1
        return CompileResult(True, "", 0, Program(language, code, {}))


def test_programs_compile_once_each_and_keep_only_the_recent_ones():
    python = languages.get("python")
    sandbox, programs = Counting(), Programs(keep=2)
    a, b, c = (Source("brute", python, code, "x.py") for code in ("a", "b", "c"))
    programs.compile(sandbox, a)
    programs.compile(sandbox, a)
    assert sandbox.compiles == 1
    programs.compile(sandbox, b)
    programs.compile(sandbox, a)  # a is now the most recent: c pushes b out
    programs.compile(sandbox, c)
    programs.compile(sandbox, a)
    assert sandbox.compiles == 3
    programs.compile(sandbox, b)
    assert sandbox.compiles == 4
