"""problem.yaml's `constants` (2025-09): how they are read, what a bad one
says, and where {{name}} is replaced (statements, validators, submissions,
test_group.yaml) and where not (test data, older formats' programs)."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import FIXTURES
from tui import packages
from tui.judging import checktestdata
from tui.judging.submission import read_submission, with_constants
from tui.judging.validator import Validators
from tui.packages import ProblemError
from tui.packages.constants import Constants, read
from tui.packages.package_yaml import read_yaml
from tui.packages.tex import tex_to_markdown
from tui.sandbox.base import CompileResult, Program

PACKAGE = FIXTURES / "kattis-2025-constants"
K = Constants({"k": {"value": "5000000", "tex": "5,000,000"}, "eps": {"value": "0.5"}})


def constants_of(tmp_path, yaml_text: str, version: str = "2025-09") -> Constants:
    path = tmp_path / "problem.yaml"
    path.write_text(f"problem_format_version: {version}\nname: T\n" + yaml_text)
    return read(read_yaml(path), strict=version == "2025-09")


def test_scalars_and_maps_are_read_as_text_with_their_variants(tmp_path):
    found = constants_of(tmp_path, "constants:\n  n: 1000\n  eps: 0.5\n  word: hello\n  k: {value: 5000000, tex: '5,000,000'}\n")
    assert found.variants == {
        "n": {"value": "1000"},
        "eps": {"value": "0.5"},
        "word": {"value": "hello"},
        "k": {"value": "5000000", "tex": "5,000,000"},
    }


def test_sequences_are_replaced_by_value_or_variant_and_unknown_ones_are_kept():
    text = "k={{k}} {{k.value}} {{k.tex}} eps={{eps}} {{ k }} | {{nope}} {{k.nope}} {k} {{1x}}"
    assert K.substitute(text) == "k=5000000 5000000 5,000,000 eps=0.5 5000000 | {{nope}} {{k.nope}} {k} {{1x}}"
    assert K.substitute_bytes(b"MAX = {{k}}\n") == b"MAX = 5000000\n"
    assert K.substitute_bytes(b"\xff{{k}}") == b"\xff{{k}}"  # not text: left as it is
    assert K.substitute_values({"args": ["--max", "{{k}}", 3]}) == {"args": ["--max", "5000000", 3]}
    assert K.lookup("k.tex") == "5,000,000" and K.lookup("k") == "5000000" and K.lookup("zz") is None


@pytest.mark.parametrize(
    "yaml_text, said",
    [
        ("constants:\n  1n: 5\n", "line 4: constant name '1n' must be a letter or _"),
        ("constants:\n  k: {tex: '5,000'}\n", "line 4: constant `k` is a map without `value`"),
        ("constants:\n  k: [1, 2]\n", "line 4: constant `k` must be an integer, a float or a string, not [1, 2]"),
        ("constants:\n  k: true\n", "line 4: constant `k` must be an integer, a float or a string, not True"),
        ("constants:\n  k: {value: 1, tex: [1]}\n", "line 4: constant `k.tex` must be an integer, a float or a string"),
        ("constants:\n  k: {value: 1, bad-name: x}\n", "line 4: constant `k`: variant name 'bad-name'"),
        ("constants: [k]\n", "line 3: `constants` must be a map of names to values"),
    ],
)
def test_a_bad_constant_is_one_error_naming_the_file_line_and_key(tmp_path, yaml_text, said):
    with pytest.raises(ProblemError) as caught:
        constants_of(tmp_path, yaml_text)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'problem.yaml'}: ") and said in message
    assert "\n" not in message


def test_older_formats_read_constants_as_text_as_they_always_did(tmp_path):
    assert constants_of(tmp_path, "constants:\n  k: [1, 2]\n  n: 7\n", "2023-07").variants == {
        "k": {"value": "[1, 2]"},
        "n": {"value": "7"},
    }


def test_the_fixture_statement_args_and_validator_args_are_substituted():
    problem = packages.load(PACKAGE)
    assert "1 ≤ n ≤ 1000 (at most 1 000)" in problem.statement
    assert "(1000 in every secret test)" in problem.statement  # {{max_n.value}}
    assert [t.args for t in problem.tests] == [(), ("1000",), ("1000",)]
    small = next(c for c in problem.validation_cases if c.test.name == "invalid_input/small/past-small")
    assert small.test.input_validator_args.every == ("--max", "10")
    assert problem.constants.lookup("max_n") == "1000"


def test_test_data_and_older_formats_programs_keep_their_sequences(tmp_path):
    folder = tmp_path / "p"
    shutil.copytree(PACKAGE, folder)
    (folder / "data" / "secret" / "02-seven.yaml").write_text('args: ["{{max_n}}x"]\n')  # a test's own .yaml is test data
    problem = packages.load(folder)
    assert problem.tests[2].args == ("{{max_n}}x",)
    older = folder / "problem.yaml"
    older.write_text(older.read_text().replace("2025-09", "2023-07"))
    problem = packages.load(folder)
    assert "1 ≤ n ≤ 1000" in problem.statement  # statements substitute as before
    assert not problem.constants and problem.tests[1].args == ("{{max_n}}",)


def test_a_latex_statement_takes_constant_and_its_variants():
    md = tex_to_markdown(r"At most \constant{k} (\constant{k.tex}); \constant{zz} stays.", "T", constants=K)
    assert "At most 5000000 (5,000,000); zz stays." in md


class Recording:
    """A sandbox that compiles nothing: it keeps what it was given."""

    def __init__(self) -> None:
        self.given: list[tuple[str, dict]] = []

    def prepare(self, languages) -> None:
        pass

    def compile(self, language, code, cancel, extra_files=None, main=None):
        self.given.append((code, dict(extra_files or {})))
        return CompileResult(True, "", 0, Program(language, code, {}))


def test_validators_are_compiled_with_the_constants_replaced(tmp_path):
    problem = packages.load(PACKAGE)
    sandbox = Recording()
    validators = Validators()
    for path in problem.input_validators:
        assert isinstance(validators.compile(sandbox, path, None, problem.constants), Program)
    ctd, python = (code for code, _ in sandbox.given)
    assert "{{max_n}}" not in ctd and "1000" in ctd and "MAX_N = 1000" in python
    assert "{{max_n}}" in (PACKAGE / "input_validators" / "range.py").read_text()  # the package is not written
    # A folder validator: its other files too; a build/run folder: every file given to the build.
    folder = tmp_path / "output_validator"
    folder.mkdir()
    (folder / "validate.py").write_text("import limits\n")
    (folder / "limits.py").write_text("K = {{k}}\n")
    validators.compile(sandbox, folder, None, K)
    assert sandbox.given[-1][1] == {"limits.py": b"K = 5000000\n"}
    (folder / "build").write_text("#!/bin/sh\necho {{k.tex}} > k.txt\n")
    validators.compile(sandbox, folder, None, K)
    code, extra = sandbox.given[-1]
    assert code == "#!/bin/sh\necho 5,000,000 > k.txt\n" and extra["limits.py"] == b"K = 5000000\n"


def test_a_checktestdata_script_is_translated_after_the_constants_are_replaced():
    code = checktestdata.translated(PACKAGE / "input_validators" / "format.ctd", Constants({"max_n": {"value": "77"}}))
    assert "77" in code
    with pytest.raises(checktestdata.ScriptError):
        checktestdata.translated(PACKAGE / "input_validators" / "format.ctd")  # INT(1, {{max_n}}) is no checktestdata


def test_a_submission_is_judged_with_the_constants_replaced_in_its_files(tmp_path):
    single = with_constants(read_submission(PACKAGE / "submissions" / "accepted" / "square.py"), packages.load(PACKAGE).constants)
    assert "MAX_N = 1000" in single.code
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "main.py").write_text("from bound import K\nprint({{k}})\n")
    (folder / "bound.py").write_text("K = {{k.tex}}\n")
    submitted = with_constants(read_submission(folder), K)
    assert submitted.code == "from bound import K\nprint(5000000)\n" and submitted.files == {"bound.py": b"K = 5,000,000\n"}
