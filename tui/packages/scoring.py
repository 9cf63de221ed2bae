"""The test-group tree of a scoring problem: what data/**/testdata.yaml says
about how results add up to a score.

Two layouts are read into one tree of TestGroups, which the default grader
(tui/judging/grading.py) walks:

- problemtools' keys (legacy packages, and 2023-07 drafts such as its
  `oddecho` example): `on_reject` (break/continue), `accept_score`,
  `reject_score`, `range` ("min max"), `grader_flags`, each inherited from the
  folder above unless set; problem.yaml's `grading:` (accept_score,
  reject_score, range, on_reject) overrides every group, as problemtools does.
- the 2023-07 spec's: `scoring: {score, aggregation}` (drafts) or
  `max_score` / `score_aggregation` (test_group.yaml), translated into the
  same tree: secret is worth 100 by default and sums its groups; a group is
  pass-fail by default (all of it or nothing); samples count for nothing.

Every folder of data/ holding tests is a group, named by its path under data/
("secret/subtask1"); the root is "data".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from tui.packages.inside import inside
from tui.packages.package_yaml import ProblemError, YamlFile, as_float, read_yaml

TESTDATA_FILES = ("testdata.yaml", "test_group.yaml")
GRADER_FLAGS = (
    "min",
    "max",
    "sum",
    "avg",
    "first_error",
    "worst_error",
    "no_errors",
    "always_accept",
    "ignore_sample",
    "accept_if_any_accepted",
)
# problemtools' support/default_grader: its defaults (config/testdata.yaml).
DEFAULTS = {"on_reject": "break", "accept_score": 1.0, "reject_score": 0.0, "range": (-math.inf, math.inf), "grader_flags": ()}
_LEGACY_KEYS = ("on_reject", "accept_score", "reject_score", "range", "grader_flags", "grading")
_SPEC_KEYS = ("scoring", "max_score", "score_aggregation")


@dataclass(frozen=True)
class TestGroup:
    """One folder of data/ as the grader sees it.  `children` are subgroups
    and test indexes, in judging order."""

    __test__ = False  # not a pytest test class, whatever its name

    name: str
    on_reject: str = "break"
    accept_score: float = 1.0
    reject_score: float = 0.0
    range: tuple[float, float] = (-math.inf, math.inf)
    grader_flags: tuple[str, ...] = ()
    children: tuple[TestGroup | int, ...] = ()
    # 2023-07: the most one test may score (score_multiplier.txt multiplies it),
    # and whether the validator must write score.txt (an unbounded group).
    test_max: float | None = None
    needs_score_file: bool = False

    @property
    def groups(self) -> list[TestGroup]:
        return [c for c in self.children if isinstance(c, TestGroup)]

    def tests(self) -> list[int]:
        """Every test index under this group, in order."""
        found: list[int] = []
        for child in self.children:
            found += child.tests() if isinstance(child, TestGroup) else [child]
        return found

    def walk(self) -> list[TestGroup]:
        """This group and every group under it, parents first."""
        found = [self]
        for group in self.groups:
            found += group.walk()
        return found

    @property
    def max_score(self) -> float:
        """The most this group can score: the top of its range, else what its
        children can add up to under its flags."""
        if math.isfinite(self.range[1]):
            return self.range[1]
        values = [
            c.max_score if isinstance(c, TestGroup) else (self.test_max if self.test_max is not None else self.accept_score)
            for c in self.children
        ]
        if not values:
            return 0.0
        flags = self.grader_flags
        if "ignore_sample" in flags:
            values = values[-1:]
        if "max" in flags:
            return max(values)
        if "min" in flags:
            return min(values)
        if "avg" in flags:
            return sum(values) / len(values)
        return sum(values)


@dataclass
class _Node:
    path: Path  # the folder, under the package
    name: str
    children: list = field(default_factory=list)  # _Node | int


def tree(folder: Path, tests: list[tuple[int, Path]], problem_grading: YamlFile | None, version: str) -> TestGroup:
    """The group tree for these tests (index, input file), whose folders are
    under folder/data.  problem_grading: problem.yaml when it has `grading:`."""
    root = _Node(folder / "data", "data")
    nodes = {root.path: root}
    for index, infile in tests:
        parent = infile.parent
        chain = []
        while parent not in nodes:
            chain.append(parent)
            parent = parent.parent
        for path in reversed(chain):
            node = _Node(path, path.relative_to(folder / "data").as_posix())
            nodes[path.parent].children.append(node)
            nodes[path] = node
        nodes[infile.parent].children.append(index)
    docs = {path: _read(folder, path) for path in nodes}
    if any(doc is not None and any(k in doc.data for k in _SPEC_KEYS) for doc in docs.values()) or (
        version in ("2023-07", "2025-09") and not any(doc is not None and any(k in doc.data for k in _LEGACY_KEYS) for doc in docs.values())
    ):
        return _spec_tree(root, docs)
    return _legacy_group(root, docs, dict(DEFAULTS), _problem_overrides(problem_grading))


def _read(package: Path, folder: Path) -> YamlFile | None:
    for name in TESTDATA_FILES:
        path = folder / name
        if path.is_file():
            return read_yaml(inside(package, path, name))
    return None


# ---- problemtools' keys -------------------------------------------------------
def _legacy_group(node: _Node, docs: dict[Path, YamlFile | None], inherited: dict, overrides: dict) -> TestGroup:
    config = dict(inherited)
    doc = docs.get(node.path)
    if doc is not None:
        config.update(_legacy_keys(doc))
    config.update(overrides)
    children = tuple(_legacy_group(c, docs, config, overrides) if isinstance(c, _Node) else c for c in node.children)
    return TestGroup(node.name, children=children, **config)


def _legacy_keys(doc: YamlFile) -> dict:
    data, found = doc.data, {}
    if data.get("grading", "default") != "default":
        raise doc.error(
            "grading",
            f"`grading: {data['grading']}` needs a custom grader (graders/), which ProctorX doesn't support yet: use the default grader",
        )
    if "on_reject" in data:
        if data["on_reject"] not in ("break", "continue"):
            raise doc.error("on_reject", f"`on_reject` must be `break` or `continue`, not {data['on_reject']!r}")
        found["on_reject"] = data["on_reject"]
    for key in ("accept_score", "reject_score"):
        if key in data:
            found[key] = _number(doc, key, data[key])
    if "range" in data:
        found["range"] = _range(doc, "range", data["range"])
    if "grader_flags" in data:
        found["grader_flags"] = _flags(doc, "grader_flags", data["grader_flags"])
    return found


def _problem_overrides(doc: YamlFile | None) -> dict:
    """problem.yaml's `grading:` keys, which problemtools applies to every group."""
    if doc is None or not isinstance(doc.data.get("grading"), dict):
        return {}
    grading, found = doc.data["grading"], {}
    for key in ("accept_score", "reject_score"):
        if grading.get(key) is not None:
            found[key] = _number(doc, f"grading.{key}", grading[key])
    if grading.get("range") is not None:
        found["range"] = _range(doc, "grading.range", grading["range"])
    on_reject = grading.get("on_reject")
    if on_reject == "first_error":
        found["on_reject"] = "break"
    elif on_reject == "grade":
        found["on_reject"] = "continue"
    elif on_reject not in (None, "worst_error"):
        raise doc.error("grading.on_reject", f"`grading.on_reject` must be first_error, worst_error or grade, not {on_reject!r}")
    return found


