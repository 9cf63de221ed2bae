"""What an example submission is expected to get, as the package states it.

Three sources, the first that speaks for a submission wins (docs/problem-format.md):

1. an `@EXPECTED_RESULTS@: WRONG-ANSWER,TIMELIMIT` tag in a comment of its
   source (DOMjudge): its final verdict must be one of those;
2. `submissions/submissions.yaml` (2025-09): every glob that matches it (or a
   folder above it) adds a rule (`permitted`, `required` verdicts of AC, WA,
   TLE, RTE, a `score` or range, a `message`, each optionally per test group),
   on top of its folder's default rule, which a key naming the folder itself
   overrides key by key;
3. the name of its folder (accepted/, wrong_answer/, ...: kattis.SUBMISSION_VERDICTS).

The tag wins because it sits in the one file it speaks of, written for it;
submissions.yaml speaks of globs, and the folder of everything in it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from tui.packages.package_yaml import YamlFile, as_float, read_yaml

SPEC_VERDICTS = ("AC", "WA", "TLE", "RTE")
# The spec's default rules per folder (2025-09 "Default directories").
DEFAULT_RULES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "accepted": (frozenset({"AC"}), frozenset(SPEC_VERDICTS)),
    "rejected": (frozenset(SPEC_VERDICTS), frozenset({"RTE", "TLE", "WA"})),
    "wrong_answer": (frozenset({"AC", "WA"}), frozenset({"WA"})),
    "time_limit_exceeded": (frozenset({"AC", "TLE"}), frozenset({"TLE"})),
    "run_time_error": (frozenset({"AC", "RTE"}), frozenset({"RTE"})),
    "brute_force": (frozenset({"AC", "RTE", "TLE"}), frozenset({"RTE", "TLE"})),
}
_RULE_KEYS = ("permitted", "required", "score", "message")
# Keys a submissions.yaml entry may hold that say nothing of verdicts.
_OTHER_KEYS = ("language", "entrypoint", "authors", "model_solution", "use_for_time_limit")

# DOMjudge's result names (and the spellings its example problems use) as ours.
DOMJUDGE_RESULTS: dict[str, tuple[str, ...]] = {
    "CORRECT": ("AC",),
    "ACCEPTED": ("AC",),
    "WRONG-ANSWER": ("WA",),
    "NO-OUTPUT": ("WA",),  # an empty output where one was expected: our checkers say WA
    "TIMELIMIT": ("TLE",),
    "TIME-LIMIT-EXCEEDED": ("TLE",),
    "RUN-ERROR": ("RE", "MLE"),  # DOMjudge reports running out of memory as a run error
    "RUN-TIME-ERROR": ("RE", "MLE"),
    "MEMORY-LIMIT": ("MLE", "RE"),
    "OUTPUT-LIMIT": ("OLE",),
    "COMPILER-ERROR": ("CE",),
}
# The colon is part of the tag, as DOMjudge matches it: prose that names the tag is no tag.
_TAG = re.compile(rb"@EXPECTED_RESULTS@:[ \t]*([^\r\n]*)")
_TAG_BYTES = 64 * 1024  # a tag is in a comment near the top; a huge file is not read whole


class Unjudgeable(ValueError):
    """The package states an expectation ProctorX can't check (said why)."""


@dataclass(frozen=True)
class Rule:
    """One requirement of submissions.yaml on one submission: `label` is its
    key (a glob), `tests` the test-group glob it is limited to (None: all)."""

    label: str
    permitted: frozenset[str] = frozenset(SPEC_VERDICTS)
    required: frozenset[str] = frozenset(SPEC_VERDICTS)
    score: tuple[float, float] | None = None
    message: str | None = None
    tests: str | None = None
    use_for_time_limit: str | None = None  # "false", "lower" or "upper" when submissions.yaml says so

    def covers(self, test_path: str) -> bool:
        """Whether the rule holds for a test, by its path under data/ without .in."""
        return self.tests is None or matches(self.tests, test_path)


@dataclass(frozen=True)
class Expectation:
    """What a submission is held to: `held_to` says so in words; `verdicts`
    is the final verdict wanted (the tag, the folder), or `rules` from
    submissions.yaml, checked test by test."""

    held_to: str
    verdicts: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = field(default_factory=tuple)


