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
    artifacts: tuple[str, ...] = ()
    name_from: str | None = None
    default_name: str = "solution"
    env: dict[str, str] = field(default_factory=dict)
    memory_error_markers: tuple[str, ...] = ()
    pids_limit: int = 64
    version_command: str | None = None

    @property
    def compiled(self) -> bool:
        return self.compile is not None

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
        assert self.compile is not None
        return self._argv(self.compile, code, 256, main, sources)

    def run_argv(self, code: str, memory_mb: int, main: str | None = None, sources: tuple[str, ...] = ()) -> list[str]:
        return self._argv(self.run, code, memory_mb, main, sources)

    def _argv(self, template: str, code: str, memory_mb: int, main: str | None, sources: tuple[str, ...]) -> list[str]:
        """The command line, placeholders filled: {source} the main file,
        {files} every source file (one argument each), {name} the program's
        name, {memory_mb} the memory limit.  `main` is the main file's path
        when the submission is a folder (its files keep their names)."""
        name = self.program_name(code, main)
        source = main or self.source.format(name=name)
        files = list(sources) or [source]
        values = {"name": name, "source": source, "memory_mb": memory_mb}
        argv: list[str] = []
        for part in shlex.split(template):
            argv += files if part == "{files}" else [part.format(**values)]
        return argv

    def image_digest(self) -> str:
        """A hash of everything the image is built from: a changed Dockerfile,
        language.yaml or launcher gives a new tag, so a stale image never runs."""
        h = hashlib.sha256()
        for path in sorted(self.build_files(), key=lambda p: p.name):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()[:12]

    def build_files(self) -> list[Path]:
        files = [p for p in self.folder.iterdir() if p.is_file()]
        return files + [launcher_source()]

    @property
    def image(self) -> str:
        return f"proctorx-{self.id}:{self.image_digest()}"


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
        artifacts=tuple(data.get("artifacts") or ()),
        name_from=data.get("name_from"),
        default_name=str(data.get("default_name", "solution")),
        env={str(k): str(v) for k, v in (data.get("env") or {}).items()},
        memory_error_markers=tuple(data.get("memory_error_markers") or ()),
        pids_limit=int(data.get("pids_limit", 64)),
        version_command=data.get("version_command"),
    )


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


def for_file(path: Path | str) -> Language:
    """The language a file's extension names."""
    suffix = Path(path).suffix.lower()
    for language in all_languages().values():
        if suffix in language.extensions:
            return language
    known = ", ".join(ext for lang in all_languages().values() for ext in lang.extensions)
    raise LanguageError(f"can't tell the language of {Path(path).name!r} from its extension (known: {known}); name it with --lang")