def _float(value) -> float | None:
    """A number, or inf/+inf/-inf as problemtools' ranges write them."""
    text = str(value).strip().lower()
    if text in ("inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"):
        return float(text)
    return as_float(value if isinstance(value, (int, float)) else text)


def _number(doc: YamlFile, key: str, value) -> float:
    number = _float(value)
    if number is None or math.isnan(number):
        raise doc.error(key.split(".")[0], f"`{key}` must be a number (like `{key.split('.')[-1]}: 1`), not {value!r}")
    return number


def _range(doc: YamlFile, key: str, value) -> tuple[float, float]:
    words = str(value).split()
    bounds = [_float(w) for w in words]
    if len(words) != 2 or None in bounds or any(math.isnan(b) for b in bounds):
        raise doc.error(
            key.split(".")[0], f"`{key}` must be two numbers, the lowest and highest score (like `range: 0 100`), not {value!r}"
        )
    low, high = bounds
    if low > high:
        raise doc.error(key.split(".")[0], f"`{key}`: the lowest score {low:g} is above the highest {high:g}")
    return (low, high)


def _flags(doc: YamlFile, key: str, value) -> tuple[str, ...]:
    words = [str(w) for w in value] if isinstance(value, list) else str(value or "").split()
    for word in words:
        if word not in GRADER_FLAGS:
            raise doc.error(key, f"`{key}`: unknown flag {word!r} for the default grader: use {', '.join(GRADER_FLAGS)}")
    return tuple(words)


