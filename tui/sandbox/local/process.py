"""How a run's program is started on this machine, and its pipes served
while it runs."""

from __future__ import annotations

import os
import select
import selectors
import shutil
import signal
import subprocess
import threading
import time

from tui.sandbox import streams

SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
SHELL = "/bin/sh"
START_TIMEOUT_S = 10.0
POLL_S = 0.05  # how often cancel and the deadline are looked at
DRAIN_GRACE_S = 0.5
READ_CHUNK = 65536
# The program runs as the shell's background job, with stdin kept (a shell
# gives a background job /dev/null, even under `<&0`: dash) and stdout from
# fd 3.  The shell reports the job's pid and exits; the job waits at the gate
# (fd 5) until then, so the shell can never reap it first.
TRAMPOLINE = 'exec 4<&0; { read -r _ <&5; exec "$@" <&4 3>&- 4<&- 5<&-; } >&3 & echo $!'

# Held while we write a run's files and while we fork: a child forked in
# another thread would otherwise inherit a program file still open for writing
# (until its exec), and the program's own exec would fail with "Text file busy".
FORK_LOCK = threading.Lock()


def which(tool: str) -> str | None:
    # The system's directories first: a version manager's shim (pyenv...) would
    # run a shell script on every test and be counted as the program's CPU.
    return shutil.which(tool, path=SYSTEM_PATH) or shutil.which(tool)


def killpg(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass


def start(argv: list[str], workdir: str, env: dict[str, str], setup_for, stdin_r: int, output_w: int, stderr_w: int, before_gate=None):
    """Starts the program through a shell that exits at once, leaving it
    our child (we are the subreaper) but forked from a small process: its
    peak RSS then measures the program, not a copy of this app.
    `before_gate` is called once the shell is gone, just before the program
    may start.  Returns (pgid, pid)."""
    report_r, report_w = os.pipe()
    gate_r, gate_w = os.pipe()
    try:
        with FORK_LOCK:
            shell = subprocess.Popen(
                [SHELL, "-c", TRAMPOLINE, "sh", *argv],
                cwd=workdir,
                env=env,
                stdin=stdin_r,
                stdout=report_w,
                stderr=stderr_w,
                start_new_session=True,
                close_fds=False,
                preexec_fn=setup_for({3: output_w, 5: gate_r}),
            )
    except BaseException:
        os.close(gate_w)
        raise
    finally:
        os.close(report_w)
        os.close(gate_r)
    report = b""
    try:
        poll = select.poll()
        poll.register(report_r, select.POLLIN)
        until = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < until and poll.poll(max(0, int((until - time.monotonic()) * 1000))):
            chunk = os.read(report_r, 64)
            report += chunk
            if not chunk or report.endswith(b"\n"):
                break
    finally:
        os.close(report_r)
        if not report.strip().isdigit():
            killpg(shell.pid)
        os.wait4(shell.pid, 0)
        shell.returncode = 0  # reaped here: Popen must never wait for a reused pid
        try:
            if before_gate is not None and report.strip().isdigit():
                before_gate()
        finally:
            os.close(gate_w)  # the shell is gone: the program may start
    if not report.strip().isdigit():
        raise OSError(f"the shell that starts the program failed ({report[:100]!r})")
    return shell.pid, int(report)


class Pipes:
    """One run's stdin, stdout and stderr, served from one thread: input fed
    as the program takes it, output kept up to its cap."""

    def __init__(self, capture: streams.Capture, readers: dict[int, int], stdin_w: int, stdin: bytes) -> None:
        self.capture, self.readers, self.stdin, self.sent = capture, readers, stdin, 0
        self.sel = selectors.DefaultSelector()
        for fd, stream in readers.items():
            os.set_blocking(fd, False)
            self.sel.register(fd, selectors.EVENT_READ, stream)
        if stdin:
            os.set_blocking(stdin_w, False)
            self.sel.register(stdin_w, selectors.EVENT_WRITE, "in")
        else:
            os.close(stdin_w)

    def watch(self, pid: int, deadline: float, cancel: threading.Event | None, over_cpu=None):
        """Until the program ends or is to be killed: (why killed or None,
        when, and — when already reaped — its wait status and usage).
        `over_cpu()` says when the run's processes together went past the
        CPU limit (then it is killed: "cpu")."""
        try:
            pidfd: int | None = os.pidfd_open(pid)
            self.sel.register(pidfd, selectors.EVENT_READ, "exit")
        except (AttributeError, OSError):
            pidfd = None  # no pidfd (Linux < 5.3): polled instead
        try:
            while True:
                wait = min(POLL_S, max(0.0, deadline - time.monotonic())) if pidfd is not None else 0.01
                for key, _ in self.sel.select(wait):
                    if key.data == "exit":
                        return None, time.monotonic(), 0, None
                    self._serve(key)
                if pidfd is None:
                    done, status, usage = os.wait4(pid, os.WNOHANG)
                    if done == pid:
                        return None, time.monotonic(), status, usage
                if cancel is not None and cancel.is_set():
                    return "cancelled", time.monotonic(), 0, None
                if time.monotonic() >= deadline:
                    return "timeout", time.monotonic(), 0, None
                if over_cpu is not None and over_cpu():
                    return "cpu", time.monotonic(), 0, None
        except streams.OutputExceeded:
            return "output", time.monotonic(), 0, None

    def drain(self) -> bool:
        """Reads what was written before the end (a process that escaped the
        kill can't hold us long).  False when that went past the cap."""
        until = time.monotonic() + DRAIN_GRACE_S
        try:
            while self.readers.keys() & self.sel.get_map().keys() and time.monotonic() < until:
                for key, _ in self.sel.select(0.05):
                    if key.data in (1, 2):
                        self._serve(key)
        except streams.OutputExceeded:
            return False
        return True

    def _serve(self, key: selectors.SelectorKey) -> None:
        if key.data == "in":
            try:
                self.sent += os.write(key.fd, self.stdin[self.sent : self.sent + READ_CHUNK])
            except BlockingIOError:
                return
            except OSError:  # the program closed its input, or ended
                self.sent = len(self.stdin)
            if self.sent >= len(self.stdin):
                self._close(key.fd)
            return
        try:
            data = os.read(key.fd, READ_CHUNK)
        except BlockingIOError:
            return
        if not data:
            self._close(key.fd)
        else:
            self.capture.add(key.data, data)

    def _close(self, fd: int) -> None:
        self.sel.unregister(fd)
        os.close(fd)

    def close(self) -> None:
        for key in list(self.sel.get_map().values()):
            self._close(key.fd)
        self.sel.close()
