"""The host's relay between two attached containers: an interactive run.

The program's stdout is the interactor's stdin and the interactor's stdout
(which its launcher puts on the stderr stream, see DockerSandbox) is the
program's stdin.  One loop over both non-blocking sockets forwards each chunk
the moment its frame is complete, with no buffering of its own: the only bytes
ever held back are a tail that may be the start of one of the side's markers
(each begins with \\x1e, which programs rarely print), so the launcher's own
text never reaches the other side.  A marker ends what a side says: the other
side's input then ends too (the interactor closing its output is an end of
file the program can read to).  What passes is recorded, bounded, in an
Exchange.

A program that runs out of time while the interactor is still talking with it
ends the conversation: its verdict is TLE whatever the interactor would still
say, so the interactor is stopped then rather than left to its own limits.
"""

from __future__ import annotations

import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.sandbox import streams, wire
from tui.sandbox.base import Exchange

RELAY_BUFFER = 1 << 20  # what may wait in this process for a side that doesn't read
POLL_S = 0.05  # how often cancel and the deadlines are looked at while nothing moves
KILLED_DRAIN_S = 10.0  # a killed container's stream is read this long at most for its end


@dataclass
class Side:
    """One container of the pair, as the relay sees it."""

    name: str  # "program" or "interactor": the sender's name in the Exchange
    sock: socket.socket
    capture: streams.Capture
    nonce: str
    relay_stream: int  # the frame stream whose bytes go to the other side
    markers: tuple[bytes, ...]  # where what it says ends on that stream (the first seen)
    deadline: float  # the host's backstop past the launcher's own wall limit
    cpu_limit_ms: int = 0  # its CPU limit, to tell a program that ran out of time (0: none)
    out: bytearray = field(default_factory=bytearray)  # still to send to its stdin (its files first)
    frames: bytearray = field(default_factory=bytearray)
    hold: bytes = b""
    cut: bool = False  # a marker was seen: nothing more is forwarded
    cut_at: float | None = None
    last_forwarded: bytes = b""
    close_input: bool = False  # end its input once `out` is sent
    input_closed: bool = False
    ended_at: float | None = None
    killed: str | None = None  # why the host killed it: deadline, output, cancelled, peer, out of time
    killed_at: float = 0.0
    output_exceeded: bool = False
    mask: int = selectors.EVENT_READ  # what the selector waits for on its socket

    @property
    def ended(self) -> bool:
        return self.ended_at is not None


@dataclass
class RelayStats:
    """Where the relay's time goes (benchmarks/interactive_relay.py)."""

    chunks: int = 0
    handling_s: float = 0.0  # from a chunk's arrival until it is handed to the other side's socket


