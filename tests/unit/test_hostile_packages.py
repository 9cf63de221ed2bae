"""Packages written to break the library: YAML aliases that never end or grow to
gigabytes, files too big or nested too deep, and symlinks that lead out of the
package to the proctor's own files.  Each is one clear message naming the file,
what is wrong and the fix; the rest of the library still loads."""

import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui import packages
from tui.packages import ProblemError, load_library

pytestmark = pytest.mark.timeout(120)  # before issue 15 some of these ran for minutes, or until memory ran out

GOOD = 'title: Good\ntests:\n  - input: "1\\n"\n    expected: "1\\n"\n'


def laughs(levels: int = 9, key: str = "x") -> str:
    """The "billion laughs": each level a list of nine aliases of the level below."""
    lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, levels)]
    lines.append(f"{key}: [" + ",".join([f"*l{levels - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def make(root: Path, name: str, files: dict[str, str]) -> Path:
    folder = root / name
    for path, text in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text)
    return folder


def error(folder: Path) -> str:
    with pytest.raises(ProblemError) as info:
        packages.load(folder)
    return str(info.value)


# ---- YAML ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, line",
    [
        ("title: &a [*a]\n", 1),  # a list inside itself
        ("title: Recur\nlimits: &a {memory: 5, again: *a}\n", 2),  # a mapping inside itself: RecursionError before
        ("title: Recur\ntags: &t [a, [b, *t]]\n", 2),
    ],
)
def test_an_alias_inside_its_own_anchor_is_refused(tmp_path, text, line):
    folder = make(tmp_path, "recur", {"problem.yaml": text})
    message = error(folder)
    assert message.startswith(f"{folder / 'problem.yaml'}: line {line}: the alias *")
    assert "is inside the value" in message and "write the value out instead of the alias" in message


@pytest.mark.parametrize("key", ["tags", "title", "limits", "unknown_key"])
def test_an_alias_bomb_is_refused_in_bounded_memory(tmp_path, key):
    text = ("title: Bomb\n" if key != "title" else "") + laughs(key=key)
    assert len(text) < 1000
    folder = make(tmp_path, "bomb", {"problem.yaml": text})
    tracemalloc.start()
    try:
        message = error(folder)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message.startswith(f"{folder / 'problem.yaml'}: line ")
    assert "an alias bomb" in message and "write the values out instead of aliasing them" in message
    assert peak < 20 * 2**20  # before: hundreds of MB, then gigabytes


def test_a_mapping_bomb_is_refused(tmp_path):
    levels = ["a0: &a0 {" + ", ".join(f"k{j}: 1" for j in range(9)) + "}"]
    levels += [f"a{i}: &a{i} {{" + ", ".join(f"k{j}: *a{i - 1}" for j in range(9)) + "}" for i in range(1, 8)]
    folder = make(tmp_path, "bomb", {"problem.yaml": "title: Keys\n" + "\n".join(levels) + "\n"})
    assert "an alias bomb" in error(folder)


def test_a_few_harmless_aliases_still_load(tmp_path):
    text = "title: Shared\nlimits: &l {memory: 64}\nsame: *l\ntags: &t [a, b]\nkeywords: *t\n"
    problem = packages.load(make(tmp_path, "ok", {"problem.yaml": text}))
    assert problem.limits.memory_mb == 64 and problem.tags == ["a", "b"]


def test_a_bomb_in_testdata_yaml_names_that_file(tmp_path):
    folder = make(
        tmp_path,
        "pkg",
        {
            "problem.yaml": "name: Groups\n",
            "data/secret/g/1.in": "1\n",
            "data/secret/g/1.ans": "1\n",
            "data/secret/g/testdata.yaml": laughs(),
        },
    )
    message = error(folder)
    assert message.startswith(f"{folder / 'data/secret/g/testdata.yaml'}: line ") and "an alias bomb" in message


def test_a_huge_problem_yaml_is_refused_without_being_read_whole(tmp_path):
    folder = make(tmp_path, "big", {"problem.yaml": "title: Big\nnotes: " + "x" * (2 * 2**20) + "\n"})
    assert (
        error(folder)
        == f"{folder / 'problem.yaml'}: is over 1 MiB: a package's YAML holds a few keys; put big tests in data/ as .in and .ans files"
    )


def test_nesting_too_deep_is_refused(tmp_path):
    folder = make(tmp_path, "deep", {"problem.yaml": "title: Deep\nx: " + "[" * 50_000 + "]" * 50_000 + "\n"})
    assert error(folder).startswith(f"{folder / 'problem.yaml'}: line 2: nested more than 64 levels deep")


def test_a_long_non_number_as_a_limit_is_refused_at_once(tmp_path):
    # The number pattern used to backtrack: quadratic in the length of the value.
    folder = make(tmp_path, "slow", {"problem.yaml": f"title: Slow\ntime_limit: '{'1' * 200_000}x'\n"})
    assert "line 2: `time_limit` must be a positive number" in error(folder)


def test_the_rest_of_the_library_loads(tmp_path):
    make(tmp_path, "a-good", {"problem.yaml": GOOD})
    make(tmp_path, "b-bomb", {"problem.yaml": "title: Bomb\n" + laughs()})
    make(tmp_path, "c-recur", {"problem.yaml": "title: R\nlimits: &a {again: *a}\n"})
    make(tmp_path, "d-good", {"problem.yaml": GOOD.replace("Good", "Also good")})
    library = load_library(tmp_path)
    assert [p.slug for p in library.problems] == ["a-good", "d-good"]
    assert [str(e).split(":")[0] for e in library.errors] == [str(tmp_path / "b-bomb/problem.yaml"), str(tmp_path / "c-recur/problem.yaml")]


# ---- symlinks ---------------------------------------------------------------------
KATTIS = {
    "problem.yaml": "name: Linked\n",
    "problem_statement/problem.en.md": "Add them.\n",
    "data/sample/1.in": "1 2\n",
    "data/sample/1.ans": "3\n",
    "data/secret/1.in": "2 2\n",
    "data/secret/1.ans": "4\n",
    "submissions/accepted/sol.py": "print(sum(map(int, input().split())))\n",
}


@pytest.fixture
def secret_file(tmp_path) -> Path:
    """A file of the proctor's, outside every package."""
    path = tmp_path / "home" / "id_ed25519"
    path.parent.mkdir()
    path.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    return path


def link_out(folder: Path, path: str, target: Path) -> Path:
    link = folder / path
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.exists():
        link.unlink()
    link.symlink_to(target)
    return link


@pytest.mark.parametrize(
    "path, what",
    [
        ("data/secret/1.in", "test files"),
        ("data/secret/1.ans", "test files"),
        ("data/sample/2.in", "test files"),
        ("problem_statement/problem.en.md", "the statement"),
        ("statement.md", "the statement"),
        ("data/secret/testdata.yaml", "testdata.yaml"),
        ("solutions/solution.py", "solutions"),
        ("starters/main.py", "starter code"),
        ("submissions/accepted/sol.py", "submissions"),
        ("output_validators/check/validate.py", "the output validator's sources"),
        ("problem.yaml", "problem.yaml"),
        (".timelimit", ".timelimit"),
    ],
)
def test_a_file_linked_from_outside_the_package_is_refused(tmp_path, secret_file, path, what):
    folder = make(tmp_path, "pkg", KATTIS)
    if path == "data/sample/2.in":
        (folder / "data/sample/2.ans").write_text("x\n")
    if path.startswith("output_validators"):
        (folder / "problem.yaml").write_text("name: Linked\nvalidation: custom\n")
    link = link_out(folder, path, secret_file)
    message = error(folder)
    assert message == (
        f"{link}: is a symlink to {secret_file}, outside the package: {what} must be inside the package's folder "
        "(copy the file in instead of linking to it)"
    )
    assert "PRIVATE KEY" not in message


@pytest.mark.parametrize("folder_name", ["data", "data/secret", "solutions", "submissions/accepted", "output_validators"])
def test_a_folder_linked_from_outside_is_refused(tmp_path, folder_name):
    elsewhere = make(tmp_path, "elsewhere", {"1.in": "1\n", "1.ans": "1\n", "sample/1.in": "1\n", "sample/1.ans": "1\n", "x.py": ""})
    folder = make(tmp_path, "pkg", KATTIS)
    if folder_name.startswith("output_validators"):
        (folder / "problem.yaml").write_text("name: Linked\nvalidation: custom\n")
    real = folder / folder_name
    if real.exists():
        for child in sorted(real.rglob("*"), reverse=True):
            child.unlink() if child.is_file() else child.rmdir()
        real.rmdir()
    link = link_out(folder, folder_name, elsewhere)
    message = error(folder)
    assert message.startswith(f"{link}: is a symlink to {elsewhere}, outside the package: ")


def test_symlinks_inside_the_package_are_fine_and_loops_end(tmp_path):
    folder = make(
        tmp_path, "pkg", {**KATTIS, "shared/big.in": "5 5\n", "shared/big.ans": "10\n", "more/2.in": "3 3\n", "more/2.ans": "6\n"}
    )
    link_out(folder, "data/secret/0.in", Path("../../shared/big.in"))
    link_out(folder, "data/secret/0.ans", folder / "shared/big.ans")
    link_out(folder, "data/secret/group", Path("../../more"))  # a folder of tests, linked in
    link_out(folder, "data/secret/group/loop", Path("."))  # a loop: data/secret/group/loop/loop/loop/...
    link_out(folder, "data/secret/again", folder / "data/secret")  # and another way round
    problem = packages.load(folder)
    assert [t.origin for t in problem.tests] == ["data/sample/1.in", "data/secret/0.in", "data/secret/1.in", "data/secret/group/2.in"]
    assert problem.tests[1].input() == b"5 5\n"


# ---- through the command line -------------------------------------------------------
def test_problems_list_lists_the_good_and_names_each_bad_package_in_one_line(tmp_path):
    make(tmp_path, "good-one", {"problem.yaml": GOOD})
    make(tmp_path, "bomb", {"problem.yaml": "title: Bomb\n" + laughs()})
    make(tmp_path, "recur", {"problem.yaml": "title: Recur\nlimits: &a {memory: 5, again: *a}\n"})
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "tui", "problems", "list", "--problems", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    print(f"proctorx problems list with a bomb and a loop among the library: {time.monotonic() - start:.2f} s")
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("good-one ") and "Good" in line for line in result.stdout.splitlines())
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"proctorx: skipped a broken package: {tmp_path / 'bomb/problem.yaml'}: line 8: the YAML aliases (*name) up to here make "
        f"the file over 4 MiB once written out (an alias bomb): write the values out instead of aliasing them",
        f"proctorx: skipped a broken package: {tmp_path / 'recur/problem.yaml'}: line 2: the alias *a is inside the value &a names, "
        "so that value never ends: write the value out instead of the alias",
    ]
