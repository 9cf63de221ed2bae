"""Languages as data: each folder of images/ with a language.yaml is a language.

A language says how its source file is named, how it is compiled (if at all),
which files the compile leaves behind, and how the program is run.  Adding a
language is adding a folder: a Dockerfile and a language.yaml, no Python.
"""

from __future__ import annotations

import hashlib
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from tui import resources
from tui.limits import COMPILE_LIMITS, Limits


class LanguageError(Exception):
    """A language that doesn't exist or whose definition can't be used."""


@dataclass(frozen=True)
class Language:
    id: str
    name: str
    folder: Path
    extensions: tuple[str, ...]
    source: str
    run: str
    compile: str | None = None
    # A language that runs its source may still check it first (py_compile,
    # ruby -c): a failed check is a compile error, a passed one leaves the
    # source as the program.
    check: str | None = None
    artifacts: tuple[str, ...] = ()
    name_from: str | None = None
    # Java: the run starts the class that declares main (`entry_from` finds
    # it: the last class declared before `main_from`), within the package a
    # `package` line puts it in.
    package_from: str | None = None
    class_from: str | None = None
    main_from: str | None = None
    default_name: str = "solution"
    env: dict[str, str] = field(default_factory=dict)
    memory_error_markers: tuple[str, ...] = ()
    pids_limit: int = 64
    # Open files at once: R refuses to start with fewer than it can load
    # libraries into (the container's own hard limit is 256).
    open_files: int = 64
    # The compiler's own limits: a compile that needs more is a compile error.
    compile_limits: Limits = COMPILE_LIMITS
    compile_pids: int = 128
    version_command: str | None = None
    # An extension another language has too (Prolog's .pl, Perl's): a file of
    # it is this language's when its text matches this regex (`claims`).
    claims: str | None = None

    @property
    def compiled(self) -> bool:
        return self.compile is not None

    @property
    def builds(self) -> bool:
        """Whether a judgement starts with a step of its own (a compile or a check)."""
        return self.compile is not None or self.check is not None

    def program_name(self, code: str, main: str | None = None) -> str:
        """The stem a source must carry (Java: its public class).  A file of a
        folder keeps its own name: then it is that name's stem, unless the
        code names itself (a public class)."""
        if self.name_from:
            found = re.search(self.name_from, code)
            if found:
                return found.group(1)
        return PurePosixPath(main).stem if main else self.default_name

    def source_name(self, code: str) -> str:
        return self.source.format(name=self.program_name(code))

    def is_source(self, path: str) -> bool:
        return PurePosixPath(path).suffix.lower() in self.extensions

    def compile_argv(self, code: str, main: str | None = None, sources: tuple[str, ...] = ()) -> list[str]:
        """The compile's command line (or the check's, for a language that has one)."""
        template = self.compile or self.check
        assert template is not None
        return self._argv(template, code, 256, main, sources)

    def run_argv(self, code: str, memory_mb: int, main: str | None = None, sources: tuple[str, ...] = ()) -> list[str]:
        return self._argv(self.run, code, memory_mb, main, sources)

    def _argv(self, template: str, code: str, memory_mb: int, main: str | None, sources: tuple[str, ...]) -> list[str]:
        """The command line, placeholders filled: {source} the main file,
        {files} every source file (one argument each), {name} the program's
        name, {memory_mb} the memory limit.  `main` is the main file's path
        when the submission is a folder (its files keep their names).
        {entry} is {name} within its package (Java's `package a.b;`)."""
        name = self.program_name(code, main)
        source = main or self.source.format(name=name)
        files = list(sources) or [source]
        package = re.search(self.package_from, code) if self.package_from else None
        entry = self._entry_class(code) or name
        entry = f"{package.group(1)}.{entry}" if package else entry
        values = {"name": name, "source": source, "memory_mb": memory_mb, "entry": entry}
        argv: list[str] = []
        for part in shlex.split(template):
            argv += files if part == "{files}" else [part.format(**values)]
        return argv

    def _entry_class(self, code: str) -> str | None:
        """The innermost class whose body holds main (Java)."""
        if not (self.class_from and self.main_from):
            return None
        text = _blanked(code)
        main = re.search(self.main_from, text)
        if main is None:
            return None
        holder = None
        for declared in re.finditer(self.class_from, text[: main.start()]):
            body = _body_span(text, declared.end())
            if body is not None and body[0] < main.start() < body[1]:
                holder = declared.group(1)  # later ones are nested deeper
        return holder

    def entry_error(self, code: str) -> str | None:
        """Why the program can't be started at all (Java: no class declares
        main), for a compile error before the compiler runs."""
        if self.main_from and not re.search(self.main_from, _blanked(code)):
            return "no class declares `public static void main(String[] args)`: the program has nowhere to start"
        return None

    def image_digest(self) -> str:
        """A hash of everything the image is built from: a changed Dockerfile,
        language.yaml or launcher gives a new tag, so a stale image never runs."""
        h = hashlib.sha256()
        for path in sorted(self.build_files(), key=lambda p: p.name):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()[:12]

    def build_files(self) -> list[Path]:
        # The starter is what the editor opens with, not part of the image.
        files = [p for p in self.folder.iterdir() if p.is_file() and p.stem != "starter"]
        return files + [launcher_source()]

    @property
    def starter(self) -> str:
        """What the editor opens with when a problem has no starter of its
        own: the folder's starter.* (input read, nothing solved), else nothing."""
        for path in sorted(self.folder.glob("starter.*")):
            try:
                return path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return ""
        return ""

    @property
    def image(self) -> str:
        return f"proctorx-{self.id}:{self.image_digest()}"