class Relay:
    def __init__(
        self,
        program: Side,
        interactor: Side,
        kill: Callable[[Side], None],
        cancel: threading.Event | None = None,
        exchange: Exchange | None = None,
    ) -> None:
        self.program, self.interactor = program, interactor
        self._kill_container = kill
        self.cancel = cancel
        self.exchange = exchange or Exchange()
        self.stats = RelayStats()
        self._selector = selectors.DefaultSelector()

    @property
    def interactor_first(self) -> bool:
        """Whether the interactor was done talking (its output closed, or it
        ended) before the program ended: the program's end of input comes
        then, so what it does after is no longer part of the conversation."""
        p = self.program.ended_at
        i = min((t for t in (self.interactor.cut_at, self.interactor.ended_at) if t is not None), default=None)
        return i is not None and (p is None or i <= p)

    @property
    def interactor_stopped(self) -> bool:
        """Whether the interactor was stopped because the program ran out of time."""
        return self.interactor.killed == "out of time"

    def run(self) -> None:
        sides = (self.program, self.interactor)
        try:
            for side in sides:
                side.sock.setblocking(False)
                self._selector.register(side.sock, selectors.EVENT_READ, side)
                side.mask = selectors.EVENT_READ
            for side in sides:
                self._send(side)
            while not all(side.ended for side in sides):
                now = time.monotonic()
                for side in sides:
                    if side.ended:
                        continue
                    if self.cancel is not None and self.cancel.is_set() and not side.killed:
                        self.kill(side, "cancelled")
                    elif not side.killed and now > side.deadline:
                        self.kill(side, "deadline")
                    elif side.killed and now - side.killed_at > KILLED_DRAIN_S:
                        self._end(side)
                timeout = max(0.0, min([POLL_S] + [s.deadline - now for s in sides if not s.ended and not s.killed]))
                for key, mask in self._selector.select(timeout):
                    side = key.data
                    if mask & selectors.EVENT_WRITE:
                        self._send(side)
                    if mask & selectors.EVENT_READ and not side.ended:
                        self._receive(side)
        finally:
            self._selector.close()

    def kill(self, side: Side, why: str) -> None:
        """Kills a container from outside; its stream is still read to its end."""
        if side.killed or side.ended:
            return
        side.killed, side.killed_at = why, time.monotonic()
        side.out.clear()
        self._kill_container(side)
        self._watch(side)  # read to its end whatever waits for the other side
        self._watch(self._peer(side))

    # ---- the two directions ------------------------------------------------
    def _receive(self, side: Side) -> None:
        try:
            chunk = side.sock.recv(streams.RECV_CHUNK)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._end(side)
            return
        started = time.perf_counter()
        side.frames += chunk
        buf = side.frames
        while len(buf) >= 8:
            stream, size = buf[0], struct.unpack(">I", buf[4:8])[0]
            if len(buf) < 8 + size:
                break
            data = bytes(buf[8 : 8 + size])
            del buf[: 8 + size]
            if stream == side.relay_stream and not side.cut and not side.killed:
                self._forward(side, data)
            try:
                side.capture.add(stream, data)
            except streams.OutputExceeded:
                side.output_exceeded = True
                self.kill(side, "output")
        self.stats.chunks += 1
        self.stats.handling_s += time.perf_counter() - started
        if not buf and side.capture.finished:
            self._end(side)

    def _forward(self, side: Side, data: bytes) -> None:
        data = side.hold + data
        side.hold = b""
        found = [at for at in (_marker_at(data, marker, side.last_forwarded) for marker in side.markers) if at >= 0]
        if found:
            data, side.cut, side.cut_at = data[: min(found)], True, time.monotonic()
        else:
            keep = max(_partial_marker(data, marker) for marker in side.markers)
            if keep:
                data, side.hold = data[:-keep], data[-keep:]
        if data:
            self._deliver(side, data)
        if side.cut:
            self._close_input(self._peer(side))

    def _deliver(self, side: Side, data: bytes) -> None:
        side.last_forwarded = data[-1:]
        self.exchange.add(side.name, data)
        peer = self._peer(side)
        if peer.ended or peer.input_closed or peer.killed:
            return
        peer.out += data
        self._send(peer)

    def _send(self, side: Side) -> None:
        while side.out and not side.input_closed:
            try:
                sent = side.sock.send(memoryview(side.out)[: streams.SEND_CHUNK])
            except BlockingIOError:
                break
            except OSError:  # it ended without reading it all
                side.out.clear()
                side.input_closed = True
                break
            del side.out[:sent]
        if not side.out and side.close_input and not side.input_closed:
            side.input_closed = True
            try:
                side.sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass
        self._watch(side)
        self._watch(self._peer(side))

    def _watch(self, side: Side) -> None:
        """What the selector waits for on a side's socket: its input to be
        taken when some is waiting, and its output unless the other side
        has not taken RELAY_BUFFER of it yet (so a side that never reads
        holds the writer back instead of filling this process's memory)."""
        if side.ended:
            return
        peer = self._peer(side)
        backlog = len(peer.out) > RELAY_BUFFER and not (side.killed or peer.ended or peer.input_closed or peer.killed)
        mask = (0 if backlog else selectors.EVENT_READ) | (selectors.EVENT_WRITE if side.out and not side.input_closed else 0)
        if mask == side.mask:  # a system call only when it changes (rarely, with a program that keeps up)
            return
        if not mask:
            self._selector.unregister(side.sock)
        elif not side.mask:
            self._selector.register(side.sock, mask, side)
        else:
            self._selector.modify(side.sock, mask, side)
        side.mask = mask

    def _end(self, side: Side) -> None:
        """The container's run is over (its launcher's end markers, or its stream closed)."""
        if side.ended:
            return
        side.ended_at = time.monotonic()
        if side.mask:
            self._selector.unregister(side.sock)
        side.mask = 0
        if side.hold and not side.cut and not side.killed:
            held, side.hold = side.hold, b""
            self._deliver(side, held)  # not the marker after all
        peer = self._peer(side)
        if peer.ended:
            return
        self._close_input(peer)
        if side is self.program and not peer.killed and _out_of_time(side):
            self.kill(peer, "out of time")
        if side is self.interactor and not self.program.killed:
            # Its verdict is already known unless it accepted: a program still
            # running then only runs on to its limits (problemtools: the
            # interactor's WA stands when it ended first).
            _, report = wire.split_report(side.capture.stderr(), side.nonce)
            if report is None or report.exit_code != 42 or report.signal:
                self.kill(self.program, "peer")

    def _close_input(self, side: Side) -> None:
        """Ends a side's input once what waits for it is sent."""
        if not side.ended and not side.close_input:
            side.close_input = True
            self._send(side)

    def _peer(self, side: Side) -> Side:
        return self.interactor if side is self.program else self.program


def _out_of_time(side: Side) -> bool:
    """Whether a side that ended was stopped at its wall limit or used up its CPU time."""
    if side.killed == "deadline":
        return True
    _, report = wire.split_report(side.capture.stderr(), side.nonce)
    return report is not None and (report.timed_out or 0 < side.cpu_limit_ms < report.cpu_ms)


def _marker_at(data: bytes, marker: bytes, before: bytes) -> int:
    """Where `marker` begins in `data`, or -1; `before` is the last byte forwarded."""
    at = data.find(marker)
    if at < 0 and marker[:1] == b"\n" and before.endswith(b"\n") and data.startswith(marker[1:]):
        at = 0  # the marker's newline came in the chunk before (it was sent on: it can't be taken back)
    return at


def _partial_marker(data: bytes, marker: bytes) -> int:
    """How many bytes at the end of `data` may be the start of `marker`
    (from its \\x1e on, with the newline before it when the marker has one)."""
    body = marker.lstrip(b"\n")
    start = max(0, len(data) - len(body) + 1)
    at = data.find(b"\x1e", start)
    while at >= 0:
        if body.startswith(data[at:]):
            lead = len(marker) - len(body)
            if lead and data[max(0, at - lead) : at] == marker[:lead]:
                at -= lead
            return len(data) - at
        at = data.find(b"\x1e", at + 1)
    return 0
