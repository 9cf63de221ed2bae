"""The hash chain of an exam's run log (README: For proctors).

Every record is one JSON object.  It carries `seq` (1, 2, ...), `prev` (the
`hash` of the record before it, 64 zeros for the first) and `hash`: the SHA-256
of its canonical JSON without the `hash` key (keys sorted, separators `,` and
`:`, UTF-8).  Editing, deleting or reordering a record breaks the chain at the
first record that changed.  The same records, chained the same way, are kept
as JSON Lines by the app and in a database by the judge server.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

GENESIS = "0" * 64
EVENTS = ("start", "run", "resume", "quit", "end")


def canonical(record: dict) -> bytes:
    """The bytes a record's hash is taken of: itself without `hash`."""
    body = {key: value for key, value in record.items() if key != "hash"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def digest(record: dict) -> str:
    return hashlib.sha256(canonical(record)).hexdigest()


def seal(record: dict, previous: dict | None) -> dict:
    """The record as the next one of a chain whose last record is `previous`:
    with its seq, prev and hash."""
    sealed = {key: value for key, value in record.items() if key not in ("seq", "prev", "hash")}
    sealed["seq"] = 1 if previous is None else previous["seq"] + 1
    sealed["prev"] = GENESIS if previous is None else previous["hash"]
    sealed["hash"] = digest(sealed)
    return sealed


def line(record: dict) -> str:
    """A sealed record as one line of a log (no newline)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@dataclass
class Verification:
    """What checking a chain found: the records up to the first bad one, and
    that one's line number (1-based) and what is wrong with it."""

    records: list[dict] = field(default_factory=list)
    bad_line: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.bad_line is None


def verify(lines: Iterable[str]) -> Verification:
    """Checks a chain line by line; stops at the first line that breaks it."""
    found = Verification()
    previous: dict | None = None
    for number, text in enumerate(lines, start=1):
        problem = _problem(text, previous)
        if isinstance(problem, str):
            found.bad_line, found.reason = number, problem
            return found
        found.records.append(problem)
        previous = problem
    return found


def _problem(text: str, previous: dict | None) -> dict | str:
    """The record on this line, or what is wrong with it."""
    if not text.endswith("\n"):
        return "the line is cut short (no newline at its end): the log was truncated"
    try:
        record = json.loads(text)
    except ValueError:
        return "not a JSON object: the line was damaged"
    if not isinstance(record, dict):
        return "not a JSON object: the line was damaged"
    expected_seq = 1 if previous is None else previous["seq"] + 1
    if record.get("seq") != expected_seq:
        return f"seq is {record.get('seq')!r}, expected {expected_seq}: a line was deleted, added or moved"
    expected_prev = GENESIS if previous is None else previous["hash"]
    if record.get("prev") != expected_prev:
        return "prev is not the hash of the line before: a line was deleted or moved"
    if record.get("hash") != digest(record):
        return "hash does not match the line's content: the line was edited"
    if record.get("event") not in EVENTS:
        return f"unknown event {record.get('event')!r}"
    return record
