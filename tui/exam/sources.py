"""Where `exam report` and `exam grade` read records from: a log folder, one
student's `.jsonl` file, or (with the judge server) a database URL."""

from __future__ import annotations

from pathlib import Path

from tui.exam.records import LogFolder, Records, RecordsError


def open_records(source: str) -> Records:
    """The records a LOG argument names; RecordsError (one line) when it
    names nothing usable."""
    if "://" in source:
        from tui.exam.database import Database  # SQLAlchemy: loaded only for a database source

        return Database(source)
    path = Path(source)
    if path.is_dir():
        return LogFolder(path)
    if path.is_file():
        if path.suffix != ".jsonl":
            raise RecordsError(f"{source}: not a run log (a log is <student>.jsonl, or give the folder that holds them)")
        return LogFolder(path.parent, only=path.stem)
    raise RecordsError(f"{source}: no such log folder or file")


def where(records: Records, student: str) -> str:
    """What a person looks at for this student's records: the file, or the source."""
    path = getattr(records, "path", None)
    if callable(path):
        try:
            return str(path(student))
        except RecordsError:
            pass
    return f"{getattr(records, 'url', type(records).__name__)} ({student})"
