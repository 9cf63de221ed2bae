"""The proctor's view of the room, derived from the records alone: each
student's state from the exam's duration and their start record, runs and
best results per problem, chains verified (and re-verified), and admin tokens
as their own kind in the tokens file."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from tests.app.helpers import PROBLEMS
from tui.exam import chain
from tui.exam.database import Database, records, sqlite_url
from tui.exam.examfile import load_exam
from tui.server.proctor import Room, changes, student_view
from tui.server.tokens import Tokens, TokensError

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def exam(tmp_path):
    (tmp_path / "exam.yaml").write_text("title: Lab exam\nproblems: [add-two, reverse-words]\nduration: 60\n")
    return load_exam(tmp_path / "exam.yaml", [PROBLEMS])


def at(minutes: float) -> str:
    return (T0 + timedelta(minutes=minutes)).isoformat(timespec="milliseconds")


def start(student: str, exam, minutes: float = 0) -> dict:
    return {"event": "start", "time": at(minutes), "student": student, "exam": exam.title, "exam_sha256": exam.sha256}


def chained(*records: dict) -> list[str]:
    lines, previous = [], None
    for record in records:
        previous = chain.seal(record, previous)
        lines.append(chain.line(previous) + "\n")
    return lines


def a_run(student, exam, minutes: float, problem: str, passed: int, total: int, verdict: str) -> dict:
    return {"event": "run", "time": at(minutes), "student": student, "exam_sha256": exam.sha256, "problem": problem} | {
        "passed": passed,
        "total": total,
        "verdict": verdict,
    }


def test_a_student_who_never_started_is_not_started_with_no_runs(exam):
    view = student_view(exam, "carol", chain.verify([]), T0)
    assert (view["state"], view["time_left_s"], view["runs"], view["started"]) == ("not started", None, 0, None)
    assert list(view["problems"]) == ["add-two", "reverse-words"]
    assert view["chain"]["ok"] is True


def test_sitting_counts_time_left_from_the_start_record_and_keeps_the_best_run(exam):
    lines = chained(
        start("alice", exam, 0),
        a_run("alice", exam, 5, "add-two", 1, 3, "WA"),
        a_run("alice", exam, 9, "add-two", 3, 3, "AC"),
        a_run("alice", exam, 12, "add-two", 2, 3, "WA"),
    )
    view = student_view(exam, "alice", chain.verify(lines), T0 + timedelta(minutes=20))
    assert view["state"] == "sitting" and view["time_left_s"] == 40 * 60
    assert view["runs"] == 3 and view["last_activity"] == at(12)
    assert view["problems"]["add-two"] | {"first_full_pass": None} == {
        "runs": 3,
        "best_passed": 3,
        "total": 3,
        "best_verdict": "AC",
        "first_full_pass": None,
    }
    assert view["problems"]["add-two"]["first_full_pass"] == at(9)
    assert view["problems"]["reverse-words"]["runs"] == 0


def test_an_end_record_or_the_duration_running_out_ends_it(exam):
    closed = chained(start("bob", exam), {"event": "end", "time": at(30), "student": "bob", "reason": "time"})
    view = student_view(exam, "bob", chain.verify(closed), T0 + timedelta(minutes=31))
    assert (view["state"], view["ended"], view["time_left_s"]) == ("ended", at(30), None)
    open_log = chained(start("dan", exam))
    late = student_view(exam, "dan", chain.verify(open_log), T0 + timedelta(minutes=61))
    assert (late["state"], late["end_reason"], late["ended"]) == ("ended", "time", at(60))


def test_a_broken_chain_is_said_and_only_the_records_before_the_break_count(exam):
    lines = chained(start("eve", exam), a_run("eve", exam, 3, "add-two", 1, 3, "WA"), a_run("eve", exam, 4, "add-two", 3, 3, "AC"))
    lines[1] = chain.line(json.loads(lines[1]) | {"verdict": "AC", "passed": 3}) + "\n"
    view = student_view(exam, "eve", chain.verify(lines), T0 + timedelta(minutes=5))
    assert view["chain"] == {
        "ok": False,
        "records": 1,
        "bad_line": 2,
        "reason": "hash does not match the line's content: the line was edited",
    }
    assert view["runs"] == 0  # the edited run and what follows it are not counted


def test_the_room_reads_only_chains_that_moved_and_sees_an_edit_at_the_next_verification(tmp_path, exam):
    db = Database(sqlite_url(tmp_path / "r.db"))
    db.register_exam(exam.sha256, exam.title)
    db.append("alice", start("alice", exam))
    clock = [T0 + timedelta(minutes=1)]
    room = Room(db, [exam], {exam.sha256: ["alice", "carol"]}, server="s1", clock=lambda: clock[0], reverify_s=3600)
    assert room.refresh() == 2  # the first is a full verification: alice and carol (who has no record)
    first = room.snapshot()
    assert [(s["student"], s["state"]) for s in first["students"]] == [("alice", "sitting"), ("carol", "not started")]
    assert room.refresh() == 0  # nothing moved
    clock[0] += timedelta(seconds=5)
    assert changes(room.snapshot()) == changes(first)  # only the clock ticked
    db.append("alice", a_run("alice", exam, 2, "add-two", 3, 3, "AC"))
    assert room.refresh() == 1
    moved = room.snapshot()
    assert changes(moved) != changes(first) and moved["students"][0]["runs"] == 1
    with db.engine.begin() as conn:  # an edit in place moves no head
        conn.execute(records.update().where(records.c.seq == 2).values(line=sa.func.replace(records.c.line, '"AC"', '"WA"')))
    room.refresh()
    assert room.snapshot()["students"][0]["chain"]["ok"] is True
    room.reverify_s = 0
    room.refresh()
    assert room.snapshot()["students"][0]["chain"]["bad_line"] == 2
    db.close()


def test_admin_tokens_are_their_own_kind(tmp_path, exam):
    path = tmp_path / "tokens.txt"
    path.write_text(
        "secret-alice-1 alice exam.yaml\nsecret-carol-1 carol exam.yaml\nsecret-proctor admin:ms-lee exam.yaml\nsecret-head-1 admin:head\n"
    )
    tokens = Tokens.load(path, [PROBLEMS])
    lee, head, alice = tokens.find("secret-proctor"), tokens.find("secret-head-1"), tokens.find("secret-alice-1")
    assert (lee.student, lee.admin, lee.exam, lee.watches.title) == ("ms-lee", True, None, "Lab exam")
    assert (head.admin, head.watches) == (True, None) and alice.admin is False
    assert tokens.students_of(exam.sha256) == ["alice", "carol"]
    cookie = tokens.session(lee)
    assert tokens.by_session(cookie) is lee and "secret-proctor" not in cookie
    assert tokens.session(alice) is None and tokens.by_session("nonsense") is None and tokens.by_session("é") is None
    path.write_text("secret-proctor admin:bad/name\n")
    with pytest.raises(TokensError, match=r"tokens\.txt:1"):
        Tokens.load(path, [PROBLEMS])
