"""What isolates a run beyond its process group, set up between fork and
exec: its cgroup, rlimits, no new privileges, network and mount namespaces
(a file system of its own: mounts.py) and an unprivileged uid of its own
where this OS allows (found once, by trying) — and the subreaper that makes
a run's orphans ours."""

from __future__ import annotations

import ctypes
import fcntl
import math
import os
import resource
import subprocess
import tempfile
import time
from dataclasses import dataclass

from tui.sandbox.base import SandboxUnavailable
from tui.sandbox.local import mounts
from tui.sandbox.local.process import FORK_LOCK, which
from tui.sandbox.local.scratch import Scratch, remove_tree
from tui.sandbox.local.supervise import kill_uid, owner

FSIZE_BYTES = 16 << 20
NOFILE = 64
# When the app is root, each run gets a uid of its own from this range (free in
# every allocation scheme we know: systemd leaves 1879048192–2147483647 unused).
# RLIMIT_NPROC then counts that run alone, and everything left of it can be
# killed by uid, even a process that left the group with setsid().
UID_BASE = 1_900_000_000
UID_SLOTS = 256
CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38

_libc = ctypes.CDLL(None, use_errno=True)


def _syscall(result: int) -> None:
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


@dataclass(frozen=True)
class Isolation:
    """What this OS lets a run have beyond rlimits (found once, by trying)."""

    netns: bool  # a network namespace of its own: no network at all
    userns: bool  # ...made through a user namespace (unprivileged app)
    own_uid: bool  # root app: each run as an unprivileged uid of its own
    mountns: bool = False  # a file system of its own (mounts.py): private /tmp, no package, no home


def become_subreaper() -> None:
    # Orphans of a run become our children rather than init's: the program
    # itself (see process.start), and its background children, which are then
    # reaped and their CPU time counted (init doesn't reap on every host).
    try:
        _syscall(_libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0))
    except (OSError, AttributeError) as exc:
        raise SandboxUnavailable(f"the local sandbox needs Linux 3.4 or later (prctl: {exc})") from None


def probe(scratch: Scratch) -> Isolation:
    """The most this OS allows, found by starting `true` with each set-up."""
    if os.geteuid() == 0:
        # A container without CAP_SYS_ADMIN can't make a namespace but
        # can still change uid: each is tried on its own.
        candidates = [
            Isolation(True, False, True, True),
            Isolation(True, False, True),
            Isolation(False, False, True, True),
            Isolation(False, False, True),
            Isolation(True, False, False, True),
            Isolation(True, False, False),
            Isolation(False, False, False),
        ]
    else:
        candidates = [Isolation(True, True, False, True), Isolation(True, True, False), Isolation(False, False, False)]
    if not mounts.supported():
        candidates = [iso for iso in candidates if not iso.mountns]
    true = which("true")
    if true is None:
        return candidates[-1]
    for iso in candidates[:-1]:
        uid = UID_BASE if iso.own_uid else None
        workdir = scratch.new_dir(uid)
        try:
            limits = rlimits(64, 1.0, 64 if uid else count_tasks(os.getuid()) + 64, True)
            plan = mounts.RootPlan.for_run(scratch.root_dir(), workdir, true, own_proc=not iso.userns) if iso.mountns else None
            setup = child_setup(iso, uid, limits, check=os.path.join(workdir, "."), root=plan)
            with FORK_LOCK:
                done = subprocess.run(
                    [true],
                    cwd=workdir,
                    env={},
                    preexec_fn=setup,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=10,
                )
            if done.returncode == 0:
                return iso
        except (OSError, subprocess.SubprocessError):
            pass
        finally:
            remove_tree(workdir)
    return candidates[-1]


def count_tasks(uid: int) -> int:
    """Threads the user already runs: RLIMIT_NPROC counts them all."""
    total = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    total += len(os.listdir(f"/proc/{entry.name}/task"))
            except OSError:
                pass
    return total


