"""What a package's problem.yaml says, read into one value: the leaf both
readers fill (the Kattis adapter, tui.packages.kattis, and the native keys in
tui.packages.description), so neither has to import the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tui.packages.constants import NONE, Constants
from tui.packages.groups import Flags
from tui.packages.package_yaml import YamlFile


@dataclass
class Description:
    """What problem.yaml (and the files Kattis tools keep beside it) says.
    None means the package doesn't say."""

    folder: Path
    doc: YamlFile
    format: str  # native | legacy | 2023-07 | 2025-09
    title: str = ""
    time_s: float | None = None
    memory_mb: float | None = None
    output_mb: float | None = None
    checker: str | None = None  # lines | exact | tokens | custom
    case_sensitive: bool | None = None
    space_change_sensitive: bool | None = None
    float_tolerance: float | None = None  # native: absolute and relative alike
    flags: Flags | None = None  # validator_flags of problem.yaml
    validator: Path | None = None  # the custom validator's folder, when checker is custom
    interactive: bool = False  # the validator is an interactor the program talks with
    multipass: bool = False  # the validator's nextpass.in is the program's next input
    validation_passes: int = 2  # at most this many passes (limits.validation_passes)
    difficulty: str | None = None
    tags: list[str] = field(default_factory=list)
    constants: Constants = NONE  # problem.yaml's `constants` (tui/packages/constants.py)
    inline_tests: list[dict] = field(default_factory=list)
    scoring: bool = False  # `type: scoring`
    submit_answer: bool = False  # `type: submit-answer`: the submission is the answer files
    score_file: str = "no"  # no | may | must: see Problem.score_file
    # 2025-09 (tui.packages.format2025):
    uuid: str | None = None
    languages: tuple[str, ...] | None = None  # our language ids; None: all
    time_multipliers: dict[str, float] = field(default_factory=dict)
    time_resolution: float | None = None
    allow_writing_files: bool | None = None  # None: the format's default

    @property
    def kattis(self) -> bool:
        return self.format != "native"