_COMMENT_OR_LITERAL = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def _blanked(code: str) -> str:
    """The code with comments and string literals blanked (same length), so
    their braces and words are not taken for code."""
    return _COMMENT_OR_LITERAL.sub(lambda m: " " * len(m.group(0)), code)


def _body_span(text: str, start: int) -> tuple[int, int] | None:
    """Where the brace block that opens after `start` begins and ends."""
    opening = text.find("{", start)
    if opening < 0:
        return None
    depth = 0
    for at in range(opening, len(text)):
        if text[at] == "{":
            depth += 1
        elif text[at] == "}":
            depth -= 1
            if depth == 0:
                return opening, at
    return opening, len(text)


def _head(path: Path, size: int = 64 * 1024) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(size).decode("utf-8", "replace")
    except OSError:
        return ""


def launcher_source() -> Path:
    return resources.images_dir() / "launcher" / "pxlaunch.c"


def _load(folder: Path) -> Language:
    path = folder / "language.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise LanguageError(f"{path}: can't be read: {exc}") from None
    if not isinstance(data, dict):
        raise LanguageError(f"{path}: expected a mapping of keys")
    missing = [key for key in ("name", "extensions", "source", "run") if key not in data]
    if missing:
        raise LanguageError(f"{path}: missing {', '.join(missing)}")
    return Language(
        id=folder.name,
        name=str(data["name"]),
        folder=folder,
        extensions=tuple(str(e).lower() for e in data["extensions"]),
        source=str(data["source"]),
        run=str(data["run"]),
        compile=data.get("compile"),
        check=data.get("check"),
        artifacts=tuple(data.get("artifacts") or ()),
        name_from=data.get("name_from"),
        package_from=data.get("package_from"),
        class_from=data.get("class_from"),
        main_from=data.get("main_from"),
        default_name=str(data.get("default_name", "solution")),
        env={str(k): str(v) for k, v in (data.get("env") or {}).items()},
        memory_error_markers=tuple(data.get("memory_error_markers") or ()),
        pids_limit=int(data.get("pids_limit", 64)),
        open_files=min(int(data.get("open_files", 64)), 256),
        compile_limits=_compile_limits(path, data),
        compile_pids=int(data.get("compile_pids", 128)),
        version_command=data.get("version_command"),
        claims=_pattern(path, data.get("claims")),
    )


def _pattern(path: Path, value) -> str | None:
    if value is None:
        return None
    try:
        re.compile(str(value))
    except re.error as exc:
        raise LanguageError(f"{path}: claims is not a regular expression: {exc}") from None
    return str(value)


def _compile_limits(path: Path, data: dict) -> Limits:
    """COMPILE_LIMITS, or the language's own (`compile_time_s`,
    `compile_memory_mb`: some compilers need more than most)."""
    try:
        time_s = float(data.get("compile_time_s", COMPILE_LIMITS.time_s))
        memory_mb = int(data.get("compile_memory_mb", COMPILE_LIMITS.memory_mb))
    except (TypeError, ValueError):
        raise LanguageError(f"{path}: compile_time_s and compile_memory_mb must be numbers") from None
    return Limits(time_s=time_s, memory_mb=memory_mb, output_mb=COMPILE_LIMITS.output_mb)


_cache: dict[Path, dict[str, Language]] = {}


def all_languages(images: Path | None = None) -> dict[str, Language]:
    """Every language under images/, by id, in a stable order."""
    root = images or resources.images_dir()
    if root not in _cache:
        found = {}
        for folder in sorted(root.iterdir()) if root.is_dir() else []:
            if (folder / "language.yaml").is_file():
                found[folder.name] = _load(folder)
        _cache[root] = found
    return _cache[root]


def get(lang_id: str) -> Language:
    languages = all_languages()
    if lang_id not in languages:
        known = ", ".join(languages) or "none"
        raise LanguageError(f"unknown language {lang_id!r} (known: {known})")
    return languages[lang_id]


def for_file(path: Path | str, text: str | None = None) -> Language:
    """The language a file's extension names.  Where languages share an
    extension (.pl: Perl, and Prolog as Kattis names it), the one whose
    `claims` the file's text (`text`, else the file's start) matches, else
    the one that claims nothing."""
    suffix = Path(path).suffix.lower()
    sharing = [language for language in all_languages().values() if suffix in language.extensions]
    if len(sharing) > 1:
        text = text if text is not None else _head(Path(path))
        claimed = [lang for lang in sharing if lang.claims and re.search(lang.claims, text, re.M)]
        return (claimed or [lang for lang in sharing if not lang.claims] or sharing)[0]
    if sharing:
        return sharing[0]
    known = ", ".join(dict.fromkeys(ext for lang in all_languages().values() for ext in lang.extensions))  # .pl once
    raise LanguageError(f"can't tell the language of {Path(path).name!r} from its extension (known: {known}); name it with --lang")
