"""The server's queue of runs: one line per student, served round robin.

A lab exam is thirty students pressing ctrl+r in the same minute, some of
them ten times.  Judging everything the moment it arrives would share the
engine among all of them at once, so every run would be slow and a flood of
one student's runs would crowd out the rest.  Instead a few lanes (worker
threads, tui.server.lanes) take runs from here one at a time:

- each student (a token; without tokens, an address) has at most one run
  waiting: a newer one replaces it (and goes to the back of the line), and
  the one it replaces is told it was superseded;
- the waiting runs are served in the order their students' turns come: a
  student whose run was just taken goes to the back, so one student's flood
  is never ahead of another student by more than one run;
- a student has at most `per_student` runs judged at once (their next waits);
- at most `capacity` runs wait in all, holding at most `budget` bytes of
  requests (code and the tests sent with it): past either, a new run is
  refused with QueueFull (HTTP 429), which says when to try again.  So what
  the queue holds in memory is bounded, whatever the clients send.

Knows nothing of HTTP or judging: what it holds are opaque runs, and
`moved` hears of every waiting run whose place changed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

Run = TypeVar("Run")


class QueueFull(Exception):
    """The queue holds all it may; `retry_after_s`: when a place is likely."""

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class QueueClosed(Exception):
    """The server is stopping: nothing more is taken."""


class RunQueue(Generic[Run]):
    def __init__(
        self, capacity: int, per_student: int = 1, moved: Callable[[Run, int], None] | None = None, budget: int = 128 << 20
    ) -> None:
        self.capacity = max(1, capacity)
        self.budget = budget
        self._sizes: dict[int, int] = {}  # id(run) -> the bytes its request holds, while it waits
        self.per_student = max(1, per_student)
        self._moved = moved or (lambda run, ahead: None)
        self._cond = threading.Condition()
        # Each student's waiting run, in the order of their turns.
        self._waiting: OrderedDict[str, Run] = OrderedDict()
        self._judging: dict[str, int] = {}
        self._ahead: dict[int, int] = {}  # id(run) -> the places it last heard of
        self._closed = False
        self._idle = 0  # lanes waiting in take(): the first runs go to them at once
        self._mean_s = 5.0  # how long a run takes, lately (for Retry-After)

    # ---- what the server asks ------------------------------------------
    def put(self, student: str, run: Run, size: int = 0) -> Run | None:
        """Queues the run (`size`: the bytes its request holds); returns the
        student's run it replaced (superseded), or None.  QueueFull when
        every place (or the byte budget) is taken, QueueClosed when stopping."""
        with self._cond:
            if self._closed:
                raise QueueClosed("the judge server is stopping")
            replaced = self._waiting.get(student)
            held = sum(self._sizes.values()) - (self._sizes.get(id(replaced), 0) if replaced is not None else 0)
            if replaced is None and len(self._waiting) >= self.capacity:
                wait = self.retry_after_s()
                raise QueueFull(f"the judge server's queue is full ({self.capacity} runs waiting): try again in {wait} s", wait)
            if self._waiting and held + size > self.budget:
                wait = self.retry_after_s()
                mib = self.budget / (1 << 20)
                raise QueueFull(f"the judge server's queue is full ({mib:g} MiB of runs waiting): try again in {wait} s", wait)
            self._sizes[id(run)] = size
            if replaced is not None:
                self._sizes.pop(id(replaced), None)
                # The newer run takes a new turn, at the back: pressing ctrl+r
                # again never jumps ahead of the students who sent one meanwhile.
                del self._waiting[student]
                self._ahead.pop(id(replaced), None)
            self._waiting[student] = run
            self._tell()
            self._cond.notify_all()
            return replaced

    def remove(self, run: Run) -> bool:
        """Takes a waiting run out (its client left); False when it wasn't waiting."""
        with self._cond:
            for student, waiting in self._waiting.items():
                if waiting is run:
                    del self._waiting[student]
                    self._ahead.pop(id(run), None)
                    self._sizes.pop(id(run), None)
                    self._tell()
                    return True
            return False

    def ahead(self, run: Run) -> int | None:
        """How many runs will be taken before this one; None if not waiting."""
        with self._cond:
            return self._ahead.get(id(run))

    def waiting(self) -> int:
        with self._cond:
            return len(self._waiting)

    def judging(self) -> int:
        with self._cond:
            return sum(self._judging.values())

    def retry_after_s(self) -> int:
        """Seconds until a place is likely free: about one run's time."""
        return max(1, min(120, round(self._mean_s)))

    # ---- what the lanes ask ----------------------------------------------
    def take(self, timeout: float | None = None) -> tuple[str, Run] | None:
        """The next run whose student's turn it is (blocking); None after
        `timeout` with nothing to take; QueueClosed once closed."""
        with self._cond:
            while True:
                if self._closed:
                    raise QueueClosed("the judge server is stopping")
                for student, run in self._waiting.items():
                    if self._judging.get(student, 0) < self.per_student:
                        del self._waiting[student]  # and its student's next run goes to the back
                        self._ahead.pop(id(run), None)
                        self._sizes.pop(id(run), None)
                        self._judging[student] = self._judging.get(student, 0) + 1
                        self._tell()
                        return student, run
                self._idle += 1
                try:
                    woken = self._cond.wait(timeout)
                finally:
                    self._idle -= 1
                if not woken:
                    return None

    def done(self, student: str, took_s: float | None = None) -> None:
        """A taken run has ended: its student may have the next one judged."""
        with self._cond:
            left = self._judging.get(student, 1) - 1
            if left > 0:
                self._judging[student] = left
            else:
                self._judging.pop(student, None)
            if took_s is not None:
                self._mean_s = 0.8 * self._mean_s + 0.2 * took_s
            self._tell()
            self._cond.notify_all()

    def close(self) -> list[Run]:
        """Stops taking runs; returns those still waiting (their clients are told)."""
        with self._cond:
            self._closed = True
            left = list(self._waiting.values())
            self._waiting.clear()
            self._ahead.clear()
            self._sizes.clear()
            self._cond.notify_all()
            return left

    def _tell(self) -> None:
        """Tells each waiting run whose place changed how many are ahead of it
        (called with the lock held; `moved` must not block)."""
        ahead = 0
        for student, run in self._waiting.items():
            eligible = self._judging.get(student, 0) < self.per_student
            if eligible and ahead < self._idle:
                ahead += 1  # an idle lane takes it now: it never waits
                continue
            if self._ahead.get(id(run)) != ahead:
                self._ahead[id(run)] = ahead
                self._moved(run, ahead)
            # A run whose student is at their limit waits for that run, not for
            # its turn: it is passed over, so the runs after it don't count it.
            if eligible:
                ahead += 1
