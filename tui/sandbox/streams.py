"""A container's attach stream: its input fed, its output read bounded.

The engine multiplexes stdout and stderr on one socket in frames of
[stream, 0, 0, 0, size:4].  Whatever the program prints, we keep at most the
output limit of stdout and a head and tail of stderr: memory stays bounded.
"""

from __future__ import annotations

import selectors
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

from tui.sandbox import wire

STDERR_HEAD = 64 * 1024
STDERR_TAIL = 4 * 1024  # always kept: the launcher's report is the last line
SEND_CHUNK = 256 * 1024
RECV_CHUNK = 256 * 1024
POLL_S = 0.1  # how often cancel and the deadline are looked at


class Deadline(Exception):
    pass


class Cancelled(Exception):
    pass


class OutputExceeded(Exception):
    pass


@dataclass
class Capture:
    """What came back from one run, bounded, and whether the launcher has
    closed both streams with the run's nonce (then the run is over, without
    waiting for the engine to close the connection)."""

    stdout_limit: int
    stderr_limit: int
    nonce: str | None = None  # None: no end markers to wait for (the local sandbox)
    stdout: bytearray = field(default_factory=bytearray)
    stdout_tail: bytearray = field(default_factory=bytearray)
    stderr_head: bytearray = field(default_factory=bytearray)
    stderr_tail: bytearray = field(default_factory=bytearray)
    stderr_total: int = 0

    def __post_init__(self) -> None:
        self._end = wire.end_marker(self.nonce) if self.nonce else b""
        self._report = wire.report_mark(self.nonce) if self.nonce else b""

    def add(self, stream: int, data: bytes) -> None:
        if stream == 1:
            if self._end:
                self.stdout_tail += data
                del self.stdout_tail[: -len(self._end)]
            room = self.stdout_limit + len(self._end) - len(self.stdout)
            self.stdout += data[: max(room, 0)]
            if len(data) > room:
                raise OutputExceeded
            return
        self.stderr_total += len(data)
        room = STDERR_HEAD - len(self.stderr_head)
        if room > 0:
            self.stderr_head += data[:room]
        self.stderr_tail += data
        del self.stderr_tail[:-STDERR_TAIL]
        if self.stderr_total > self.stderr_limit:
            raise OutputExceeded

    @property
    def finished(self) -> bool:
        if not self._end or self.stdout_tail != self._end:
            return False
        at = self.stderr_tail.rfind(self._report)
        return at >= 0 and self.stderr_tail.endswith(b"\n") and self.stderr_tail.find(b"\n", at + 1) == len(self.stderr_tail) - 1

    def program_stdout(self) -> tuple[bytes, bool]:
        """The program's own stdout, and whether it went past the limit."""
        kept = len(self.stdout) - (len(self._end) if self._end and self.stdout.endswith(self._end) else 0)
        with memoryview(self.stdout) as view:  # one copy of up to the limit, not three
            return bytes(view[: min(kept, self.stdout_limit)]), kept > self.stdout_limit

    def stderr(self) -> bytes:
        if self.stderr_total <= STDERR_HEAD:
            return bytes(self.stderr_head)
        skipped = self.stderr_total - STDERR_HEAD - len(self.stderr_tail)
        if skipped <= 0:
            return bytes(self.stderr_head) + bytes(self.stderr_tail[-(self.stderr_total - STDERR_HEAD) :])
        return bytes(self.stderr_head) + b"\n[... %d bytes of stderr not kept ...]" % skipped + bytes(self.stderr_tail)


def raw_socket(attached) -> socket.socket:
    """The plain socket under what docker-py's attach_socket returns."""
    return getattr(attached, "_sock", attached)


def exchange(sock: socket.socket, stdin: bytes, capture: Capture, deadline: float, cancel: threading.Event | None) -> None:
    """Feeds `stdin` (then end of input) while reading frames, until the
    stream ends or the launcher's end markers arrive.  Raises Deadline,
    Cancelled or OutputExceeded (the caller then kills the container).

    One loop over a non-blocking socket does both, so neither can stall the
    other: a program that reads its input slowly, or never, only keeps
    the input waiting, and its output is read all the while."""
    sock.setblocking(False)
    view = memoryview(stdin)
    sent = 0
    buf = bytearray()
    selector = selectors.DefaultSelector()
    try:
        if view:
            selector.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE)
        else:
            _end_input(sock)
            selector.register(sock, selectors.EVENT_READ)
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            if time.monotonic() > deadline:
                raise Deadline
            for _, mask in selector.select(POLL_S):
                if mask & selectors.EVENT_WRITE:
                    try:
                        sent += sock.send(view[sent : sent + SEND_CHUNK])
                    except BlockingIOError:
                        pass
                    except OSError:  # the program ended without reading it all
                        sent = len(view)
                    if sent >= len(view):
                        _end_input(sock)
                        selector.modify(sock, selectors.EVENT_READ)
                if not mask & selectors.EVENT_READ:
                    continue
                try:
                    chunk = sock.recv(RECV_CHUNK)
                except BlockingIOError:
                    continue
                except OSError:
                    chunk = b""
                if not chunk:
                    return
                buf += chunk
                while len(buf) >= 8:
                    stream, size = buf[0], struct.unpack(">I", buf[4:8])[0]
                    if len(buf) < 8 + size:
                        break
                    capture.add(stream, bytes(buf[8 : 8 + size]))
                    del buf[: 8 + size]
                if not buf and capture.finished:
                    return
    finally:
        selector.close()


def _end_input(sock: socket.socket) -> None:
    """Closes our side of stdin, so the program sees end-of-file."""
    try:
        sock.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def drain(sock: socket.socket, seconds: float) -> None:
    """Reads and discards until the stream ends (or `seconds` pass)."""
    end = time.monotonic() + seconds
    sock.settimeout(0.2)
    while time.monotonic() < end:
        try:
            if not sock.recv(RECV_CHUNK):
                return
        except TimeoutError:
            continue
        except OSError:
            return
