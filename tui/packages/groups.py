"""Test groups: what data/**/testdata.yaml says for the tests in a folder.

Kattis lets each folder of data/ carry a testdata.yaml (test_group.yaml in
some drafts); a group inherits from the nearest folder above it that says
something.  Today that is the output validator's flags.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from tui.packages.constants import NONE, Constants
from tui.packages.inside import inside
from tui.packages.package_yaml import YamlFile, as_float, read_yaml

TESTDATA_FILES = ("testdata.yaml", "test_group.yaml")
FLAG_KEYS = ("output_validator_args", "output_validator_flags")


@dataclass
class Flags:
    """The validator flags a test gets, and the file and key that set them (for messages)."""

    words: list[str]
    where: YamlFile
    key: str

    def default_validator(self) -> dict:
        """The words read as Kattis default-validator flags: case_sensitive,
        space_change_sensitive, float_tolerance ε, float_absolute_tolerance ε,
        float_relative_tolerance ε.  Anything else is an error naming the key."""
        flags: dict = {}
        words, key = self.words, self.key
        i = 0
        while i < len(words):
            word = words[i]
            if word in ("case_sensitive", "space_change_sensitive"):
                flags[word] = True
                i += 1
                continue
            if word in ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance"):
                value = as_float(words[i + 1]) if i + 1 < len(words) else None
                if value is None or not math.isfinite(value) or value < 0:
                    given = repr(words[i + 1]) if i + 1 < len(words) else "nothing"
                    raise self.where.error(key, f"`{key}`: {word} needs a non-negative number after it, not {given} (like `{word} 1e-6`)")
                if word in ("float_tolerance", "float_absolute_tolerance"):
                    flags["float_abs"] = value
                if word in ("float_tolerance", "float_relative_tolerance"):
                    flags["float_rel"] = value
                i += 2
                continue
            raise self.where.error(
                key,
                f"`{key}`: unknown flag {word!r} for the default validator: use case_sensitive, "
                "space_change_sensitive, float_tolerance ε, float_absolute_tolerance ε or float_relative_tolerance ε",
            )
        return flags


def flag_words(where: YamlFile, key: str, value) -> list[str]:
    """A flags value as written (a string or a list) as words."""
    if value is None:
        return []
    if isinstance(value, list):
        return [str(w) for w in value]
    if isinstance(value, (str, int, float)):
        return str(value).split()
    raise where.error(key, f"`{key}` must be a string of flags (like `float_tolerance 1e-6`), not {value!r}")


class GroupFlags:
    """Validator flags per test group: problem.yaml's, then those of the
    nearest data/**/testdata.yaml that sets some (groups inherit)."""

    def __init__(self, folder: Path, problem: Flags, constants: Constants = NONE) -> None:
        self.folder = folder
        self.problem = problem
        self.constants = constants  # 2025-09: what {{name}} stands for in test_group.yaml's values
        self._groups: dict[Path, Flags | None] = {}

    def flags(self, directory: Path) -> Flags:
        """The flags of a test in directory."""
        for group in [directory, *directory.parents]:
            if group == self.folder:
                break
            if group not in self._groups:
                self._groups[group] = _read_group(self.folder, group, self.constants)
            found = self._groups[group]
            if found is not None:
                return Flags(self.problem.words + found.words, found.where, found.key)
        return self.problem


def _read_group(package: Path, group: Path, constants: Constants) -> Flags | None:
    for name in TESTDATA_FILES:
        path = group / name
        if path.is_file():
            doc = read_yaml(inside(package, path, name))
            for key in FLAG_KEYS:
                if key in doc.data:
                    return Flags(flag_words(doc, key, constants.substitute_values(doc.data[key])), doc, key)
    return None
