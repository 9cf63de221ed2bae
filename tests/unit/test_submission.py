"""A folder of sources as a submission: which file is the main one, what the
compiler is given, and the one line a folder that can't be judged gets."""

from __future__ import annotations

import pytest

from tui.judging.submission import MAX_FILES, SubmissionError, read_submission
from tui.sandbox.base import source_program


def folder(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_a_single_file_is_named_as_its_language_names_it(tmp_path):
    path = folder(tmp_path, {"mine.py": "print(1)\n"}) / "mine.py"
    submitted = read_submission(path)
    assert (submitted.language.id, submitted.main, submitted.files) == ("python", None, {})
    assert submitted.source_files() == ["solution.py"]


def test_main_py_is_the_main_file_and_the_modules_keep_their_names(tmp_path):
    submitted = read_submission(folder(tmp_path, {"util.py": "X = 1\n", "main.py": "import util\n", "pkg/deep.py": ""}))
    assert submitted.language.id == "python"
    assert submitted.main == "main.py"
    assert set(submitted.files) == {"util.py", "pkg/deep.py"}
    program = source_program(submitted.language, submitted.code, submitted.files, submitted.main)
    assert program.run_argv(256)[-1] == "main.py"


def test_the_only_source_is_the_main_one_whatever_its_name(tmp_path):
    submitted = read_submission(folder(tmp_path, {"solve.cpp": "int main(){}\n", "notes.txt": "x"}))
    assert (submitted.language.id, submitted.main) == ("cpp", "solve.cpp")


def test_without_a_main_file_the_first_source_by_name_is_taken_as_problemtools_does(tmp_path):
    submitted = read_submission(folder(tmp_path, {"b.py": "", "a.py": ""}))
    assert submitted.main == "a.py"


def test_java_main_is_the_class_that_declares_main(tmp_path):
    files = {
        "Adder.java": "public class Adder { static int add(int a, int b) { return a + b; } }\n",
        "Solve.java": "public class Solve { public static void main(String[] a) { } }\n",
    }
    submitted = read_submission(folder(tmp_path, files))
    assert submitted.main == "Solve.java"
    program = source_program(submitted.language, submitted.code, submitted.files, submitted.main)
    compile_argv = program.compile_argv()
    assert compile_argv[-2:] == ["Adder.java", "Solve.java"]  # javac gets every class
    assert program.run_argv(128)[-1] == "Solve"


def test_cpp_files_and_a_header_all_go_to_the_compiler_but_the_header(tmp_path):
    files = {"main.cpp": "int main(){}\n", "add.cpp": "int add(){return 1;}\n", "add.h": "int add();\n"}
    submitted = read_submission(folder(tmp_path, files))
    program = source_program(submitted.language, submitted.code, submitted.files, submitted.main)
    argv = program.compile_argv()
    assert "add.cpp" in argv and "main.cpp" in argv and "add.h" not in argv
    assert set(program.files) == {"main.cpp", "add.cpp", "add.h"}


def test_a_node_package_starts_from_its_own_main(tmp_path):
    files = {"package.json": '{"main": "./src/app.js"}', "src/app.js": "require('./lib')\n", "src/lib.js": "", "main.js": ""}
    submitted = read_submission(folder(tmp_path, files))
    assert submitted.main == "src/app.js"


def test_main_can_be_named(tmp_path):
    submitted = read_submission(folder(tmp_path, {"main.py": "", "other.py": ""}), main="other.py")
    assert submitted.main == "other.py"


@pytest.mark.parametrize(
    ("files", "kwargs", "says"),
    [
        ({}, {}, "is an empty folder"),
        ({"a.py": "", "b.c": ""}, {}, "holds sources of several languages"),
        ({"readme.txt": "hi"}, {}, "holds no source file ProctorX knows"),
        ({"a.py": ""}, {"lang": "cpp"}, "holds no C++"),
        ({"a.py": ""}, {"main": "b.py"}, "--main b.py: no such file"),
        ({"a.py": ""}, {"lang": "cobol"}, "unknown language 'cobol'"),
    ],
)
def test_a_folder_that_cant_be_judged_is_one_line(tmp_path, files, kwargs, says):
    with pytest.raises(SubmissionError) as raised:
        read_submission(folder(tmp_path, files), **kwargs)
    assert says in str(raised.value) and "\n" not in str(raised.value)


def test_a_main_file_that_is_not_text_is_refused(tmp_path):
    (tmp_path / "main.py").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(SubmissionError, match="is not UTF-8 text"):
        read_submission(tmp_path)


def test_a_link_out_of_the_folder_is_refused(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("answers")
    sub = folder(tmp_path / "sub", {"main.py": ""})
    (sub / "leak.txt").symlink_to(outside)
    with pytest.raises(SubmissionError, match="links outside"):
        read_submission(sub)


def test_too_many_files_is_refused(tmp_path):
    files = {f"m{i}.py": "" for i in range(MAX_FILES + 1)}
    with pytest.raises(SubmissionError, match="more than"):
        read_submission(folder(tmp_path, files))


def test_byte_code_and_dot_files_are_left_out(tmp_path):
    submitted = read_submission(folder(tmp_path, {"main.py": "", "__pycache__/main.cpython-311.pyc": "x", ".git/HEAD": "ref"}))
    assert submitted.files == {}
