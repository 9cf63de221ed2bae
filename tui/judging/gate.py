"""Who else was running: the judge's view of contention on one engine.

Two tests at once slow each other's CPU (by about a quarter on a 2-core lab
machine), which is enough to push a solution near its limit over it.  Every
test run passes through a RunGate: it tells a run whether another one ran
beside it at any moment, and lets a run take the engine alone (no other test
starts, and it waits for those running to end).  Judges that share an engine
share its gate, so "alone" means alone on that engine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Slot:
    """One run in flight; overlapped turns True once any other run was in
    flight at the same time as this one (before, during or after its start)."""

    overlapped: bool = False


class RunGate:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._active: list[Slot] = []
        self._alone = False
        self._waiting_alone = 0

    @contextmanager
    def shared(self) -> Iterator[Slot]:
        """A run among others; it waits while a run has the engine alone."""
        slot = Slot()
        with self._changed:
            # Lone runs go first, so a busy judge can't starve them.
            self._changed.wait_for(lambda: not self._alone and not self._waiting_alone)
            if self._active:
                slot.overlapped = True
                for other in self._active:
                    other.overlapped = True
            self._active.append(slot)
        try:
            yield slot
        finally:
            with self._changed:
                self._active.remove(slot)
                self._changed.notify_all()

    @contextmanager
    def alone(self, cancel: threading.Event | None = None) -> Iterator[bool]:
        """The engine to this run alone: yields True once no other run is in
        flight (and none starts until it ends), False when cancelled first."""
        with self._changed:
            self._waiting_alone += 1
            try:
                while self._alone or self._active:
                    if cancel is not None and cancel.is_set():
                        break
                    self._changed.wait(0.1)
                got = not self._alone and not self._active
                if got:
                    self._alone = True
            finally:
                self._waiting_alone -= 1
                self._changed.notify_all()
        try:
            yield got
        finally:
            if got:
                with self._changed:
                    self._alone = False
                    self._changed.notify_all()

    @property
    def running(self) -> int:
        with self._changed:
            return len(self._active) + (1 if self._alone else 0)
