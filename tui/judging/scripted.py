"""Validator programs built and run by their own scripts (2025-09, Programs):
a folder holding `build` and/or `run`.

`build`, when there is one, is run once in (a copy of) the folder, like a
compile; what it leaves is the program, and its `run` file (there before or
made by the build) is what is started, with the arguments any validator gets.
Both run sandboxed in the image of the language whose sources the folder
holds (a C source: the C image, whose `cc` the build may call); a folder of
scripts alone runs in the Bash image.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from pathlib import Path

from tui.languages import Language, LanguageError, get
from tui.packages.constants import NONE, Constants
from tui.sandbox.base import CompileResult, Program, Sandbox

SCRIPTS = ("build", "run")
# Which image a folder's build runs in, by the sources it holds: the first that matches.
_IMAGES = ((".cpp", "cpp"), (".cc", "cpp"), (".cxx", "cpp"), (".c", "c"), (".java", "java"), (".py", "python"))
# Everything the build leaves in its folder, a few levels deep, is the program.
_EVERYTHING = ("*", "*/*", "*/*/*", "*/*/*/*")
# The build is started as a POSIX script; a missing `run` after it is the build's failure.
_BUILD = (
    "sh -c 'chmod +x build && ./build || exit $?; "
    'if test -f run; then chmod +x run; else echo "the build script left no run file" >&2; exit 1; fi\''
)


def is_scripted(where: Path | None) -> bool:
    """Whether `where` is a program folder with a `build` or `run` script."""
    return where is not None and where.is_dir() and any((where / name).is_file() for name in SCRIPTS)


def _files(where: Path, constants: Constants) -> tuple[dict[str, bytes], dict[str, int]]:
    """The folder's files (constants replaced in those that are text) and the modes of its executables."""
    paths = sorted(p for p in where.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(where).parts))
    files = {p.relative_to(where).as_posix(): constants.substitute_bytes(p.read_bytes()) for p in paths}
    modes = {name: 0o755 for name in files if name in SCRIPTS or (where / name).stat().st_mode & 0o111}
    return files, modes


def language_for(where: Path, files: dict[str, bytes]) -> Language:
    """The language whose image builds and runs the folder: by its sources,
    with the folder's own build and run lines instead of the language's."""
    suffixes = {Path(name).suffix.lower() for name in files}
    image = next((lang for suffix, lang in _IMAGES if suffix in suffixes), "bash")
    base = get(image)
    return dataclasses.replace(
        base,
        compile=_BUILD if "build" in files else None,
        check=None,
        artifacts=_EVERYTHING,
        run="./run",
        name_from=None,
        package_from=None,
        class_from=None,
        main_from=None,
    )


def key(where: Path, constants: Constants = NONE) -> str:
    files, modes = _files(where, constants)
    return hashlib.sha256(repr(("scripted", sorted(files.items()), sorted(modes.items()))).encode()).hexdigest()


def build(sandbox: Sandbox, where: Path, cancel: threading.Event | None, constants: Constants = NONE) -> Program | CompileResult:
    """The folder's program: what its build script left, or the folder itself
    when it has only a run script; a CompileResult saying why it can't be used.
    `constants` (2025-09) are replaced in its files as they are given to the build."""
    files, modes = _files(where, constants)
    try:
        language = language_for(where, files)
    except LanguageError as exc:
        return CompileResult(False, str(exc), 0)
    if "build" not in files and "run" not in files:
        return CompileResult(False, f"{where} has neither a build nor a run script", 0)
    sandbox.prepare([language])
    if "build" not in files:
        return Program(language, files["run"].decode("utf-8", "replace"), files, modes, main="run")
    # compile() starts from the files' bytes alone: the build line makes the scripts executable.
    code = files["build"].decode("utf-8", "replace")
    others = {name: data for name, data in files.items() if name != "build"}
    result = sandbox.compile(language, code, cancel, others, main="build")
    if not (result.ok and result.program):
        detail = result.output.strip() or "the build script failed"
        return CompileResult(False, f"{where.name}/build failed:\n{detail}", result.time_ms)
    program = result.program
    if "run" not in program.files:
        return CompileResult(False, f"{where.name}/build left no run file", result.time_ms)
    # The folder's executables stay executable (compile() started from their bytes alone).
    kept = {name: program.modes.get(name, 0o644) | modes.get(name, 0) for name in program.files}
    return dataclasses.replace(program, modes={**kept, "run": kept["run"] | 0o755})
