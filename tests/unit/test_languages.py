import pytest

from tui import languages
from tui.languages import LanguageError


def test_the_four_languages_are_data():
    assert set(languages.all_languages()) >= {"python", "c", "cpp", "java"}


@pytest.mark.parametrize(
    "name, lang", [("a.py", "python"), ("a.c", "c"), ("a.cc", "cpp"), ("a.CPP", "cpp"), ("a.cxx", "cpp"), ("A.java", "java")]
)
def test_language_follows_the_extension(name, lang):
    assert languages.for_file(name).id == lang


def test_unknown_extension_and_language_say_what_is_known():
    with pytest.raises(LanguageError, match=r"known: .*\.py") as raised:
        languages.for_file("notes.txt")
    known = str(raised.value).split("known: ")[1].split(")")[0].split(", ")
    assert len(known) == len(set(known)) and ".pl" in known  # Perl's and Prolog's .pl, said once
    with pytest.raises(LanguageError, match="unknown language 'zig'"):
        languages.get("zig")


def test_java_source_is_named_after_its_public_class():
    java = languages.get("java")
    assert java.source_name("import x;\n\npublic final class SumList {\n}") == "SumList.java"
    assert java.source_name("class Helper {}\nclass Other {}") == "Main.java"
    assert java.run_argv("public class SumList {}", 128)[-1] == "SumList"
    assert "-Xmx128m" in java.run_argv("", 128)


def test_image_tag_changes_with_the_dockerfile(tmp_path):
    import dataclasses
    import shutil

    python = languages.get("python")
    copy = tmp_path / "python"
    shutil.copytree(python.folder, copy)
    same = dataclasses.replace(python, folder=copy)
    assert same.image == python.image
    (copy / "Dockerfile").write_text((copy / "Dockerfile").read_text() + "\n# changed\n")
    assert dataclasses.replace(python, folder=copy).image != python.image


def test_java_runs_the_class_holding_main_within_its_package():
    java = languages.get("java")
    code = (
        "package a.b;\n// class Commented { public static void main(String[] x) {} }\n"
        'public class Outer {\n  static class Reader { String s = "}"; }\n'
        "  public static void main(String[] args) {}\n}\nclass After {}\n"
    )
    assert java.run_argv(code, 64)[-1] == "a.b.Outer"
    assert java.run_argv("class Helper {}\nclass Solver { public static void main(String[] a) {} }\n", 64)[-1] == "Solver"
    assert java.entry_error(code) is None
    assert "no class declares" in java.entry_error("class Helper { void main() {} }\n")


def test_languages_that_run_their_source_check_it_first():
    """A syntax check is a step of its own: a failed one is a compile error,
    and `compile` stays null in the JSON of a passed one (cli.md)."""
    for lang in ("python", "pypy", "javascript", "ruby", "perl", "lua", "bash", "awk", "prolog", "r"):
        language = languages.get(lang)
        assert language.builds and not language.compiled, lang
    assert languages.get("python").compile_argv("", "main.py", ("main.py", "util.py"))[-2:] == ["main.py", "util.py"]
    assert languages.for_file("a.py3").id == "python" and languages.for_file("m.mjs").id == "javascript"
    assert languages.for_file("test-hello.R").id == "r"


@pytest.mark.parametrize(
    "text, lang",
    [
        ('print "Hello world!\\n";\nexit;\n', "perl"),
        ("#!/usr/bin/perl\nmy $x = <STDIN>;\nprint $x ? 1 :-1;\n", "perl"),
        ("[kattio].\n\nmain :-\n    read_int(X), write(X), nl.\n", "prolog"),
        (":- module(kattio, [read_int/1]).\n", "prolog"),
        ("solve(X, Y) :-\n    Y is X * 2.\n", "prolog"),
    ],
)
def test_a_pl_file_is_prologs_when_it_reads_as_prolog_else_perls(tmp_path, text, lang):
    """.pl is Perl's in DOMjudge and Prolog's in Kattis packages: the text tells them apart."""
    path = tmp_path / "solution.pl"
    path.write_text(text)
    assert languages.for_file(path).id == lang
    assert languages.for_file("other.pl", text).id == lang  # the text given, as a folder's files are read
    assert languages.for_file(tmp_path / "solution.plg").id == "prolog"
