"""The exam session: the countdown from the first start, records that are
never lost when the log can't be written for a while, and the checks made
before an exam starts (`proctorx exam` says them and exits 2)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

from tests.app.helpers import PROBLEMS
from tui.cli.main import main
from tui.exam.examfile import load_exam
from tui.exam.records import LogFolder
from tui.exam.session import ExamSession, SessionError

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def exam(tmp_path):
    path = tmp_path / "exam.yaml"
    path.write_text(f"title: Lab exam\nproblems: [{PROBLEMS / 'add-two'}]\nduration: 0.05\n")
    return load_exam(path, [PROBLEMS])


def test_the_countdown_counts_from_the_first_start_and_never_resets(exam, tmp_path):
    clock = Clock()
    folder = LogFolder(tmp_path / "logs")
    first = ExamSession(exam, "s1", folder, clock=clock)
    assert first.state == "new" and first.remaining_s() == 3.0  # 0.05 minutes
    assert first.begin() == "started"
    clock.now += timedelta(seconds=2)
    assert first.remaining_s() == 1.0
    first.quit()
    clock.now += timedelta(seconds=0.5)
    again = ExamSession(exam, "s1", folder, clock=clock)
    assert again.begin() == "resumed"
    assert again.remaining_s() == 0.5 and not again.expired
    clock.now += timedelta(seconds=1)
    assert again.expired and again.remaining_s() == 0
    again.end()
    assert ExamSession(exam, "s1", folder, clock=clock).begin() == "ended"
    with pytest.raises(SessionError, match="the exam is over"):
        again.record_run("add-two", "python", "print(1)\n", None, total=3)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_a_run_the_log_cant_take_is_kept_and_written_later(exam, tmp_path):
    folder = tmp_path / "logs"
    session = ExamSession(exam, "s1", LogFolder(folder), clock=Clock())
    session.begin()
    folder.chmod(0o500)
    (folder / "s1.jsonl").chmod(0o400)
    try:
        with pytest.raises(SessionError, match="nothing is lost"):
            session.record_run("add-two", "python", "print(1)\n", None, total=3)
    finally:
        folder.chmod(0o700)
        (folder / "s1.jsonl").chmod(0o600)
    session.record_run("add-two", "python", "print(2)\n", None, total=3)
    assert [r.get("code") for r in session.history] == [None, "print(1)\n", "print(2)\n"]


def test_a_log_that_vanished_mid_exam_is_written_again_later(exam, tmp_path):
    """As root, file permissions don't stop a write: a log folder replaced by a file does."""
    folder = tmp_path / "logs"
    session = ExamSession(exam, "s1", LogFolder(folder), clock=Clock())
    session.begin()
    moved = tmp_path / "moved"
    folder.rename(moved)
    folder.write_text("not a folder")
    with pytest.raises(SessionError, match="nothing is lost"):
        session.record_run("add-two", "python", "print(1)\n", None, total=3)
    assert session.runs()[0]["code"] == "print(1)\n"  # kept, in order
    folder.unlink()
    moved.rename(folder)
    session.record_run("add-two", "python", "print(2)\n", None, total=3)
    assert [r["event"] for r in session.history] == ["start", "run", "run"]
    assert not session.pending


def test_an_unwritable_log_folder_is_said_before_the_exam_starts(exam, tmp_path, capsys):
    (tmp_path / "blocked").write_text("a file, not a folder")
    assert main(["exam", str(exam.path), "--student", "s1", "--log", str(tmp_path / "blocked" / "logs")]) == 2
    err = capsys.readouterr().err
    assert "can't be written" in err and "--log DIR" in err


def test_a_broken_log_is_not_continued(exam, tmp_path, capsys):
    folder = LogFolder(tmp_path / "logs")
    ExamSession(exam, "s1", folder, clock=Clock()).begin()
    path = folder.path("s1")
    path.write_text(path.read_text().replace("Lab exam", "Lab exan"))
    assert main(["exam", str(exam.path), "--student", "s1", "--log", str(tmp_path / "logs")]) == 2
    assert "line 1 is broken (hash does not match the line's content: the line was edited)" in capsys.readouterr().err


def test_a_bad_exam_file_or_student_id_is_one_line(exam, tmp_path, capsys):
    assert main(["exam", str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml: can't be read" in capsys.readouterr().err
    assert main(["exam", str(exam.path), "--student", "a b", "--log", str(tmp_path / "logs")]) == 2
    assert "student id 'a b' can't be used" in capsys.readouterr().err
