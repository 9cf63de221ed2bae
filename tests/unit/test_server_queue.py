"""The judge server's queue (tui.server.queue): whose run is taken next,
what a newer run does to a waiting one, how many runs each hears are ahead,
and the full queue's refusal."""

from __future__ import annotations

import pytest

from tui.server.queue import QueueClosed, QueueFull, RunQueue


def queue(capacity=10, per_student=1):
    told: dict[str, list[int]] = {}
    q = RunQueue(capacity, per_student, moved=lambda run, ahead: told.setdefault(run, []).append(ahead))
    return q, told


def take_all(q: RunQueue) -> list[str]:
    taken = []
    while (got := q.take(timeout=0)) is not None:
        student, run = got
        taken.append(run)
        q.done(student)
    return taken


def test_students_are_served_round_robin_and_a_flood_waits_its_turn():
    q, _ = queue()
    q.put("flood", "f1")
    student, _run = q.take(timeout=0)  # f1 is judged
    for n, lone in enumerate(["a", "b", "c"], start=2):
        q.put("flood", f"f{n}")
        q.put(lone, lone)
    assert q.waiting() == 4  # one of the flooder's, one each of the others
    q.done(student)
    # Each lone run goes before every flooder's run sent after it; f2 and f3 were superseded.
    assert take_all(q) == ["a", "b", "f4", "c"]


def test_a_newer_run_replaces_the_waiting_one_and_goes_to_the_back():
    q, told = queue()
    assert q.put("alice", "a1") is None
    q.put("bob", "b1")
    assert q.put("alice", "a2") == "a1"
    assert (q.ahead("a1"), q.ahead("b1"), q.ahead("a2")) == (None, 0, 1)
    assert told["b1"] == [1, 0]  # behind alice's first, then first in line
    assert take_all(q) == ["b1", "a2"]


def test_a_students_next_run_waits_for_the_one_being_judged_without_holding_up_others():
    q, _ = queue(per_student=1)
    q.put("alice", "a1")
    alice, _run = q.take(timeout=0)
    q.put("alice", "a2")
    q.put("bob", "b1")
    assert (q.ahead("a2"), q.ahead("b1")) == (0, 0)  # a2 is passed over, not ahead of bob
    assert q.take(timeout=0) == ("bob", "b1")
    assert q.take(timeout=0) is None  # alice's a2 waits for a1
    q.done(alice)
    assert q.take(timeout=0) == ("alice", "a2")


def test_a_full_queue_refuses_with_when_to_try_again_but_a_replacement_still_fits():
    q, _ = queue(capacity=2)
    q.put("a", "a1")
    q.put("b", "b1")
    with pytest.raises(QueueFull) as full:
        q.put("c", "c1")
    assert "queue is full (2 runs waiting)" in str(full.value) and full.value.retry_after_s >= 1
    assert q.put("a", "a2") == "a1"  # the student's own place


def test_a_run_whose_client_left_leaves_the_line_and_closing_hands_back_the_rest():
    q, _ = queue()
    q.put("a", "a1")
    q.put("b", "b1")
    assert q.remove("a1") and not q.remove("a1")
    assert q.ahead("b1") == 0
    assert q.close() == ["b1"]
    with pytest.raises(QueueClosed):
        q.put("c", "c1")
    with pytest.raises(QueueClosed):
        q.take(timeout=0)


def test_the_bytes_the_waiting_runs_hold_are_bounded_but_one_run_always_fits():
    q, _ = queue()
    q.budget = 100
    q.put("a", "a1", size=150)  # alone in the queue: whatever its size (the request limits bound it)
    with pytest.raises(QueueFull) as full:
        q.put("b", "b1", size=10)
    assert "MiB of runs waiting" in str(full.value)
    assert q.put("a", "a2", size=60) == "a1"  # a replacement frees what it replaces
    q.put("b", "b1", size=40)
    with pytest.raises(QueueFull):
        q.put("c", "c1", size=1)
    take_all(q)
    q.put("c", "c1", size=100)  # taken runs hold no place
