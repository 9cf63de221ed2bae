"""Exam records in a database (SQLite here; PostgreSQL in
tests/integration/test_server_cluster.py): one chain per exam and student,
presented like a log folder, the exam chosen when there are several."""

from __future__ import annotations

import threading

import pytest

from tui.exam import chain
from tui.exam.database import Database, sqlite_url
from tui.exam.records import LogFolder, RecordsError

A, B = "a" * 64, "b" * 64


def run(student: str, exam: str, n: int) -> dict:
    return {"event": "run", "time": "2026-01-01T10:00:00+00:00", "student": student, "exam_sha256": exam, "n": n}


def test_records_chain_like_a_log_folder_and_read_back_the_same_lines(tmp_path):
    db = Database(sqlite_url(tmp_path / "r.db"))
    folder = LogFolder(tmp_path / "logs")
    for n in range(3):
        assert db.append("alice", run("alice", A, n)) == folder.append("alice", run("alice", A, n))
    assert db.lines("alice") == folder.lines("alice")
    assert db.students() == ["alice"] and db.exam == A
    db.close()


def test_appends_from_many_threads_and_two_handles_keep_one_chain(tmp_path):
    url = sqlite_url(tmp_path / "r.db")
    handles = [Database(url), Database(url)]  # like two processes on one file
    threads = [threading.Thread(target=lambda h=h: [h.append("bob", run("bob", A, i)) for i in range(15)]) for h in handles * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    checked = chain.verify(handles[0].lines("bob"))
    assert checked.ok and [r["seq"] for r in checked.records] == list(range(1, 61))
    for handle in handles:
        handle.close()


def test_a_database_of_several_exams_asks_which_and_shows_each_alone(tmp_path):
    url = sqlite_url(tmp_path / "r.db")
    db = Database(url)
    db.register_exam(A, "Exam A")
    db.append("alice", run("alice", A, 1))
    db.append("bob", run("bob", B, 1))
    with pytest.raises(RecordsError, match=r"holds 2 exams: add one to the URL: \?exam=aaaaaaaaaaaa for 'Exam A'"):
        db.students()
    assert Database(f"{url}?exam={B[:8]}").students() == ["bob"]
    assert Database(url, exam=A).students() == ["alice"]
    with pytest.raises(RecordsError, match="no single exam matches"):
        Database(f"{url}?exam=cccccccc").students()
    db.close()


def test_tampering_in_the_database_is_found_like_in_a_file(tmp_path):
    import sqlalchemy as sa

    db = Database(sqlite_url(tmp_path / "r.db"))
    for n in range(3):
        db.append("eve", run("eve", A, n))
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE records SET line = replace(line, :was, :now) WHERE seq = 2"), {"was": '"n":1', "now": '"n":9'})
    checked = chain.verify(db.lines("eve"))
    assert checked.bad_line == 2 and "edited" in checked.reason
    db.close()


def test_a_database_that_cant_be_used_is_one_clear_error(tmp_path):
    with pytest.raises(RecordsError, match="doesn't exist"):
        Database(sqlite_url(tmp_path / "no" / "such" / "r.db"))
    with pytest.raises(RecordsError, match=r"postgresql://me:\*\*\*@127.0.0.1:1/x can't be used: .*refused"):
        Database("postgresql://me:secret@127.0.0.1:1/x")
    with pytest.raises(RecordsError, match="not a database URL"):
        Database("mysql://x/y")
