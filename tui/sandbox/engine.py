"""Whether the Docker engine is still there.

A call to the engine that fails may be that call's own trouble (no such
image) or the engine gone (stopped, crashed): a short ping tells them apart.
While it is gone it is asked again at most once a second, so runs end at once
instead of each waiting on a dead socket; the first answer brings it back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import docker
from docker.errors import DockerException
from requests.exceptions import RequestException

ENGINE_ERRORS = (DockerException, RequestException, OSError)
# How long a ping may take before the engine counts as gone (the client's own
# timeout is a minute, for image builds), and how often a lost one is asked again.
PING_TIMEOUT_S = 3.0
RECONNECT_EVERY_S = 1.0


class EngineWatch:
    """The engine's presence as last seen; `on_lost` and `on_back` are
    called (outside any lock) when that changes."""

    def __init__(self, api: docker.APIClient, on_lost: Callable[[], None], on_back: Callable[[], None]) -> None:
        self.api, self.on_lost, self.on_back = api, on_lost, on_back
        self._lock = threading.Lock()
        self._lost: str | None = None
        self._last_ping = 0.0

    @property
    def lost(self) -> bool:
        """Gone when last seen (a cheap look: no call to the engine)."""
        return self._lost is not None

    def gone(self, ask_now: bool = False) -> bool:
        """Whether the engine is gone: asked with a ping unless it was found
        gone less than a second ago (and not `ask_now`)."""
        with self._lock:
            if not ask_now and self._lost is not None and time.monotonic() - self._last_ping < RECONNECT_EVERY_S:
                return True
            self._last_ping = time.monotonic()
        try:
            answer = self.api._result(self.api._get(self.api._url("/_ping"), timeout=PING_TIMEOUT_S))
            reason = None if answer == "OK" else f"the engine answered its ping with {answer!r}"
        except ENGINE_ERRORS as exc:
            reason = str(exc) or type(exc).__name__
        with self._lock:
            was, self._lost = self._lost, reason
        if reason is not None and was is None:
            self.on_lost()
        elif reason is None and was is not None:
            self.on_back()
        return reason is not None

    def message(self) -> str:
        """One line for a person: what happened and what to do."""
        reason = (self._lost or "").strip()
        first = reason.splitlines()[0][:200] if reason else "no answer"
        return f"the Docker engine stopped answering ({first}): start it again, or use --sandbox local"
