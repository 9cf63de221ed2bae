"""Validation data (2025-09): test cases that prove a package's validators
instead of its submissions, and the input and answer validators they prove.

data/invalid_input/**.in          each must be rejected by an input validator
data/invalid_answer/**.in + .ans  each .ans must be rejected by an answer validator
                                  (or by the output validator judging it as an output)
data/invalid_output/**.in .ans .out  each .out must be rejected by the output validator
data/valid_output/**.in .ans .out    each .out must be accepted by it

None of them is ever judged as a test.  Validators are the files (or
folders, one program each) in input_validators/ and answer_validators/.
"""

from __future__ import annotations

from pathlib import Path

from tui.packages.constants import NONE, Constants
from tui.packages.groups import GroupFlags
from tui.packages.inside import files_under, inside
from tui.packages.model import InputValidatorArgs, TestCase, ValidationCase
from tui.packages.package_yaml import YamlFile, fail, read_yaml

KINDS = ("invalid_input", "invalid_answer", "invalid_output", "valid_output")
# What each kind holds beside its .in.
_NEEDS = {"invalid_input": (), "invalid_answer": (".ans",), "invalid_output": (".ans", ".out"), "valid_output": (".ans", ".out")}


def validators(folder: Path, where: str) -> list[Path]:
    """The validator programs in folder/where: each source file, or each
    sub-folder (a program of several files), by name."""
    root = folder / where
    if not root.is_dir():
        return []
    # *.disabled and *.template: switched off by their authors, as BAPCtools reads them.
    found = sorted(
        p
        for p in inside(folder, root, where).iterdir()
        if not p.name.startswith(".") and p.name != "__pycache__" and p.suffix not in (".disabled", ".template")
    )
    return [p for p in found if p.is_dir() or p.suffix]


def cases(folder: Path, groups: GroupFlags, custom: bool) -> list[ValidationCase]:
    """Every validation case under data/, sorted by kind then path; a case
    missing a file its kind needs is a broken package."""
    found: list[ValidationCase] = []
    for kind in KINDS:
        root = folder / "data" / kind
        if not root.is_dir():
            continue
        for infile in sorted(files_under(folder, root, "validation data", ".in")):
            paths = {}
            for suffix in _NEEDS[kind]:
                path = infile.with_suffix(suffix)
                if not path.is_file():
                    raise fail(infile, f"is in {kind}/ and has no {path.name} beside it: {kind} cases need {' and '.join(_NEEDS[kind])}")
                paths[suffix] = inside(folder, path, "validation data")
            flags = groups.flags(infile.parent)
            test = TestCase(
                0,
                str(infile.relative_to(folder / "data").with_suffix("")),
                True,
                str(infile.relative_to(folder)),
                infile,
                paths.get(".ans"),
                inline_answer=b"" if ".ans" not in paths else None,
                validator_args=tuple(flags.words) if custom else (),
                input_validator_args=input_validator_args(folder, infile, groups.constants),
                args=program_args(folder, infile, groups.constants),
            )
            found.append(ValidationCase(kind, test, paths.get(".out")))
    return found


INPUT_ARGS_KEY = "input_validator_args"
ARGS_KEY = "args"
_GROUP_FILES = ("test_group.yaml", "testdata.yaml")


def input_validator_args(folder: Path, infile: Path, constants: Constants = NONE) -> InputValidatorArgs:
    """What the input validators get for the test `infile`: its own .yaml's
    `input_validator_args`, else the nearest test_group.yaml's above it
    (2025-09: a list for every validator, or a map of validator name to list)."""
    found = _nearest(folder, infile, INPUT_ARGS_KEY, constants)
    return InputValidatorArgs() if found is None else _input_args(*found)


def program_args(folder: Path, infile: Path, constants: Constants = NONE) -> tuple[str, ...]:
    """The test's 2025-09 `args` (the program's arguments, and the input
    validators' after their own): its .yaml's, else the nearest test_group.yaml's."""
    found = _nearest(folder, infile, ARGS_KEY, constants)
    if found is None or found[1] is None:
        return ()
    return _words(found[0], found[1], f"`{ARGS_KEY}`", ARGS_KEY)


def _nearest(folder: Path, infile: Path, key: str, constants: Constants) -> tuple[YamlFile, object] | None:
    """The test's own .yaml, else the nearest test_group.yaml above it, that
    sets `key`, and its value: a test_group.yaml's with the constants
    substituted (a test's own .yaml is test data, where they are not)."""
    own = infile.with_suffix(".yaml")
    candidates = [own] if own.is_file() else []
    data = folder / "data"
    for group in [infile.parent, *infile.parent.parents]:
        candidates += [group / name for name in _GROUP_FILES if (group / name).is_file()]
        if group in (data, folder):
            break
    for path in candidates:
        doc = read_yaml(inside(folder, path, path.name))
        if isinstance(doc.data, dict) and key in doc.data:
            value = doc.data[key]
            return doc, (constants.substitute_values(value) if path.name in _GROUP_FILES else value)
    return None


def _input_args(doc: YamlFile, value) -> InputValidatorArgs:
    if value is None:
        return InputValidatorArgs()
    if isinstance(value, dict):
        named = []
        for name, words in value.items():
            named.append((str(name), _words(doc, words, f"`{INPUT_ARGS_KEY}` for {name}")))
        return InputValidatorArgs(by_name=tuple(named))
    return InputValidatorArgs(every=_words(doc, value, f"`{INPUT_ARGS_KEY}`"))


def _words(doc: YamlFile, value, what: str, key: str = INPUT_ARGS_KEY) -> tuple[str, ...]:
    if isinstance(value, list) and all(isinstance(w, (str, int, float)) and not isinstance(w, bool) for w in value):
        return tuple(str(w) for w in value)
    if isinstance(value, str):  # older drafts: one string of words
        return tuple(value.split())
    either = ", or a map of validator name to such a list" if key == INPUT_ARGS_KEY else ""
    raise doc.error(key, f"{what} must be a list of arguments (like `[--max, 100]`){either}, not {value!r}")