def rlimits(memory_mb: int, time_s: float, nproc: int, limit_as: bool, nofile: int = NOFILE) -> list[tuple[int, int, int]]:
    """(resource, soft, hard) for one run, clamped to what this app may set."""
    cpu = math.ceil(time_s) + 1  # one second of grace: the judge compares exact CPU time
    memory = memory_mb << 20
    wanted = [
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_FSIZE, FSIZE_BYTES, FSIZE_BYTES),
        (resource.RLIMIT_NOFILE, nofile, nofile),
        (resource.RLIMIT_CORE, 0, 0),
        (resource.RLIMIT_STACK, memory, memory),
        (resource.RLIMIT_NPROC, nproc, nproc),
    ]
    if limit_as:
        wanted.append((resource.RLIMIT_AS, memory, memory))
    clamped = []
    for which_limit, soft, hard in wanted:
        _, current = resource.getrlimit(which_limit)  # an unprivileged app can't raise a hard limit
        if current != resource.RLIM_INFINITY:
            soft, hard = min(soft, current), min(hard, current)
        clamped.append((which_limit, soft, hard))
    return clamped


def child_setup(
    iso: Isolation,
    uid: int | None,
    limits: list[tuple[int, int, int]],
    fds: dict[int, int] | None = None,
    check: str | None = None,
    root: mounts.RootPlan | None = None,
    cgroup_procs: list[str] = (),
):
    """What the child does between fork and exec (it runs in a copy of a
    multi-threaded process: system calls, no locks)."""
    outer_uid, outer_gid = os.getuid(), os.getgid()
    unshare, prctl = _libc.unshare, _libc.prctl
    private = CLONE_NEWNS if root is not None else 0

    def setup() -> None:
        for procs in cgroup_procs:  # first, while still the app's user: the program is born in its cgroup
            with open(procs, "w") as f:
                f.write(str(os.getpid()))
        if fds:
            # The trampoline's descriptors at their numbers (through copies
            # out of the way, since a source may sit on another's target).
            copies = {target: fcntl.fcntl(source, fcntl.F_DUPFD_CLOEXEC, 10) for target, source in fds.items()}
            for target, copy in copies.items():
                os.dup2(copy, target)
                os.close(copy)
            for name in os.listdir("/proc/self/fd"):
                fd = int(name)
                try:
                    if fd > 2 and fd not in fds and os.get_inheritable(fd):
                        os.close(fd)  # what close_fds would do (CLOEXEC ones go at exec)
                except OSError:
                    pass
        if iso.userns:
            _syscall(unshare(CLONE_NEWUSER | CLONE_NEWNET | private))
            for name, text in (("setgroups", "deny"), ("uid_map", f"{outer_uid} {outer_uid} 1"), ("gid_map", f"{outer_gid} {outer_gid} 1")):
                with open(f"/proc/self/{name}", "w") as f:
                    f.write(text)
        elif iso.netns or private:
            _syscall(unshare((CLONE_NEWNET if iso.netns else 0) | private))
        if root is not None:
            mounts.enter(root)
        if uid is not None:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
        _syscall(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
        for which_limit, soft, hard in limits:
            resource.setrlimit(which_limit, (soft, hard))
        if check is not None and not os.access(check, os.R_OK | os.W_OK):
            raise PermissionError(check)

    return setup


class Uids:
    """The pool of uids a root app runs programs as, one run each."""

    def __init__(self) -> None:
        self._clean: set[int] = set()  # uids found with no process left

    def take(self) -> tuple[int, int] | None:
        """A uid no other run (of this app or another) is using, held by a lock
        file until the run ends: (uid, the lock file's descriptor)."""
        for uid in range(UID_BASE, UID_BASE + UID_SLOTS):
            try:
                fd = os.open(os.path.join(tempfile.gettempdir(), f"proctorx-uid-{uid}.lock"), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue
            if uid not in self._clean:
                # An app that crashed mid-run may have left processes, or
                # zombies a non-reaping init keeps: they would count against
                # this uid's process limit.
                kill_uid(uid)
                time.sleep(0.01)
                if any(owner(int(e.name)) == uid for e in os.scandir("/proc") if e.name.isdigit()):
                    os.close(fd)
                    continue
                self._clean.add(uid)
            return uid, fd
        return None