# ---- @EXPECTED_RESULTS@ -------------------------------------------------------
def tagged(path: Path) -> Expectation | None:
    """The tag in the submission's source (a folder: in any of its files),
    or None when it has none.  Raises Unjudgeable for results we can't tell
    apart (CHECK-MANUALLY)."""
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        with file.open("rb") as handle:
            found = _TAG.search(handle.read(_TAG_BYTES))
        if found is None:
            continue
        names = [n.strip().upper().replace("_", "-") for n in found.group(1).decode("utf-8", "replace").split(",")]
        names = [n.rstrip("*/#-; \t").strip() for n in names]
        names = [n for n in names if n]
        unknown = [n for n in names if n not in DOMJUDGE_RESULTS]
        if unknown or not names:
            raise Unjudgeable(f"@EXPECTED_RESULTS@ says {', '.join(unknown) or 'nothing'}, which ProctorX can't check")
        ours: list[str] = []
        for name in names:
            ours += [v for v in DOMJUDGE_RESULTS[name] if v not in ours]
        if len(ours) > 1 and "AC" in ours:  # a program that may fail is no reference: AC is not its first verdict
            ours = [v for v in ours if v != "AC"] + ["AC"]
        return Expectation(f"@EXPECTED_RESULTS@: {','.join(names)}", tuple(ours))
    return None


# ---- submissions.yaml ---------------------------------------------------------
def read_submissions_yaml(folder: Path) -> YamlFile | None:
    path = folder / "submissions" / "submissions.yaml"
    return read_yaml(path) if path.is_file() else None


def from_yaml(doc: YamlFile, relative: str) -> Expectation | None:
    """The rules submissions.yaml puts on the submission at `relative` (its
    path under submissions/), with its folder's default; None when no key
    of the file matches it, so the folder's name alone decides."""
    folder = relative.split("/", 1)[0]
    keys = [str(k) for k in doc.data]
    matched = [k for k in keys if k != folder and matches(k, relative)]
    overrides = folder in keys
    if not matched and not overrides:
        return None
    rules: list[Rule] = []
    if folder in DEFAULT_RULES or overrides:
        permitted, required = DEFAULT_RULES.get(folder, (frozenset(SPEC_VERDICTS), frozenset(SPEC_VERDICTS)))
        given = doc.data.get(folder) if overrides else None
        rules += _rules(doc, folder, given or {}, Rule(folder, permitted, required))
    for key in matched:
        rules += _rules(doc, key, doc.data[key], Rule(key))
    said = ([folder] if overrides else []) + matched
    held = f"submissions.yaml: {', '.join(said)}"
    if overrides and folder in DEFAULT_RULES:
        held += f" (overriding folder {folder}/'s default)"
    elif folder in DEFAULT_RULES:
        held += f" (and folder {folder}/)"
    return Expectation(held, rules=tuple(rules))


def _rules(doc: YamlFile, key: str, given, base: Rule) -> list[Rule]:
    if not isinstance(given, dict):
        raise doc.error(key, f"`{key}` in submissions.yaml must be a mapping (like `{key}: {{permitted: [AC]}}`), not {given!r}")
    rule = Rule(
        base.label,
        _verdicts(doc, key, given, "permitted", base.permitted),
        _verdicts(doc, key, given, "required", base.required),
        _score(doc, key, given.get("score")),
        _message(doc, key, given.get("message")),
        base.tests,
        _time_limit_use(doc, key, given.get("use_for_time_limit")),
    )
    found = [rule]
    for sub, value in given.items():
        sub = str(sub)
        if sub in _RULE_KEYS or sub in _OTHER_KEYS:
            continue
        if base.tests is not None:
            raise doc.error(key, f"`{key}` in submissions.yaml: unknown key `{sub}` (test groups don't nest)")
        # Any other key names test groups (a glob under data/), with rules of their own.
        found += _rules(doc, f"{key}.{sub}", value, Rule(f"{base.label} on {sub}", tests=sub))
    return found


