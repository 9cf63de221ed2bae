"""Scratch directories: an empty one for each run, under one base directory
per app, with the run's files written in and the files asked for read back."""

from __future__ import annotations

import glob
import os
import shutil
import stat
import tempfile
import threading

BASE_PREFIX = "proctorx-local-"


class Scratch:
    """This app's base directory, made on first use and removed by close()."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._base: str | None = None

    def new_dir(self, uid: int | None) -> str:
        """An empty directory for one run, owned by the run's uid if it has one."""
        with self._lock:
            workdir = tempfile.mkdtemp(prefix="run-", dir=self._ensure_base())
            if uid is not None:
                os.chown(workdir, uid, uid)
            return workdir

    def root_dir(self) -> str:
        """An empty directory to mount a run's own root on (in the run's
        mount namespace only: here it stays empty)."""
        with self._lock:
            path = os.path.join(self._ensure_base(), ".root")
            os.makedirs(path, mode=0o700, exist_ok=True)
            return path

    def _ensure_base(self) -> str:
        if self._base is None or not os.path.isdir(self._base):
            _remove_leftovers()
            self._base = tempfile.mkdtemp(prefix=f"{BASE_PREFIX}{os.getpid()}-")
            os.chmod(self._base, 0o711)  # a run's own uid may pass through to its directory
        return self._base

    def close(self) -> None:
        with self._lock:
            base, self._base = self._base, None
        if base is not None:
            remove_tree(base)


def write_files(workdir: str, files: dict[str, bytes], modes: dict[str, int], uid: int | None) -> None:
    """A run's files in its directory (the caller holds FORK_LOCK)."""
    for name, data in files.items():
        path = _inside(workdir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        os.chmod(path, modes.get(name, 0o644) & 0o777)
    if uid is not None:
        # The program owns its directory as in a container (a validator writes feedback/).
        for parent, dirs, names in os.walk(workdir):
            for entry in dirs + names:
                os.chown(os.path.join(parent, entry), uid, uid)


def _inside(root: str, name: str) -> str:
    parts = name.split("/")
    if not name or name.startswith("/") or ".." in parts:
        raise ValueError(f"unsafe file name {name!r}")
    return os.path.join(root, *parts)


def collect(root: str, patterns: tuple[str, ...], cap: int) -> tuple[dict[str, bytes], dict[str, int]]:
    """Regular files matching the globs, read at most `cap` bytes each.  A
    symlink the program left (to a host file) is never followed."""
    files, modes = {}, {}
    real_root = os.path.realpath(root)
    for pattern in patterns:
        for name in sorted(glob.glob(pattern, root_dir=root)):
            path = os.path.join(root, name)
            try:
                info = os.lstat(path)
                if not stat.S_ISREG(info.st_mode) or os.path.realpath(path) != os.path.join(real_root, os.path.normpath(name)):
                    continue
                fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
                with os.fdopen(fd, "rb") as f:
                    files[name], modes[name] = f.read(cap), info.st_mode & 0o777
            except OSError:
                continue
    return files, modes


def remove_tree(path: str) -> None:
    if os.geteuid() != 0:
        # A program may leave a directory it made unreadable; never follow a link.
        for parent, dirs, _ in os.walk(path):
            for d in dirs:
                full = os.path.join(parent, d)
                if not os.path.islink(full):
                    try:
                        os.chmod(full, 0o700)
                    except OSError:
                        pass
    shutil.rmtree(path, ignore_errors=True)


def _remove_leftovers() -> None:
    """Scratch directories of an app that died without close()."""
    root = tempfile.gettempdir()
    for entry in os.scandir(root):
        pid = entry.name[len(BASE_PREFIX) :].split("-", 1)[0]
        if not entry.name.startswith(BASE_PREFIX) or not pid.isdigit():
            continue
        try:
            if entry.stat(follow_symlinks=False).st_uid != os.geteuid() or not entry.is_dir(follow_symlinks=False):
                continue
            os.kill(int(pid), 0)
        except ProcessLookupError:
            remove_tree(entry.path)
        except OSError:
            pass
