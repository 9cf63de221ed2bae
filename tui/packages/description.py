"""A package's problem.yaml read once into one description, whatever its format.

The native format is a superset of Kattis': the Kattis adapter
(tui.packages.kattis) reads the keys the two formats spell differently, then
the native keys are read over them (a native key wins).  Every value is
checked where it is read, so an error names its file, line and key; defaults
are not applied here (they differ between the formats) but by the loader.
"""

from __future__ import annotations

from pathlib import Path

from tui.packages import format2025, kattis
from tui.packages.described import Description
from tui.packages.inside import inside
from tui.packages.model import CHECKERS
from tui.packages.package_yaml import ProblemError, YamlFile, fail, positive, read_yaml


def describe(folder: Path) -> Description:
    """Reads folder/problem.yaml; a ProblemError says what is wrong and where."""
    yaml_path = folder / "problem.yaml"
    if not yaml_path.is_file():
        raise fail(folder, "is not a problem package: it has no problem.yaml")
    doc = read_yaml(inside(folder, yaml_path, "problem.yaml"))
    described = Description(folder, doc, kattis.version(doc.data) if kattis.is_kattis(doc.data) else "native")
    kattis.read(described)
    if described.format == format2025.VERSION:
        format2025.read(described)
    _read_native(described)
    _settle_checker(described)
    return described


def _read_native(d: Description) -> None:
    data, doc = d.doc.data, d.doc
    if "title" in data:
        title = data["title"]
        if not isinstance(title, str) or not title.strip():
            raise doc.error("title", f"`title` must be a non-empty string, not {title!r}")
        d.title = title.strip()
    if not d.title:
        raise doc.error("title", "no title: add `title: <the problem's name>` (Kattis: `name: <the problem's name>`)")
    for key, attribute, hint in (
        ("time_limit", "time_s", "the CPU seconds per test, like `time_limit: 2`"),
        ("memory_limit", "memory_mb", "MiB per test, like `memory_limit: 256`"),
        ("output_limit", "output_mb", "MiB of output per test, like `output_limit: 8`"),
    ):
        if data.get(key) is not None:
            setattr(d, attribute, positive(doc, key, data[key], 0, hint))
    if "checker" in data:
        d.checker = data["checker"]
    for key in ("case_sensitive", "space_change_sensitive"):
        if key in data:
            setattr(d, key, bool(data[key]))
    if data.get("float_tolerance") is not None:
        d.float_tolerance = positive(doc, "float_tolerance", data["float_tolerance"], 0, "like `float_tolerance: 1.0e-6`")
    difficulty = data.get("difficulty")
    if difficulty is not None and difficulty not in ("easy", "medium", "hard"):
        raise doc.error("difficulty", f"`difficulty` must be easy, medium or hard, not {difficulty!r}")
    d.difficulty = difficulty
    tags = data.get("tags")
    d.tags = _tags(doc, d.tags if tags is None else tags)  # `tags`, else Kattis' keywords
    d.inline_tests = _inline_tests(doc)


def _settle_checker(d: Description) -> None:
    """The checker kind, from `checker` or what the Kattis keys implied, and
    the custom validator's folder it then needs."""
    if d.checker is None:
        d.checker = "tokens" if d.kattis else "lines"
    if d.interactive and d.checker != "custom":
        raise d.doc.error("checker", f"an interactive problem is judged by its interactor: its checker is `custom`, not {d.checker!r}")
    if d.checker not in CHECKERS:
        raise d.doc.error("checker", f"unknown checker {d.checker!r}: use one of {', '.join(CHECKERS)}")
    if d.checker == "custom":
        folders = kattis.validator_folders(d.folder)
        if not folders:
            key = "checker" if "checker" in d.doc.data else "validation"
            if d.interactive or d.multipass:
                key = "type" if "type" in d.doc.data else "validation"
                what = "an interactive problem needs its interactor" if d.interactive else "a multi-pass problem needs its output validator"
                raise d.doc.error(key, f"{what}: put its source in output_validators/ (or output_validator/)")
            raise d.doc.error(
                key,
                "the checker is custom but there is no output_validators/ (or output_validator/) folder: put the validator's source there",
            )
        d.validator = kattis.validator_program(d.folder, folders[0])


def _tags(doc: YamlFile, tags) -> list[str]:
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, list):
        raise doc.error("tags", f"`tags` must be a list (like `tags: [graphs, bfs]`), not {tags!r}")
    return [str(t) for t in tags]


def _inline_tests(doc: YamlFile) -> list[dict]:
    tests = doc.data.get("tests") or []
    if not isinstance(tests, list):
        raise doc.error("tests", "`tests` must be a list of {input, expected} entries")
    for number, test in enumerate(tests, start=1):
        if not isinstance(test, dict) or "input" not in test or "expected" not in test:
            raise doc.error("tests", f"tests[{number}] needs both `input` and `expected`")
    return tests


__all__ = ["Description", "ProblemError", "describe"]
