"""Shell completion as a user gets it: the script `proctorx completion SHELL`
prints, loaded into the real shell, completing commands, options, problem
slugs and languages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT
from tui.cli import completion
from tui.cli.main import app_parser, build_parser


def _shell(name: str) -> str:
    """The shell's path; installed from Debian when missing (as root).  Under CI
    a shell that can't be had fails the test instead of skipping it."""
    path = shutil.which(name)
    if path is None and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", name], capture_output=True, timeout=600)
        path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed and could not be installed"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    """PATH with a `proctorx` that runs this checkout, as an installed one would."""
    bin_dir = tmp_path_factory.mktemp("bin")
    wrapper = bin_dir / "proctorx"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m tui "$@"\n')
    wrapper.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "PYTHONPATH": str(ROOT)}


def script(shell: str, env: dict) -> str:
    result = subprocess.run(["proctorx", "completion", shell], capture_output=True, text=True, env=env, check=True)
    return result.stdout


def bash_complete(env: dict, words: list[str], cwd=ROOT) -> list[str]:
    """COMPREPLY for the last word of `words`, as bash computes it on TAB."""
    line = " ".join(f"'{w}'" for w in words)
    code = f'source <(proctorx completion bash)\nCOMP_WORDS=({line}); COMP_CWORD={len(words) - 1}\n_proctorx\nprintf "%s\\n" "${{COMPREPLY[@]}}"\n'
    result = subprocess.run([_shell("bash"), "-c", code], capture_output=True, text=True, env=env, cwd=cwd, timeout=60)
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line]


def test_bash_completes_a_command_and_an_action(env):
    assert bash_complete(env, ["proctorx", "jud"]) == ["judge"]
    assert bash_complete(env, ["proctorx", "images", "s"]) == ["save"]
    assert set(bash_complete(env, ["proctorx", ""])) >= {"judge", "problems", "images", "doctor", "completion", "bounded-subarrays"}


def test_bash_completes_an_option(env):
    assert bash_complete(env, ["proctorx", "judge", "sum", "a.py", "--js"]) == ["--json"]
    assert "--verbose" in bash_complete(env, ["proctorx", "doctor", "--"])
    assert bash_complete(env, ["proctorx", "judge", "sum", "a.py", "--sandbox", "l"]) == ["local"]


def test_bash_completes_a_problem_slug(env, tmp_path):
    assert bash_complete(env, ["proctorx", "judge", "bounded"]) == ["bounded-subarrays"]
    # From a folder with no problems of its own: the shipped library still completes.
    assert bash_complete(env, ["proctorx", "judge", "longest-p"], cwd=tmp_path) == ["longest-palindrome"]
    # --problems DIR earlier on the line: its problems complete.
    assert bash_complete(env, ["proctorx", "judge", "--problems", str(FIXTURES), "kattis-2023"]) == ["kattis-2023-divisor"]


def test_bash_completes_a_language_and_a_file(env, tmp_path):
    assert bash_complete(env, ["proctorx", "judge", "sum", "a.py", "--lang", "j"]) == ["java", "javascript"]
    assert bash_complete(env, ["proctorx", "images", "build", "python", "c"]) == ["c", "cpp", "csharp"]
    (tmp_path / "mine.cpp").write_text("int main() {}\n")
    assert bash_complete(env, ["proctorx", "judge", "sum", "mi"], cwd=tmp_path) == ["mine.cpp"]


def test_fish_completes_commands_slugs_and_languages(env):
    fish = _shell("fish")
    code = (
        script("fish", env)
        + "\ncomplete -C 'proctorx jud'\ncomplete -C 'proctorx judge bounded'\ncomplete -C 'proctorx judge x a.py --lang py'\n"
    )
    result = subprocess.run([fish, "--no-config", "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    firsts = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert firsts == ["judge", "bounded-subarrays", "pypy", "python"], result.stdout


def test_the_fish_and_zsh_scripts_parse_and_zsh_registers_it(env, tmp_path):
    fish, zsh = _shell("fish"), _shell("zsh")
    for shell, check in (("fish", [fish, "--no-config", "-n"]), ("zsh", [zsh, "-n"])):
        path = tmp_path / f"proctorx.{shell}"
        path.write_text(script(shell, env))
        result = subprocess.run([*check, str(path)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (shell, result.stderr)
    code = f"autoload -U compinit && compinit -u -d {tmp_path}/zcompdump && source {tmp_path}/proctorx.zsh && print $_comps[proctorx]"
    result = subprocess.run([zsh, "-f", "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.strip() == "_proctorx", result.stderr


def test_a_new_command_completes_without_a_line_of_completion_code():
    commands = build_parser()
    sub = next(a for a in commands._actions if a.__class__.__name__ == "_SubParsersAction")
    added = sub.add_parser("zap", help="a command added later")
    added.add_argument("--level", choices=("low", "high"))
    top = app_parser()
    assert ("zap", "a command added later") in completion.complete([], "za", commands, top)[1]
    assert completion.complete(["zap", "--level"], "h", commands, top) == ("words", [("high", "")])


def test_an_unknown_shell_is_a_usage_error(env):
    result = subprocess.run(["proctorx", "completion", "tcsh"], capture_output=True, text=True, env=env)
    assert result.returncode == 2 and "invalid choice" in result.stderr