# ---- the 2023-07 spec's keys --------------------------------------------------
def _spec_settings(doc: YamlFile | None) -> tuple[float | None, str | None]:
    """(max score or None when not given, aggregation or None); inf is unbounded."""
    if doc is None:
        return None, None
    data = doc.data
    if data.get("require_pass") or (
        isinstance(data.get("scoring"), dict) and (data["scoring"].get("require-pass") or data["scoring"].get("require_pass"))
    ):
        raise doc.error("require_pass", "`require_pass` (groups scored only after others pass) is not supported yet")
    scoring = data.get("scoring") if isinstance(data.get("scoring"), dict) else {}
    score = data.get("max_score", scoring.get("score"))
    aggregation = data.get("score_aggregation", scoring.get("aggregation"))
    key = "max_score" if "max_score" in data else "scoring"
    if aggregation is not None and aggregation not in ("pass-fail", "sum", "min"):
        raise doc.error(
            "score_aggregation" if "score_aggregation" in data else "scoring",
            f"the aggregation must be pass-fail, sum or min, not {aggregation!r}",
        )
    if score is None:
        return None, aggregation
    if str(score) == "unbounded":
        return math.inf, aggregation
    value = as_float(str(score))
    if value is None or not math.isfinite(value) or value < 0:
        raise doc.error(key, f"the maximum score must be a non-negative number or `unbounded`, not {score!r}")
    return value, aggregation


def _spec_tree(root: _Node, docs: dict[Path, YamlFile | None]) -> TestGroup:
    children = []
    for child in root.children:
        if not isinstance(child, _Node):
            children.append(child)
        elif child.name == "sample":
            children.append(TestGroup("sample", "continue", 0.0, 0.0, (0.0, 0.0), ("first_error",), tuple(_flat(child))))
        else:
            top, aggregation = _spec_settings(docs.get(child.path))
            # A folder of secret is a group when one of them has a test_group.yaml; else they only hold tests (2023-07).
            grouped = any(docs.get(c.path) is not None for c in child.children if isinstance(c, _Node))
            children.append(_spec_group(child, docs, 100.0 if top is None else top, aggregation or "sum", top_level=grouped))
    secret = [c for c in children if isinstance(c, TestGroup) and c.name != "sample"]
    high = secret[-1].max_score if secret else 0.0
    return TestGroup("data", "continue", 0.0, 0.0, (0.0, high), ("ignore_sample",) if len(children) <= 2 else ("sum",), tuple(children))


def _spec_group(node: _Node, docs: dict[Path, YamlFile | None], most: float, aggregation: str, top_level: bool = False) -> TestGroup:
    subgroups = [c for c in node.children if isinstance(c, _Node)] if top_level else []
    tests = [c for c in node.children if not isinstance(c, _Node)] if top_level else _flat(node)
    given = {id(g): _spec_settings(docs.get(g.path)) for g in subgroups}
    fixed = sum(v[0] for v in given.values() if v[0] is not None)
    if math.isfinite(most) and fixed > most + 1e-9:
        raise ProblemError(f"{node.path}: its groups are worth {fixed:g} together, more than its maximum score {most:g}")
    unset = sum(1 for v in given.values() if v[0] is None)
    share = most - fixed if aggregation == "min" else (most - fixed) / max(1, unset + len(tests))
    children: list = []
    for child in node.children if top_level else tests:
        if isinstance(child, _Node):
            score, inner = given[id(child)]
            children.append(_spec_group(child, docs, share if score is None else score, inner or "pass-fail"))
        else:
            children.append(child)
    unbounded = not math.isfinite(most)
    high = most
    if aggregation == "pass-fail":
        return TestGroup(node.name, "break", most, 0.0, (0.0, high), ("min",), tuple(children), test_max=most)
    flags = ("sum", "accept_if_any_accepted") if aggregation == "sum" else ("min",)
    return TestGroup(
        node.name,
        "continue",
        0.0 if unbounded else share,
        0.0,
        (0.0, high),
        flags,
        tuple(children),
        test_max=None if unbounded else share,
        needs_score_file=unbounded,
    )


def _flat(node: _Node) -> list[int]:
    found: list[int] = []
    for child in node.children:
        found += _flat(child) if isinstance(child, _Node) else [child]
    return found
