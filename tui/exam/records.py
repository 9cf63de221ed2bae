"""Where exam records are kept: the Records protocol, and the log folder
(one JSON Lines file per student, `<log>/<student>.jsonl`, only ever appended).

The judge server keeps the same records, chained the same way, in a database
(another implementation of Records); `exam report` and `exam grade` read
either through `Records`.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
from pathlib import Path
from typing import Protocol

from tui.exam import chain

_STUDENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


class RecordsError(Exception):
    """Records that can't be read or written; the message says where and why."""


def check_student(student: str) -> str:
    """A student id usable as a file name: letters, digits, . _ @ -."""
    if not _STUDENT.match(student):
        raise RecordsError(
            f"student id {student!r} can't be used: use letters, digits and . _ @ - (at most 64, starting with a letter or digit)"
        )
    return student


class Records(Protocol):
    def append(self, student: str, record: dict) -> dict:
        """Seals the record as the next of the student's chain, stores it
        durably, and returns it sealed.  Raises RecordsError."""

    def students(self) -> list[str]:
        """Every student with records, sorted."""

    def lines(self, student: str) -> list[str]:
        """The student's records as stored, one JSON line each (with its newline)."""

    def close(self) -> None: ...


class LogFolder:
    """The app's records: `<folder>/<student>.jsonl`; with `only`, a view of
    that one student's file (`exam report logs/s1234.jsonl`)."""

    def __init__(self, folder: Path, only: str | None = None) -> None:
        self.folder = Path(folder)
        self.only = check_student(only) if only is not None else None

    def path(self, student: str) -> Path:
        return self.folder / f"{check_student(student)}.jsonl"

    def check_writable(self) -> None:
        """Makes the folder if needed and proves a file can be written there,
        so an exam never starts with a log that can't be kept."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            probe = self.folder / f".proctorx-write-test-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise RecordsError(
                f"the exam log folder {self.folder} can't be written ({exc.strerror or exc}): "
                "give another with --log DIR, or fix its permissions"
            ) from None

    def append(self, student: str, record: dict) -> dict:
        path = self.path(student)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise RecordsError(f"{path}: can't be written ({exc.strerror or exc})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            sealed = chain.seal(record, _last_record(fd, path))
            data = (chain.line(sealed) + "\n").encode("utf-8")
            if os.write(fd, data) != len(data):
                raise RecordsError(f"{path}: the disk took only part of a record")
            os.fsync(fd)
            return sealed
        except OSError as exc:
            raise RecordsError(f"{path}: can't be written ({exc.strerror or exc})") from None
        finally:
            os.close(fd)

    def students(self) -> list[str]:
        if self.only is not None:
            return [self.only] if self.path(self.only).is_file() else []
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.jsonl") if p.is_file() and _STUDENT.match(p.stem))

    def lines(self, student: str) -> list[str]:
        path = self.path(student)
        try:
            with path.open(encoding="utf-8", errors="replace", newline="") as f:
                return f.readlines()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise RecordsError(f"{path}: can't be read ({exc.strerror or exc})") from None

    def close(self) -> None:
        pass


def _last_record(fd: int, path: Path) -> dict | None:
    """The last record of an open log, read back from its end; a log whose
    last line is damaged is refused rather than chained onto."""
    size = os.fstat(fd).st_size
    if size == 0:
        return None
    chunk, start = b"", size
    while start > 0 and chunk.count(b"\n") < 2:
        start = max(0, start - 65536)
        chunk = os.pread(fd, size - start, start)
    last = chunk.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    try:
        record = json.loads(last.decode("utf-8"))
    except ValueError:
        raise RecordsError(f"{path}: its last line is damaged; the log can't be continued (keep it for the proctor)") from None
    if not chunk.endswith(b"\n") or not isinstance(record, dict) or "hash" not in record or "seq" not in record:
        raise RecordsError(f"{path}: its last line is damaged; the log can't be continued (keep it for the proctor)")
    return record
