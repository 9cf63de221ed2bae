"""A submission as a person hands it in: one source file, or a folder of them.

A folder is judged the way Kattis and DOMjudge judge one: every file goes into
the container under its own name, the compiler gets all the language's source
files, and the program starts from its main file.  The main file is, in order:
the one asked for (--main); the `main` of a Node package.json; for Java the
one class that declares `main` (DOMjudge's rule); a file named `main.*`
(problemtools' rule); the only source; else the first source by name, as
problemtools takes it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from tui import languages
from tui.judging.reference import read_code
from tui.languages import Language
from tui.packages.constants import Constants

MAX_FILES = 200
MAX_BYTES = 4 * 1024 * 1024
# What Python's byte-compiling and npm leave beside sources (dot files are left out too).
_IGNORED = {"__pycache__", "node_modules"}
_JAVA_MAIN = re.compile(r"\bstatic\s+(?:public\s+)?void\s+main\s*\(|\bpublic\s+static\s+void\s+main\s*\(")


class SubmissionError(ValueError):
    """A file or folder that can't be judged: the message is one line saying why."""


@dataclass(frozen=True)
class SubmittedCode:
    """What the judge is given: the language, the main file's text, and for a
    folder the main file's path and the other files (by path)."""

    language: Language
    code: str
    label: str  # the file's name, or the folder's with the main file: "pair/ (main.py)"
    main: str | None = None  # None: a single file, named as its language names it
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def is_folder(self) -> bool:
        return self.main is not None

    def source_files(self) -> list[str]:
        """The paths the compiler is given (for a folder; the main file alone otherwise)."""
        if self.main is None:
            return [self.language.source_name(self.code)]
        return sorted({self.main, *(p for p in self.files if self.language.is_source(p))})


def with_constants(submitted: SubmittedCode, constants: Constants) -> SubmittedCode:
    """A package's example submission as the judge gets it (2025-09): the
    problem's constants replaced in its main file and its other text files."""
    if not constants:
        return submitted
    files = {name: constants.substitute_bytes(data) for name, data in submitted.files.items()}
    return replace(submitted, code=constants.substitute(submitted.code), files=files)


def read_submission(path: Path, lang: str | None = None, main: str | None = None) -> SubmittedCode:
    """A submission from a source file or a folder; SubmissionError when it
    can't be judged.  `lang` names the language (else the files' extensions
    tell), `main` the folder's main file (a path inside it)."""
    if path.is_dir():
        return _folder(path, lang, main)
    if main is not None:
        raise SubmissionError(f"--main names a file of a folder submission, and {path} is not a folder")
    language = _language(lang, path)
    try:
        code = read_code(path)
    except ValueError as exc:
        raise SubmissionError(str(exc)) from None
    return SubmittedCode(language, code, path.name)


def _language(lang: str | None, path: Path) -> Language:
    try:
        return languages.get(lang) if lang else languages.for_file(path)
    except languages.LanguageError as exc:
        raise SubmissionError(str(exc)) from None


def _folder(folder: Path, lang: str | None, main: str | None) -> SubmittedCode:
    files = _read_tree(folder)
    language = _language(lang, folder) if lang else _only_language(folder, files)
    sources = sorted(p for p in files if language.is_source(p))
    if not sources:
        raise SubmissionError(f"{folder}: holds no {language.name} source ({', '.join(language.extensions)})")
    chosen = _main_file(folder, language, files, sources, main)
    try:
        code = files.pop(chosen).decode("utf-8")
    except UnicodeDecodeError:
        raise SubmissionError(f"{folder / chosen}: is not UTF-8 text") from None
    return SubmittedCode(language, code, f"{folder.name}/ ({chosen})", chosen, files)


def _read_tree(folder: Path) -> dict[str, bytes]:
    """Every file under the folder by its path inside it (dot files and build
    leftovers aside); a link out of it, or a folder too big, is refused."""
    root = folder.resolve()
    files: dict[str, bytes] = {}
    total = 0
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") or part in _IGNORED for part in relative.parts):
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            raise SubmissionError(f"{path}: links outside the submission's folder")
        if not path.is_file():
            continue
        if len(files) == MAX_FILES:
            raise SubmissionError(f"{folder}: has more than {MAX_FILES} files; a submission is its sources only")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SubmissionError(f"{path}: can't be read ({exc.strerror})") from None
        total += len(data)
        if total > MAX_BYTES:
            raise SubmissionError(f"{folder}: holds more than {MAX_BYTES // (1024 * 1024)} MiB; a submission is its sources only")
        files[PurePosixPath(*relative.parts).as_posix()] = data
    if not files:
        raise SubmissionError(f"{folder}: is an empty folder, not a submission")
    return files


def _only_language(folder: Path, files: dict[str, bytes]) -> Language:
    """The one language whose sources the folder holds."""
    found: dict[str, list[str]] = {}
    for path, data in files.items():
        try:
            language = languages.for_file(path, data[:65536].decode("utf-8", "replace"))
        except languages.LanguageError:
            continue
        found.setdefault(language.id, []).append(path)
    if not found:
        raise SubmissionError(f"{folder}: holds no source file ProctorX knows by its extension; name the language with --lang")
    if len(found) > 1:
        seen = "; ".join(f"{lang}: {', '.join(paths[:3])}" for lang, paths in found.items())
        raise SubmissionError(f"{folder}: holds sources of several languages ({seen}): name one with --lang")
    return languages.get(next(iter(found)))


def _main_file(folder: Path, language: Language, files: dict[str, bytes], sources: list[str], main: str | None) -> str:
    if main is not None:
        wanted = PurePosixPath(main).as_posix()
        if wanted not in files:
            raise SubmissionError(f"--main {main}: no such file in {folder} (its sources: {', '.join(sources[:8])})")
        return wanted
    package = _package_main(files)
    if package is not None and package in files:
        return package
    if language.id == "java":
        with_main = [p for p in sources if _JAVA_MAIN.search(files[p].decode("utf-8", "replace"))]
        if len(with_main) == 1:
            return with_main[0]
    named = [p for p in sources if PurePosixPath(p).name.lower().startswith("main.")]
    return (named or sources)[0]


def _package_main(files: dict[str, bytes]) -> str | None:
    """A Node package's own entry point, when it names one."""
    if "package.json" not in files:
        return None
    try:
        entry = json.loads(files["package.json"]).get("main")
    except (ValueError, AttributeError):
        return None
    return PurePosixPath(entry).as_posix().removeprefix("./") if isinstance(entry, str) else None
