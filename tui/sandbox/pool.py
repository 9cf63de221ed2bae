"""Containers started ahead of need: each still serves exactly one run."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ContainerSpec:
    """Everything a container is made from, known before its input."""

    image: str
    argv: tuple[str, ...]
    memory_mb: int
    pids_limit: int
    wall_s: float
    output_bytes: int


@dataclass
class Started:
    id: str
    sock: socket.socket
    spec: ContainerSpec
    # What the SDK's attach returned, kept alive with the socket under it: once
    # collected, its HTTP response closes that socket (EBADF mid-run).
    handle: object = None


class Starter(Protocol):
    def start_container(self, spec: ContainerSpec) -> Started: ...

    def remove(self, cid: str) -> None: ...


class ContainerPool:
    """Containers started ahead of need for one spec, each used once.

    warm(spec, runs) says `runs` runs of this spec are coming: up to `depth`
    containers are kept started for them in the background, and never more
    than are still to come, so a finished run leaves none behind.  A new spec
    (problem, language or limits changed) discards the old ones."""

    def __init__(self, sandbox: Starter, depth: int) -> None:
        self.sandbox = sandbox
        self.depth = depth
        self._ready: list[Started] = []
        self._spec: ContainerSpec | None = None
        self._remaining = 0
        self._starting = 0
        self._changed = threading.Condition()
        # Starts overlap well in the engine up to about three at a time.
        self._starter = ThreadPoolExecutor(max_workers=3, thread_name_prefix="proctorx-warm")
        self._closed = False

    def warm(self, spec: ContainerSpec, runs: int) -> None:
        with self._changed:
            if spec != self._spec:
                self._discard_locked(self._ready)
                self._spec = spec
            self._remaining = runs
            self._trim_locked()
        self._top_up()

    def take(self, spec: ContainerSpec) -> Started:
        """A started container for this spec: a warm one, one about to be
        ready, or (when none is coming) one started now."""
        started = None
        foreign: list[Started] = []
        with self._changed:
            if spec == self._spec:
                # This run still counts as coming while it waits, so a
                # container that becomes ready now is kept for it, not trimmed.
                give_up = time.monotonic() + 10
                while not self._ready and self._starting and not self._closed and time.monotonic() < give_up:
                    self._changed.wait(0.5)
                # Checked again at hand-out: a container's limits, image and
                # command are the run's only if it was made from this very spec.
                while self._ready and started is None:
                    candidate = self._ready.pop(0)
                    if candidate.spec == spec:
                        started = candidate
                    else:
                        foreign.append(candidate)
                self._remaining = max(0, self._remaining - 1)
        for other in foreign:
            self._drop(other)
        self._top_up()
        return started or self.sandbox.start_container(spec)

    def _top_up(self) -> None:
        with self._changed:
            if self._closed or self._spec is None:
                return
            missing = min(self.depth, self._remaining) - len(self._ready) - self._starting
            self._starting += max(missing, 0)
            spec = self._spec
        for _ in range(max(missing, 0)):
            self._starter.submit(self._start_one, spec)

    def _start_one(self, spec: ContainerSpec) -> None:
        try:
            started = self.sandbox.start_container(spec)
        except Exception:
            started = None
        with self._changed:
            self._starting -= 1
            if started is not None and spec == self._spec and not self._closed:
                self._ready.append(started)
                started = None
                self._trim_locked()
            self._changed.notify_all()
        if started is not None:
            self._drop(started)

    def _trim_locked(self) -> None:
        keep = min(self.depth, self._remaining)
        if len(self._ready) > keep:
            self._discard_locked(self._ready[keep:])
            del self._ready[keep:]

    def _drop(self, started: Started) -> None:
        try:
            started.sock.close()
        except OSError:
            pass
        self.sandbox.remove(started.id)

    def _discard_locked(self, doomed: list[Started]) -> None:
        for started in doomed:
            self._drop(started)
        if doomed is self._ready:
            self._ready = []

    def discard(self) -> None:
        """Drops the containers started ahead and starts no more until the
        next warm(): they can't be used (the engine that ran them is gone)."""
        with self._changed:
            self._discard_locked(self._ready)
            self._remaining = 0
            self._changed.notify_all()

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._discard_locked(self._ready)
            self._changed.notify_all()
        self._starter.shutdown(wait=True)
        with self._changed:
            self._discard_locked(self._ready)
