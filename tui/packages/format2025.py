"""The keys only the 2025-09 package format has (Kattis problem-package-format,
spec/2025-09.md), read into a Description after the Kattis keys it shares
with 2023-07 (tui.packages.kattis).

Read: `uuid`, `languages`, `limits.time_multipliers` and `limits.time_resolution`
(beside the explicit `limits.time_limit` kattis.py reads), `allow_writing_files`
(the spec's table spells it `allow_file_writing`: both are read).  Refused with
one line: `validator_flags` in problem.yaml (2025-09 moved them to
test_group.yaml), `keywords` or `languages` as one string of words (2025-09
made them lists), and the problem types ProctorX doesn't judge yet.
"""

from __future__ import annotations

import math

from tui.packages.described import Description
from tui.packages.package_yaml import YamlFile, as_float

VERSION = "2025-09"
# The spec's language codes (appendix/languages.md) that name one of ours
# differently; every other code is our id itself (c, cpp, java, kotlin...).
_OUR_IDS = {"python3": ("python", "pypy"), "python2": ()}
_MULTIPLIERS = {"ac_to_time_limit": 2.0, "time_limit_to_tle": 1.5}
WRITING_KEYS = ("allow_writing_files", "allow_file_writing")


def read(d: Description) -> None:
    doc, data = d.doc, d.doc.data
    if "validator_flags" in data:
        raise doc.error(
            "validator_flags",
            "2025-09 has no `validator_flags` in problem.yaml: put them in data/test_group.yaml as `output_validator_args: [...]`",
        )
    uuid = data.get("uuid")
    if uuid is not None and (not isinstance(uuid, str) or not uuid.strip()):
        raise doc.error("uuid", f"`uuid` must be a string (like `uuid: 8ee7605a-...`), not {uuid!r}")
    d.uuid = uuid.strip() if isinstance(uuid, str) else None
    if isinstance(data.get("keywords"), str):
        raise doc.error("keywords", "2025-09 `keywords` is a list of strings (like `keywords: [graphs, bfs]`), not one string")
    d.languages = _languages(doc, data.get("languages"))
    d.time_multipliers, d.time_resolution = _timing(doc)
    for key in WRITING_KEYS:
        if key in data:
            if not isinstance(data[key], bool):
                raise doc.error(key, f"`{key}` must be true or false, not {data[key]!r}")
            d.allow_writing_files = data[key]


def _languages(doc: YamlFile, given) -> tuple[str, ...] | None:
    """Our language ids the problem may be solved in, None for `all` (the default)."""
    if given is None or given == "all":
        return None
    codes = [given] if isinstance(given, str) else given
    if not isinstance(codes, list) or not codes or not all(isinstance(c, str) and c.strip() for c in codes):
        raise doc.error(
            "languages", f"`languages` must be `all` or a list of language codes (like `languages: [c, cpp, python3]`), not {given!r}"
        )
    from tui import languages  # languages read images/: imported late to keep this module light

    known = languages.all_languages()
    ours: list[str] = []
    for code in codes:
        code = code.strip()
        if code == "all":
            return None
        ids = _OUR_IDS.get(code, (code,))
        ours += [i for i in ids if i in known and i not in ours]
    if not ours:
        raise doc.error(
            "languages",
            f"none of the languages this problem allows ({', '.join(codes)}) is one ProctorX runs: it knows {', '.join(sorted(known))}",
        )
    return tuple(ours)


def _timing(doc: YamlFile) -> tuple[dict[str, float], float]:
    limits = doc.data.get("limits") or {}
    found = limits.get("time_multipliers") if isinstance(limits, dict) else None
    multipliers = dict(_MULTIPLIERS)
    if found is not None:
        if not isinstance(found, dict):
            raise doc.error("limits", "`limits.time_multipliers` must be a mapping (like `{ac_to_time_limit: 2, time_limit_to_tle: 1.5}`)")
        for key, value in found.items():
            if key not in _MULTIPLIERS:
                raise doc.error("limits", f"unknown key `limits.time_multipliers.{key}`: use ac_to_time_limit or time_limit_to_tle")
            number = as_float(value)
            if number is None or not math.isfinite(number) or number < 1:
                raise doc.error("limits", f"`limits.time_multipliers.{key}` must be a number of at least 1, not {value!r}")
            multipliers[key] = number
    resolution = limits.get("time_resolution", 1.0) if isinstance(limits, dict) else 1.0
    number = as_float(resolution)
    if number is None or not math.isfinite(number) or number <= 0:
        raise doc.error("limits", f"`limits.time_resolution` must be a positive number of seconds, not {resolution!r}")
    return multipliers, number


def derived_time_limit(slowest_ac_s: float, multipliers: dict[str, float], resolution: float) -> float:
    """The spec's default time limit (Problem timing): the smallest whole
    multiple of `time_resolution` at least the slowest accepted submission's
    time × `ac_to_time_limit` (and never 0)."""
    wanted = slowest_ac_s * multipliers.get("ac_to_time_limit", _MULTIPLIERS["ac_to_time_limit"])
    steps = max(1, math.ceil(wanted / resolution - 1e-9))  # 1e-9: 0.3 / 0.1 is 2.9999999999999996
    return round(steps * resolution, 9)
