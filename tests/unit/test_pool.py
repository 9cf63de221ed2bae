"""The warm pool hands out each container once and starts no more than the
runs announced: a wasted start costs a whole container start-up on a busy
engine."""

from __future__ import annotations

import itertools
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from tui.sandbox.pool import ContainerPool, ContainerSpec, Started

SPEC = ContainerSpec("img", ("run",), 256, 64, 3.0, 1 << 20)


class SlowStarter:
    """Stands in for the engine: each start takes a while, as a real one does."""

    def __init__(self, start_s: float = 0.05) -> None:
        self.start_s = start_s
        self.ids = itertools.count(1)
        self.lock = threading.Lock()
        self.started: list[str] = []
        self.removed: list[str] = []

    def start_container(self, spec: ContainerSpec) -> Started:
        time.sleep(self.start_s)
        a, b = socket.socketpair()
        b.close()
        with self.lock:
            cid = f"c{next(self.ids)}"
            self.started.append(cid)
        return Started(cid, a, spec)

    def remove(self, cid: str) -> None:
        with self.lock:
            self.removed.append(cid)


def run_all(pool: ContainerPool, runs: int, workers: int) -> list[str]:
    pool.warm(SPEC, runs)

    def one(_: int) -> str:
        started = pool.take(SPEC)
        started.sock.close()
        time.sleep(0.01)  # the run itself
        return started.id

    with ThreadPoolExecutor(workers) as ex:
        used = list(ex.map(one, range(runs)))
    pool.warm(SPEC, 0)
    return used


def test_every_announced_run_gets_a_warm_container_and_none_is_wasted():
    starter = SlowStarter()
    pool = ContainerPool(starter, depth=4)
    used = run_all(pool, runs=8, workers=2)
    pool.close()
    assert len(set(used)) == 8, "a container was handed out twice"
    assert sorted(starter.started) == sorted(used), "containers were started that no run used"
    assert starter.removed == []


def test_a_new_spec_discards_the_old_containers_and_close_leaves_none():
    starter = SlowStarter(start_s=0.01)
    pool = ContainerPool(starter, depth=3)
    pool.warm(SPEC, 3)
    time.sleep(0.2)
    other = ContainerSpec("img", ("run", "other"), 256, 64, 3.0, 1 << 20)
    pool.warm(other, 2)
    time.sleep(0.2)
    pool.close()
    assert len(starter.started) == 5
    assert sorted(starter.removed) == sorted(starter.started)


def test_runs_beyond_those_announced_still_get_a_container():
    starter = SlowStarter(start_s=0.01)
    pool = ContainerPool(starter, depth=2)
    pool.warm(SPEC, 1)
    first, second = pool.take(SPEC), pool.take(SPEC)
    assert first.id != second.id
    pool.close()


def test_a_container_made_for_another_spec_is_never_handed_out():
    """take() checks the container against the run asking for it, not only
    the pool's spec: one made with other limits (here the starter got it
    wrong) is dropped, and the run gets a container of its own."""
    other = ContainerSpec("img", ("run", "--cpu-ms", "99999"), 4096, 9999, 300.0, 1 << 30)

    class MixedUp(SlowStarter):
        def start_container(self, spec: ContainerSpec) -> Started:
            started = super().start_container(spec)
            return Started(started.id, started.sock, other) if started.id == "c1" else started

    starter = MixedUp(start_s=0.01)
    pool = ContainerPool(starter, depth=1)
    pool.warm(SPEC, 2)
    time.sleep(0.2)
    first = pool.take(SPEC)
    assert first.spec == SPEC and first.id != "c1"
    assert "c1" in starter.removed
    pool.close()
