"""The user's settings: settings.json in the user config folder
(userdirs.config_dir(); PROCTORX_CONFIG_DIR overrides), every key documented
here and in the README.

A setting that can't be used is a warning that names its key and what it
needs, and the default takes its place: a settings file never stops the app or
a command.  The app and the CLI both read it through load().

Earlier builds kept settings.json in the data folder, together with each
problem's last language; load() moves it once (the settings to the config folder, the
languages to the data folder's state.json) and renames the old file to
settings.json.migrated.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path

from tui import userdirs

SETTINGS_FILE = "settings.json"
STATE_FILE = "state.json"  # in the data folder: what the app remembers, not what the user sets


@dataclass(frozen=True)
class Settings:
    """Each field is one key of settings.json; its metadata["doc"] is its documentation."""

    theme: str | None = field(
        default=None,
        metadata={"doc": 'the app\'s colours: "textual-dark", "textual-light" or any Textual theme; ctrl+t switches and saves it'},
    )
    keymap: dict[str, str] = field(
        default_factory=dict,
        metadata={"doc": 'keys by binding id, like {"problem.run": "f9"}; f1 in the app lists every binding id'},
    )
    jobs: int | None = field(
        default=None,
        metadata={"doc": "tests run at once by the app, `judge` and `problems check` (default: one per core; --jobs overrides)"},
    )
    warm_containers: int = field(
        default=8,
        metadata={"doc": "containers the app starts ahead of the next run while you read and type (0: none, start them on ctrl+r)"},
    )


def _positive(minimum: int) -> Callable[[object], bool]:
    return lambda value: isinstance(value, int) and not isinstance(value, bool) and value >= minimum


# What each key accepts, and how a warning says it.
_CHECKS: dict[str, tuple[Callable[[object], bool], str]] = {
    "theme": (lambda v: isinstance(v, str) and bool(v), 'a theme name, like "textual-light"'),
    "keymap": (
        lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(x, str) for k, x in v.items()),
        'an object of binding ids to keys, like {"problem.run": "f9"}',
    ),
    "jobs": (lambda v: v is None or _positive(1)(v), "a whole number of at least 1"),
    "warm_containers": (_positive(0), "a whole number of at least 0"),
}
_DEFAULT_SAYS = {"jobs": "one per core", "theme": "Textual's", "keymap": "the keys in f1"}


@dataclass
class Loaded:
    settings: Settings
    path: Path
    warnings: list[str]  # one line each, for a person


def settings_path(config_dir: Path | None = None) -> Path:
    return (config_dir or userdirs.config_dir()) / SETTINGS_FILE


def documented() -> list[tuple[str, str, str]]:
    """(key, default, doc) of every setting, in order: what the README lists."""
    defaults = Settings()
    return [(f.name, json.dumps(getattr(defaults, f.name)), f.metadata["doc"]) for f in fields(Settings)]


def load(config_dir: Path | None = None, data_dir: Path | None = None) -> Loaded:
    """The settings, with a warning for each key that can't be used (its default
    is used instead).  data_dir: where an old settings.json may wait to be moved."""
    path = settings_path(config_dir)
    warnings = migrate(path, data_dir or userdirs.data_dir())
    raw, problem = read_raw(path)
    if problem:
        return Loaded(Settings(), path, [*warnings, problem])
    values = {}
    known = [f.name for f in fields(Settings)]
    for key, value in raw.items():
        if key not in _CHECKS:
            warnings.append(f'{path}: unknown setting "{key}" (known: {", ".join(known)}); ignored')
            continue
        check, needs = _CHECKS[key]
        if not check(value):
            default = _DEFAULT_SAYS.get(key) or json.dumps(getattr(Settings(), key))
            warnings.append(f'{path}: "{key}" must be {needs} (got {json.dumps(value)}); using the default ({default})')
            continue
        values[key] = value
    return Loaded(Settings(**values), path, warnings)


def read_raw(path: Path) -> tuple[dict, str | None]:
    """The file's object as written ({} when there is none), or a warning."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{path}: can't be read ({exc}); using the defaults"
    try:
        data = json.loads(text) if text.strip() else {}
    except ValueError as exc:
        where = f"line {exc.lineno}, column {exc.colno}: " if isinstance(exc, json.JSONDecodeError) else ""
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        return {}, f"{path}: not valid JSON ({where}{msg}); using the defaults"
    if not isinstance(data, dict):
        return {}, f'{path}: expected an object of settings, like {{"jobs": 2}}; using the defaults'
    return data, None


def save(path: Path, **values) -> str | None:
    """Sets keys in the file and keeps everything else in it as written.
    A file that can't be read is left alone (nothing of the user's is lost):
    the warning is returned instead."""
    raw, problem = read_raw(path)
    if problem:
        return problem.replace("; using the defaults", "; not changed")
    raw.update(values)
    try:
        _write(path, json.dumps(raw, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        return f"{path}: can't be written ({exc.strerror or exc})"
    return None


def migrate(path: Path, data_dir: Path) -> list[str]:
    """Moves a settings.json of the old location (the data folder) here, once."""
    old = data_dir / SETTINGS_FILE
    if path.exists() or not old.is_file() or old.resolve() == path.resolve():
        return []
    raw, problem = read_raw(old)
    if problem:
        return [f"{problem.replace('; using the defaults', '')}: not moved to {path}"]
    try:
        languages = raw.pop("languages", None)
        if isinstance(languages, dict) and not (data_dir / STATE_FILE).exists():
            _write(data_dir / STATE_FILE, json.dumps({"languages": languages}, indent=2) + "\n")
        _write(path, json.dumps(raw, indent=2, ensure_ascii=False) + "\n")
        os.replace(old, old.with_name(SETTINGS_FILE + ".migrated"))
    except OSError as exc:
        return [f"{old}: can't be moved to {path} ({exc.strerror or exc}); its settings are not used"]
    return []


def _write(path: Path, text: str) -> None:
    """Through a temporary file, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
