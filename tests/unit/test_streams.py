"""Feeding a container its input while reading its output, on a plain socket
pair standing in for the engine's attach stream."""

from __future__ import annotations

import socket
import struct
import threading
import time

from tui.sandbox import streams


def frame(stream: int, data: bytes) -> bytes:
    return bytes([stream, 0, 0, 0]) + struct.pack(">I", len(data)) + data


class SlowReader:
    """The program's side: busy for a while before it reads its input, then
    reads it to the end and says how much came and whether the end did."""

    def __init__(self, sock: socket.socket, busy_s: float) -> None:
        self.sock, self.busy_s = sock, busy_s
        self.received = 0
        self.saw_end = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        time.sleep(self.busy_s)
        self.sock.settimeout(5)  # no end of input within 5 s: it never comes
        try:
            while chunk := self.sock.recv(1 << 16):
                self.received += len(chunk)
            self.saw_end = True
        except TimeoutError:
            pass
        self.sock.sendall(frame(1, b"%d\n" % self.received))
        self.sock.close()


def test_a_program_that_reads_its_input_late_gets_all_of_it_and_its_end():
    """The input (far more than the socket holds) waits while the program is
    busy; it must then arrive whole with its end, and the host must not spin
    meanwhile.  Before one loop did both, the output reader's short timeout
    fell on the feeder too: the input was cut short, no end of input was
    sent, and the program waited for it until the deadline."""
    ours, theirs = socket.socketpair()
    payload = b"7" * (8 << 20)
    program = SlowReader(theirs, busy_s=1.0)
    capture = streams.Capture(stdout_limit=1 << 20, stderr_limit=1 << 20)
    cpu_before = time.process_time()
    streams.exchange(ours, payload, capture, time.monotonic() + 30, None)
    cpu_used = time.process_time() - cpu_before
    program.thread.join(10)
    ours.close()
    sent = len(payload)
    assert program.received == sent
    assert program.saw_end
    assert bytes(capture.stdout) == b"%d\n" % len(payload)
    # Waiting on a full socket for a second costs next to no CPU; spinning on it costs the whole second.
    assert cpu_used < 0.5


def test_output_is_read_while_the_input_still_waits():
    """A program that prints before it reads (more than a socket holds) is
    not deadlocked against its own unread input."""
    ours, theirs = socket.socketpair()
    payload = b"i" * (4 << 20)
    printed = b"o" * (4 << 20)

    def program() -> None:
        for at in range(0, len(printed), 1 << 16):
            theirs.sendall(frame(1, printed[at : at + (1 << 16)]))
        received = 0
        while chunk := theirs.recv(1 << 16):
            received += len(chunk)
        theirs.sendall(frame(2, b"read %d" % received))
        theirs.close()

    worker = threading.Thread(target=program, daemon=True)
    worker.start()
    capture = streams.Capture(stdout_limit=8 << 20, stderr_limit=1 << 20)
    streams.exchange(ours, payload, capture, time.monotonic() + 30, None)
    worker.join(10)
    ours.close()
    assert bytes(capture.stdout) == printed
    assert capture.stderr() == b"read %d" % len(payload)


def test_a_program_that_never_reads_its_input_still_ends_the_exchange():
    ours, theirs = socket.socketpair()

    def program() -> None:
        theirs.sendall(frame(1, b"bye\n"))
        theirs.close()  # ended without reading

    threading.Thread(target=program, daemon=True).start()
    capture = streams.Capture(stdout_limit=1 << 20, stderr_limit=1 << 20)
    streams.exchange(ours, b"x" * (8 << 20), capture, time.monotonic() + 30, None)
    ours.close()
    assert bytes(capture.stdout) == b"bye\n"