def _verdicts(doc: YamlFile, key: str, given: dict, name: str, default: frozenset[str]) -> frozenset[str]:
    if name not in given:
        return default
    value = given[name]
    words = [value] if isinstance(value, str) else value
    if not isinstance(words, list) or not words or any(str(w) not in SPEC_VERDICTS for w in words):
        raise doc.error(key, f"`{key}.{name}` in submissions.yaml must be a list of AC, WA, TLE, RTE (like `[AC, WA]`), not {value!r}")
    return frozenset(str(w) for w in words)


def _score(doc: YamlFile, key: str, value) -> tuple[float, float] | None:
    if value is None:
        return None
    pair = value if isinstance(value, list) else [value, value]
    numbers = [as_float(v) for v in pair] if len(pair) == 2 else [None]
    if any(n is None or math.isnan(n) for n in numbers) or numbers[0] > numbers[1]:  # type: ignore[operator]
        raise doc.error(key, f"`{key}.score` in submissions.yaml must be a number or a range [low, high], not {value!r}")
    return numbers[0], numbers[1]  # type: ignore[return-value]


def _time_limit_use(doc: YamlFile, key: str, value) -> str | None:
    if value is None:
        return None
    if value is False or value in ("lower", "upper"):
        return str(value).lower()
    raise doc.error(key, f"`{key}.use_for_time_limit` in submissions.yaml must be false, lower or upper, not {value!r}")


def time_limit_role(submission) -> str | None:
    """How a submission bounds a 2025-09 time limit (spec: Timelimit
    inference): "upper" when it must TLE (the limit × time_limit_to_tle
    must stay under its time), "lower" when it is held to AC (its slowest
    test × ac_to_time_limit must stay under the limit), else None.  Of the
    submissions that may not TLE, only those held to AC bound the limit
    here: the others stop at their first failure, so their slowest test is
    not known.  `use_for_time_limit` opts a rule out (false) or in."""
    if not submission.rules:
        return {("TLE",): "upper", ("AC",): "lower"}.get(tuple(submission.expected))
    uses = {rule.use_for_time_limit for rule in submission.rules}
    for opted in ("upper", "lower"):
        if opted in uses:
            return opted
    counted = [rule for rule in submission.rules if rule.use_for_time_limit != "false"]
    if any(rule.required == {"TLE"} for rule in counted):
        return "upper"
    if any(rule.permitted == {"AC"} for rule in counted):
        return "lower"
    return None


def _message(doc: YamlFile, key: str, value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise doc.error(key, f"`{key}.message` in submissions.yaml must be a string, not {value!r}")
    return value


# ---- globs --------------------------------------------------------------------
def matches(pattern: str, path: str) -> bool:
    """The spec's glob: `*` within one name, `{a,b}` alternatives; a path
    matches when it or any folder above it does."""
    regex = _regex(pattern.strip("/"))
    parts = path.strip("/").split("/")
    return any(regex.fullmatch("/".join(parts[:n])) for n in range(1, len(parts) + 1))


def _regex(pattern: str) -> re.Pattern[str]:
    # Blanks around an alternative don't count (`{ 4 }` is `{4}`), as BAPCtools reads them.
    pattern = re.sub(r"\{([^{}]*)\}", lambda m: "{" + ",".join(a.strip() for a in m.group(1).split(",")) + "}", pattern)
    out, depth = [], 0
    for char in pattern:
        if char == "*":
            out.append("[^/]*")
        elif char == "{":
            depth += 1
            out.append("(?:")
        elif char == "}" and depth:
            depth -= 1
            out.append(")")
        elif char == "," and depth:
            out.append("|")
        else:
            out.append(re.escape(char))
    return re.compile("".join(out))


def entrypoint(doc: YamlFile | None, relative: str) -> str | None:
    """The `entrypoint` submissions.yaml gives the submission at `relative`
    (the last matching key that says one): its main file, a path inside it."""
    if doc is None:
        return None
    found = None
    for key, given in doc.data.items():
        if isinstance(given, dict) and "entrypoint" in given and matches(str(key), relative):
            value = given["entrypoint"]
            if not isinstance(value, str) or not value.strip():
                raise doc.error(str(key), f"`entrypoint` of `{key}` in submissions.yaml must be a file's name, not {value!r}")
            found = value.strip()
    return found
