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


# A package's YAML describes a problem in a few keys: these bound what reading
# a hostile file costs.  An alias (*name) repeats what its anchor (&name)
# stands for, so a few hundred bytes of aliases of aliases grow to gigabytes
# once walked ("billion laughs"), and an alias inside its own anchor never ends.
MAX_BYTES = 1 << 20  # of the file
MAX_EXPANDED = 4 << 20  # characters and values, with every alias written out
MAX_DEPTH = 64  # levels of nesting


def _key_lines(root) -> dict[str, int]:
    """'limits.memory' -> 7: where each key of nested mappings is written."""
    lines: dict[str, int] = {}

    def walk(node, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    lines.setdefault(prefix + str(key.value), key.start_mark.line + 1)
                    walk(value, f"{prefix}{key.value}.")

    walk(root, "")
    return lines


def _check_size(path: Path, text: str) -> None:
    """Refuses an alias inside the value it names, aliases that expand the
    file past MAX_EXPANDED, and nesting past MAX_DEPTH, before anything is
    built: the parser's events are counted as they stream by."""
    expanded: dict[str, int] = {}  # anchor -> the size of its value, aliases expanded
    open_anchors: list[str | None] = []
    sizes = [0]  # of the collections being read, innermost last
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.CollectionStartEvent):
            if len(sizes) > MAX_DEPTH:
                raise fail(path, f"line {line}: nested more than {MAX_DEPTH} levels deep: a package's YAML needs a few levels, not so many")
            sizes.append(1)
            open_anchors.append(event.anchor)
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            size, anchor = sizes.pop(), open_anchors.pop()
        elif isinstance(event, yaml.ScalarEvent):
            size, anchor = 1 + len(event.value), event.anchor
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor in open_anchors:
                raise fail(
                    path,
                    f"line {line}: the alias *{event.anchor} is inside the value &{event.anchor} names, so that value never ends: "
                    "write the value out instead of the alias",
                )
            size, anchor = expanded.get(event.anchor, 1), None  # an undefined alias: YAML's own error follows
        else:
            continue
        if anchor is not None:
            expanded[anchor] = size
        sizes[-1] += size
        if sizes[-1] > MAX_EXPANDED:
            raise fail(
                path,
                f"line {line}: the YAML aliases (*name) up to here make the file over {MAX_EXPANDED >> 20} MiB once written out "
                "(an alias bomb): write the values out instead of aliasing them",
            )


def _read_text(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise fail(path, f"can't be read ({exc.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise fail(path, f"is over {MAX_BYTES >> 20} MiB: a package's YAML holds a few keys; put big tests in data/ as .in and .ans files")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise fail(path, "is not UTF-8 text") from None


def read_yaml(path: Path) -> YamlFile:
    """path's mapping of keys; anything else (no file, not UTF-8, bad YAML, a
    list, a file or aliases too big, nesting too deep) is a ProblemError."""
    text = _read_text(path)
    try:
        _check_size(path, text)
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
            data = None if root is None else loader.construct_document(root)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        what = getattr(exc, "problem", None) or str(exc)
        raise fail(path, f"{where}YAML syntax error: {what}. Fix the syntax (quote values containing ':' or '#').") from None
    except RecursionError:  # bounded above; should a YAML library still recurse too deep, it is this file's fault
        raise fail(path, "is nested too deeply to be read: a package's YAML needs a few levels") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise fail(path, "must be a mapping of keys (like `title: My Problem`), not a " + type(data).__name__)
    return YamlFile(path, data, _key_lines(root))


# The Kattis float grammar, written so that a long non-number fails in linear time.
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


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
