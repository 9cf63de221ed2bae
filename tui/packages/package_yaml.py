"""A package's YAML files read for people: a broken one raises ProblemError with
one message that names the file, the line where YAML knows it, the key and the fix."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import yaml


class ProblemError(Exception):
    """A package that can't be loaded; str() is the message for a person."""


def fail(path: Path, message: str) -> ProblemError:
    """The error for something wrong in path, which the message starts with."""
    return ProblemError(f"{path}: {message}")


@dataclass
class YamlFile:
    """A parsed YAML file and the line of each key, for messages."""

    path: Path
    data: dict
    lines: dict[str, int]

    def error(self, key: str, message: str) -> ProblemError:
        line = self.lines.get(key)
        return fail(self.path, (f"line {line}: " if line else "") + message)


def _key_lines(text: str) -> dict[str, int]:
    """'limits.memory' -> 7: where each key of nested mappings is written."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    lines: dict[str, int] = {}

    def walk(node, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    lines.setdefault(prefix + str(key.value), key.start_mark.line + 1)
                    walk(value, f"{prefix}{key.value}.")

    walk(root, "")
    return lines


def read_yaml(path: Path) -> YamlFile:
    """path's mapping of keys; anything else (no file, not UTF-8, bad YAML, a list) is a ProblemError."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise fail(path, "is not UTF-8 text") from None
    except OSError as exc:
        raise fail(path, f"can't be read ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        what = getattr(exc, "problem", None) or str(exc)
        raise fail(path, f"{where}YAML syntax error: {what}. Fix the syntax (quote values containing ':' or '#').") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise fail(path, "must be a mapping of keys (like `title: My Problem`), not a " + type(data).__name__)
    return YamlFile(path, data, _key_lines(text))


_NUMBER_TEXT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def as_float(value) -> float | None:
    """A YAML number, or a string that spells one (YAML 1.1 reads `1e-6` as a string)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()):
        return float(value)
    return None


def positive(doc: YamlFile, key: str, value, default: float, hint: str = "") -> float:
    """value as a positive number, default when it is None; anything else is an error naming key."""
    if value is None:
        return default
    number = as_float(value)
    if number is None or not math.isfinite(number) or number <= 0:
        raise doc.error(key, f"`{key}` must be a positive number, not {value!r}" + (f": {hint}" if hint else ""))
    return number
