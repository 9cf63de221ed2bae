"""`proctorx exam export DB DIR`: a judge server's records of one exam as a
log folder, `DIR/<student>.jsonl`, line for line as stored (so `exam report
DIR` verifies them as it verifies the database)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, UsageError


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("db", help="the database URL: sqlite:///PATH or postgresql://...; add ?exam=SHA256 when it holds several exams")
    parser.add_argument("dir", type=Path, help="the folder to write (made if missing; files already there are never overwritten)")
    parser.add_argument("--exam", help="the exam's sha256 (or its first 8+ hex digits), instead of ?exam= in the URL")


def run(args: argparse.Namespace) -> int:
    from tui.exam.database import Database, is_database_url
    from tui.exam.records import RecordsError

    if not is_database_url(args.db):
        raise UsageError(f"{args.db}: not a database URL (use sqlite:///PATH or postgresql://USER@HOST/DB)")
    try:
        db = Database(args.db, exam=args.exam)
    except RecordsError as exc:
        raise UsageError(str(exc)) from None
    try:
        students = db.students()
        written = {student: db.lines(student) for student in students}
    except RecordsError as exc:
        raise UsageError(str(exc)) from None
    finally:
        db.close()
    try:
        args.dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{args.dir}: can't be made ({exc.strerror or exc})") from None
    clashes = [s for s in students if (args.dir / f"{s}.jsonl").exists()]
    if clashes:
        raise UsageError(f"{args.dir / (clashes[0] + '.jsonl')} already exists: export into an empty folder (nothing was written)")
    for student, lines in written.items():
        path = args.dir / f"{student}.jsonl"
        try:
            with open(path, "x", encoding="utf-8", newline="") as f:
                f.writelines(lines)
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            raise UsageError(f"{path}: can't be written ({exc.strerror or exc})") from None
    count = sum(len(lines) for lines in written.values())
    print(f"exported {count} records of {len(students)} students (exam {db.exam[:12]}) to {args.dir}")
    return EXIT_OK


COMMAND = Command("exam export", "write a judge server's exam records as JSON Lines logs", arguments, run)
