"""A folder of sources judged for real, through `proctorx judge` and
`problems check` as a user runs them: modules, classes and files that only
work together, each test in its own container."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import FIXTURES
from tests.integration.test_cli import proctorx

pytestmark = pytest.mark.docker
SUM = str(FIXTURES / "sum")

FOLDERS = {
    # A script finds the file beside it by its own path, as DOMjudge and BAPCtools start it (./main.sh).
    "bash": {
        "main.sh": '. "${0%/*}/tally.sh"\ntotal\n',
        "tally.sh": 'total() { s=0; for x in $(cat); do s=$((s + x)); done; echo "$s"; }\n',
    },
    "python": {
        "main.py": "import sys\nfrom tally import total\nprint(total(sys.stdin.read()))\n",
        "tally.py": "def total(text):\n    return sum(int(x) for x in text.split())\n",
    },
    "cpp": {
        "main.cpp": '#include <cstdio>\n#include "tally.h"\nint main() { std::printf("%lld\\n", tally()); }\n',
        "tally.cpp": '#include <cstdio>\n#include "tally.h"\nlong long tally() { long long s = 0, x; while (std::scanf("%lld", &x) == 1) s += x; return s; }\n',
        "tally.h": "long long tally();\n",
    },
    "java": {
        "Tally.java": (
            "import java.util.Scanner;\npublic class Tally {\n  static long total() {\n"
            "    Scanner in = new Scanner(System.in); long s = 0;\n    while (in.hasNextLong()) s += in.nextLong();\n    return s;\n  }\n}\n"
        ),
        "Solve.java": "public class Solve {\n  public static void main(String[] args) { System.out.println(Tally.total()); }\n}\n",
    },
}


def make(root, files: dict[str, str]):
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text)
    return root


@pytest.mark.parametrize("lang", sorted(FOLDERS))
def test_a_folder_of_sources_is_accepted(tmp_path, lang):
    result = proctorx("judge", SUM, str(make(tmp_path / lang, FOLDERS[lang])), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert (report["language"], report["verdict"]) == (lang, "AC")
    assert report["passed"] == report["total"] > 0


def test_the_table_names_the_main_file_and_the_sources(tmp_path):
    result = proctorx("judge", SUM, str(make(tmp_path / "pair", FOLDERS["cpp"])))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pair/ (main.cpp): 2 C++17 (g++ -O2) source(s): main.cpp, tally.cpp" in result.stdout


def test_an_error_in_the_second_file_is_a_compile_error_naming_it(tmp_path):
    files = {**FOLDERS["cpp"], "tally.cpp": "long long tally() { return oops; }\n"}
    result = proctorx("judge", SUM, str(make(tmp_path / "broken", files)), "--json")
    report = json.loads(result.stdout)
    assert report["verdict"] == "CE"
    assert "tally.cpp" in report["compile"]["output"]


def test_a_module_that_is_missing_is_a_runtime_error(tmp_path):
    files = {"main.py": FOLDERS["python"]["main.py"]}
    result = proctorx("judge", SUM, str(make(tmp_path / "alone", files)), "--json")
    assert json.loads(result.stdout)["verdict"] == "RE"


def test_main_chooses_the_entry_point(tmp_path):
    files = {**FOLDERS["python"], "wrong.py": "print(0)\n"}
    folder = make(tmp_path / "two", files)
    assert json.loads(proctorx("judge", SUM, str(folder), "--json").stdout)["verdict"] == "AC"
    picked = proctorx("judge", SUM, str(folder), "--main", "wrong.py", "--json")
    assert json.loads(picked.stdout)["verdict"] == "WA"


def test_a_folder_that_cant_be_judged_is_one_line_and_exit_2(tmp_path):
    folder = make(tmp_path / "mixed", {"a.py": "print(1)\n", "b.cpp": "int main(){}\n"})
    result = proctorx("judge", SUM, str(folder))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "several languages" in result.stderr
    assert "Traceback" not in result.stderr


def test_problems_check_judges_a_folder_submission(tmp_path):
    package = tmp_path / "pkg"
    shutil.copytree(FIXTURES / "kattis-2023-divisor", package)
    reference = (package / "submissions" / "accepted" / "smallest.py").read_text()
    shutil.rmtree(package / "submissions")
    body = "def run():\n" + "".join(f"    {line}\n" for line in reference.splitlines())
    make(package / "submissions" / "accepted" / "split", {"main.py": "from solve import run\nrun()\n", "solve.py": body})
    make(
        package / "submissions" / "wrong_answer" / "split",
        {"main.py": "from solve import run\nrun()\n", "solve.py": "def run():\n    print(1)\n"},
    )
    result = proctorx("problems", "check", str(package))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✓ submissions/accepted/split: AC" in result.stdout
    assert "✓ submissions/wrong_answer/split: WA" in result.stdout
