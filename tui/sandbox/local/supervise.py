"""One run from start to end: watched until it ends or must, then killed
whole, reaped and measured."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import threading
import time

from tui.limits import Limits
from tui.sandbox import streams
from tui.sandbox.base import RunResult
from tui.sandbox.local.cgroup import RunCgroup
from tui.sandbox.local.process import FORK_LOCK, POLL_S, Pipes, killpg, start, which

REAP_GRACE_S = 2.0


class LiveRuns:
    """The runs in flight (process group -> uid and cgroup), so that closing
    the sandbox can kill them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs: dict[int, tuple[int | None, RunCgroup | None]] = {}

    def add(self, pgid: int, uid: int | None, cgroup: RunCgroup | None = None) -> None:
        with self._lock:
            self._runs[pgid] = (uid, cgroup)

    def discard(self, pgid: int) -> None:
        with self._lock:
            self._runs.pop(pgid, None)

    def kill_all(self) -> None:
        with self._lock:
            live, self._runs = dict(self._runs), {}
        for pgid, (uid, cgroup) in live.items():
            kill(pgid, uid, cgroup)


def supervise(
    argv: list[str],
    workdir: str,
    env: dict[str, str],
    setup_for,
    stdin: bytes,
    limits: Limits,
    cancel: threading.Event | None,
    merge: bool,
    uid: int | None,
    live: LiveRuns,
    cgroup: RunCgroup | None = None,
) -> RunResult:
    """Runs `argv` to its end (or its kill) and says what happened; with
    `merge`, its stdout joins stderr.  With a cgroup (which the program's
    first process joins), CPU time and memory are those of all its processes
    together, the CPU limit holds on their sum, and the kill reaches them all."""
    capture = streams.Capture(stdout_limit=limits.output_bytes, stderr_limit=limits.output_bytes)
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = (out_r, out_w) if merge else os.pipe()
    begin = time.monotonic()
    try:
        pgid, pid = start(argv, workdir, env, setup_for, in_r, out_w, err_w, before_gate=cgroup.begin if cgroup is not None else None)
    except (OSError, subprocess.SubprocessError) as exc:
        for fd in {in_r, in_w, out_r, out_w, err_r, err_w}:
            os.close(fd)
        return RunResult(error=f"couldn't start {argv[0]}: {exc}")
    for fd in {in_r, out_w, err_w}:
        os.close(fd)
    live.add(pgid, uid, cgroup)
    pipes = Pipes(capture, {out_r: 2 if merge else 1, **({} if merge else {err_r: 2})}, in_w, stdin)
    ended = None
    try:
        killed, ended, status, usage = pipes.watch(pid, begin + limits.wall_s, cancel, over_cpu=_cpu_watch(cgroup, limits))
        # The program is over (still a zombie, holding its group): nothing
        # it started may live on.
        members = cgroup.pids() if cgroup is not None else []
        kill(pgid, uid, cgroup)
        if usage is None:
            _, status, usage = os.wait4(pid, 0)
        cpu, rss = cpu_ms(usage), usage.ru_maxrss
        for other in reap(pgid, uid, members):
            cpu, rss = cpu + cpu_ms(other), max(rss, other.ru_maxrss)
        oom = pids_hit = False
        if cgroup is not None:
            # The cgroup saw every process, even one the kernel reaped itself.
            cpu = max(cpu, cgroup.cpu_ms() or 0)
            rss = max(rss, cgroup.peak_kb() or 0)
            oom = cgroup.oom_killed()
            pids_hit = cgroup.pids_limit_hit()
        if killed is None and not pipes.drain():
            killed = "output"
    finally:
        if ended is None:  # failed on the way: the run still ends here
            kill(pgid, uid, cgroup)
            wait_quietly(pid)
        pipes.close()
        live.discard(pgid)

    result = RunResult(
        wall_ms=int((ended - begin) * 1000), cpu_ms=cpu, memory_kb=rss, stdout=bytes(capture.stdout), stderr=capture.stderr()
    )
    result.oom_killed = oom
    result.pids_limit_hit = pids_hit
    if killed is None and os.WIFEXITED(status):
        result.exit_code = os.WEXITSTATUS(status)
    elif killed is None and os.WIFSIGNALED(status):
        result.signal = os.WTERMSIG(status)
    result.timed_out = killed == "timeout"
    result.output_exceeded = killed == "output"
    result.error = "cancelled" if killed == "cancelled" else None
    return result


def _cpu_watch(cgroup: RunCgroup | None, limits: Limits):
    """A check for Pipes.watch: have the run's processes together used more
    CPU than the limit?  Looked at no more often than the watch polls."""
    if cgroup is None:
        return None
    limit_ms, last = int(limits.time_s * 1000), [0.0]

    def over() -> bool:
        now = time.monotonic()
        if now - last[0] < POLL_S:
            return False
        last[0] = now
        used = cgroup.cpu_ms()
        return used is not None and used > limit_ms

    return over


def kill(pgid: int, uid: int | None, cgroup: RunCgroup | None = None) -> None:
    killpg(pgid)
    if cgroup is not None:
        cgroup.kill()
    if uid is not None:
        kill_uid(uid)


def kill_uid(uid: int) -> None:
    """kill(-1) as `uid` itself reaches every process of that uid, even one
    that left its group with setsid(), and nothing else (Linux spares the
    caller)."""

    def kill_all() -> None:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
        os.kill(-1, signal.SIGKILL)

    try:
        with FORK_LOCK:
            helper = subprocess.Popen(
                [which("true") or "/bin/true"],
                preexec_fn=kill_all,
                env={},
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        helper.wait()
    except (OSError, subprocess.SubprocessError):
        pass


def reap(pgid: int, uid: int | None, members: list[int] = ()) -> list[resource.struct_rusage]:
    """Waits for the killed rest of the run, which comes to us as the
    subreaper (its group, its uid's, the processes its cgroup held), and
    returns what each process used."""
    usages = []
    until = time.monotonic() + REAP_GRACE_S
    members = list(members)
    while time.monotonic() < until:
        targets = [-pgid] + ([pid for pid in children() if owner(pid) == uid] if uid is not None else [])
        targets += members
        pending = False
        for target in targets:
            try:
                pid, _, usage = os.wait4(target, os.WNOHANG)
            except ChildProcessError:
                continue
            if pid:
                usages.append(usage)
            pending = True
        if not pending:
            break
        time.sleep(0.002)
    return usages


def children() -> list[int]:
    me, found = os.getpid(), []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    if int(f.read().rsplit(b")", 1)[1].split()[1]) == me:
                        found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                pass
    return found


def owner(pid: int) -> int | None:
    try:
        return os.stat(f"/proc/{pid}").st_uid
    except OSError:
        return None


def wait_quietly(pid: int) -> None:
    try:
        os.wait4(pid, 0)
    except ChildProcessError:
        pass


def cpu_ms(ru: resource.struct_rusage) -> int:
    return int((ru.ru_utime + ru.ru_stime) * 1000)
