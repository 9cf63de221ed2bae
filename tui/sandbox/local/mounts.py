"""A file system of its own for each run, where the OS allows a private mount
namespace: a fresh root holding the machine's program folders read-only
(/usr, /etc, /bin, /lib..., /opt), a fresh empty /tmp and /dev/shm, a minimal
/dev, the run's own working directory, and /proc showing only the run's own
processes (when the app is root).  Nothing else of the machine is there:
home folders, the problem's package and its answers, other runs' files.

The plan is worked out in the app (`RootPlan.for_run`); the child only makes
system calls (`enter`), between fork and exec.
"""

from __future__ import annotations

import ctypes
import os
import platform
from dataclasses import dataclass

from tui import resources

# What a compiler or an interpreter needs of the machine, read-only.
SYSTEM_DIRS = ("usr", "etc", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "opt")
DEVICES = ("null", "zero", "full", "random", "urandom", "tty")
TMP_SIZE = "16m"

MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_MOVE, MS_REC, MS_PRIVATE = 32, 4096, 8192, 16384, 1 << 18
MS_NOATIME, MS_NODIRATIME, MS_RELATIME = 1024, 2048, 1 << 21
MNT_DETACH = 2
# statvfs flags that a bind mount keeps (and, in a user namespace, must keep).
_KEPT_FLAGS = {
    os.ST_NOSUID: MS_NOSUID,
    os.ST_NODEV: MS_NODEV,
    os.ST_NOEXEC: MS_NOEXEC,
    os.ST_NOATIME: MS_NOATIME,
    os.ST_NODIRATIME: MS_NODIRATIME,
    os.ST_RELATIME: MS_RELATIME,
}
_PIVOT_ROOT = {
    "x86_64": 155,
    "amd64": 155,
    "aarch64": 41,
    "arm64": 41,
    "riscv64": 41,
    "i386": 217,
    "i686": 217,
    "armv7l": 218,
    "ppc64le": 203,
    "ppc64": 203,
    "s390x": 217,
}

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]


def supported() -> bool:
    """Whether this machine's architecture is one we know pivot_root on."""
    return platform.machine().lower() in _PIVOT_ROOT


@dataclass(frozen=True)
class RootPlan:
    """Everything the child needs to build the run's root, decided here."""

    new_root: str  # an empty directory of the app's (a tmpfs is mounted on it)
    workdir: str
    binds: tuple[tuple[str, int], ...]  # read-only: (path, flags to keep)
    links: tuple[tuple[str, str], ...]  # top-level symlinks (/bin -> usr/bin)
    hidden: tuple[str, ...]  # inside the binds, covered by an empty tmpfs
    own_proc: bool  # a procfs of its own showing only the run's uid (root app)

    @classmethod
    def for_run(cls, new_root: str, workdir: str, executable: str, own_proc: bool) -> RootPlan:
        binds, links = [], []
        for name in SYSTEM_DIRS:
            path = "/" + name
            if os.path.islink(path):
                links.append((name, os.readlink(path)))
            elif os.path.isdir(path):
                binds.append(path)
        # A tool installed elsewhere (/home/me/jdk/bin/java): its own tree too.
        # A relative one (./solution) is the run's own, in its working folder,
        # whatever folder the app was started in.
        tool = os.path.realpath(os.path.join(workdir, executable))
        if not any(tool.startswith(b.rstrip("/") + "/") for b in binds) and not tool.startswith(workdir + "/"):
            prefix = os.path.dirname(os.path.dirname(tool))
            if prefix not in ("", "/", "/tmp", "/dev", "/proc") and os.path.isdir(prefix):  # never a folder the run gets fresh
                binds.append(prefix)
        hidden = []
        # The shipped problems and their answers, when the app is installed under /usr or /opt.
        shipped = os.path.realpath(resources.problems_dir())
        if os.path.isdir(shipped) and any(shipped.startswith(b.rstrip("/") + "/") for b in binds):
            hidden.append(shipped)
        return cls(new_root, workdir, tuple((b, _flags(b)) for b in binds), tuple(links), tuple(hidden), own_proc)


def _flags(path: str) -> int:
    got = os.statvfs(path).f_flag
    return sum(ms for st, ms in _KEPT_FLAGS.items() if got & st)


def _check(result: int, what: str) -> None:
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    enc = lambda s: None if s is None else s.encode()
    _check(_libc.mount(enc(source), enc(target), enc(fstype), flags, enc(data)), f"mount {target}")


def _touch(path: str) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o644))


def enter(plan: RootPlan) -> None:
    """In the child, already in its own mount namespace (and user namespace,
    for an unprivileged app): builds the new root and moves into it."""
    _mount(None, "/", None, MS_REC | MS_PRIVATE)  # nothing we mount reaches the machine
    root = plan.new_root
    _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "mode=755,size=1m")
    # The fresh /tmp first: a tool installed under /tmp is bound inside it.
    os.mkdir(root + "/tmp")
    _mount("tmpfs", root + "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"mode=1777,size={TMP_SIZE}")
    for path, keep in plan.binds:
        target = root + path
        os.makedirs(target, exist_ok=True)
        _mount(path, target, None, MS_BIND | MS_REC)
        _mount(None, target, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | keep)
    for name, target in plan.links:
        os.symlink(target, os.path.join(root, name))
    for path in plan.hidden:
        _mount("tmpfs", root + path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=555,size=4k")

    dev = root + "/dev"
    os.mkdir(dev)
    _mount("tmpfs", dev, "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=755,size=64k")
    for name in DEVICES:
        if os.path.exists("/dev/" + name):
            _touch(f"{dev}/{name}")
            _mount("/dev/" + name, f"{dev}/{name}", None, MS_BIND)
    for name, target in (
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
    ):
        os.symlink(target, f"{dev}/{name}")
    os.mkdir(dev + "/shm")
    _mount("tmpfs", dev + "/shm", "tmpfs", MS_NOSUID | MS_NODEV, f"mode=1777,size={TMP_SIZE}")

    os.mkdir(root + "/proc")
    if plan.own_proc:
        try:  # Linux 5.8+: other users' processes are not even listed
            _mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=invisible")
        except OSError:
            _mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=2")
    else:
        _mount("/proc", root + "/proc", None, MS_BIND | MS_REC)

    os.makedirs(root + plan.workdir, exist_ok=True)  # under the fresh /tmp, at the path the run knows
    _mount(plan.workdir, root + plan.workdir, None, MS_BIND)

    old = root + "/.old"
    os.mkdir(old)
    _check(_libc.syscall(_PIVOT_ROOT[platform.machine().lower()], root.encode(), old.encode()), "pivot_root")
    os.chdir("/")
    _check(_libc.umount2(b"/.old", MNT_DETACH), "umount the old root")
    os.rmdir("/.old")
    # The root's own tmpfs only holds mount points.
    _mount(None, "/", None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    os.chdir(plan.workdir)
