"""A cgroup of its own for each run, where this machine lets the app make one
(cgroup v2, or v1's cpuacct and memory hierarchies; as root, or in a
delegated v2 subtree): the CPU time and peak memory of every process and
thread of the run together, even those the kernel reaps itself, its memory
and process limits, and a kill that reaches all of it.

Run cgroups are made inside the app's own cgroup, so the app's own limits
hold for its runs too, and each is removed when its run ends.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import dataclass

CGROUP_ROOT = "/sys/fs/cgroup"
PREFIX = "proctorx-run-"
V1_CONTROLLERS = ("cpuacct", "memory", "pids")


# ---- reading what the kernel writes (pure: unit-tested) ---------------------
def parse_number(text: str) -> int | None:
    """A file holding one number (cpuacct.usage, memory.current); "max" is None."""
    first = text.split()
    return int(first[0]) if first and first[0].isdigit() else None


def parse_keyed(text: str, key: str) -> int | None:
    """The number after `key` in a file of "key value" lines (cpu.stat,
    memory.events, memory.oom_control)."""
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name == key and value.strip().isdigit():
            return int(value)
    return None


def parse_proc_cgroup(text: str) -> dict[str, str]:
    """/proc/<pid>/cgroup: each v1 controller, and "" for v2, to its path."""
    paths = {}
    for line in text.splitlines():
        parts = line.split(":", 2)
        if len(parts) == 3:
            for controller in parts[1].split(",") if parts[1] else [""]:
                paths[controller.removeprefix("name=")] = parts[2]
    return paths


def parse_mountinfo(text: str) -> dict[str, str]:
    """Mounted cgroup hierarchies: each v1 controller, and "" for v2, to
    where it is mounted (only hierarchies mounted from their root, so that a
    path from /proc/self/cgroup leads to a directory under them)."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        left, _, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) < 5 or len(tail) < 3 or fields[3] != "/":
            continue
        point = fields[4].replace("\\040", " ")
        if tail[0] == "cgroup2":
            found.setdefault("", point)
        elif tail[0] == "cgroup":
            for option in tail[2].split(","):
                if option in V1_CONTROLLERS:
                    found.setdefault(option, point)
    return found


# ---- where this machine lets runs have a cgroup -----------------------------
@dataclass(frozen=True)
class Layout:
    """Where run cgroups are made: one directory per role (cpu, memory,
    pids), the same one for all under v2; a role missing is not counted."""

    version: int
    parents: dict[str, str]

    def describe(self) -> str:
        roles = {"cpu": "CPU time", "memory": "memory", "pids": "processes"}
        counted = ", ".join(roles[r] for r in roles if r in self.parents)
        return f"a cgroup v{self.version} of its own: {counted}"


def find_layout(mountinfo: str, proc_cgroup: str, root_ok: bool = True) -> list[Layout]:
    """The layouts to try, best first: v2 when its hierarchy holds the
    controllers, v1's cpuacct (+ memory, pids) otherwise."""
    mounts, own = parse_mountinfo(mountinfo), parse_proc_cgroup(proc_cgroup)
    layouts = []
    if "" in mounts and "" in own:
        layouts.append(Layout(2, {role: _join(mounts[""], own[""]) for role in ("cpu", "memory", "pids")}))
    if "cpuacct" in mounts and "cpuacct" in own:
        parents = {"cpu": _join(mounts["cpuacct"], own["cpuacct"])}
        for controller in ("memory", "pids"):
            if controller in mounts and controller in own:
                parents[controller] = _join(mounts[controller], own[controller])
        layouts.append(Layout(1, parents))
    return layouts


def _join(mount: str, path: str) -> str:
    return os.path.join(mount, path.lstrip("/")).rstrip("/") if path.strip("/") else mount


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="ascii", errors="replace") as f:
            return f.read()
    except OSError:
        return None


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="ascii") as f:
        f.write(text)


class RunCgroup:
    """One run's cgroup (a directory per role under v1)."""

    _serial = 0
    _serial_lock = threading.Lock()

    def __init__(self, layout: Layout, dirs: dict[str, str]) -> None:
        self.layout, self.dirs = layout, dirs
        self._cpu_before = 0
        self._memory_before = 0
        self._peak_fd: int | None = None

    @classmethod
    def create(cls, layout: Layout, memory_mb: int | None = None, pids: int | None = None) -> RunCgroup:
        """Makes the run's cgroup, with its limits where they can be set;
        raises OSError when it can't be made."""
        with cls._serial_lock:
            cls._serial += 1
            name = f"{PREFIX}{os.getpid()}-{cls._serial}"
        dirs: dict[str, str] = {}
        made = cls(layout, dirs)
        try:
            for role, parent in layout.parents.items():
                path = os.path.join(parent, name)
                if path not in dirs.values():
                    os.mkdir(path)
                dirs[role] = path
            made._limit(memory_mb, pids)
        except OSError:
            made.remove()
            raise
        if not os.path.exists(os.path.join(dirs["cpu"], "cpu.stat" if layout.version == 2 else "cpuacct.usage")):
            made.remove()
            raise OSError("the cgroup counts no CPU time")
        return made

    def _limit(self, memory_mb: int | None, pids: int | None) -> None:
        memory, procs = self.dirs.get("memory"), self.dirs.get("pids")
        v2 = self.layout.version == 2
        if memory and memory_mb:
            limit = str(memory_mb << 20)
            files = ("memory.max", "memory.swap.max") if v2 else ("memory.limit_in_bytes", "memory.memsw.limit_in_bytes")
            for name, value in zip(files, (limit, "0" if v2 else limit)):
                if os.path.exists(os.path.join(memory, name)):
                    try:
                        _write(os.path.join(memory, name), value)
                    except OSError:
                        if name == files[0]:
                            raise  # no swap limit only matters where there is swap
        if procs and pids and os.path.exists(os.path.join(procs, "pids.max")):
            _write(os.path.join(procs, "pids.max"), str(pids))

    @property
    def limits_memory(self) -> bool:
        memory = self.dirs.get("memory")
        name = "memory.max" if self.layout.version == 2 else "memory.limit_in_bytes"
        return bool(memory and os.path.exists(os.path.join(memory, name)))

    @property
    def limits_pids(self) -> bool:
        procs = self.dirs.get("pids")
        return bool(procs and os.path.exists(os.path.join(procs, "pids.max")))

    def procs_files(self) -> list[str]:
        """The files the run's first process writes its pid to, to join."""
        return [os.path.join(d, "cgroup.procs") for d in sorted(set(self.dirs.values()))]

    def _file(self, role: str, v1: str, v2: str) -> str | None:
        where = self.dirs.get(role)
        return os.path.join(where, v2 if self.layout.version == 2 else v1) if where else None

    # ---- measuring ---------------------------------------------------------
    def cpu_ns(self) -> int | None:
        if self.layout.version == 2:
            usec = parse_keyed(_read(self._file("cpu", "", "cpu.stat")) or "", "usage_usec")
            return None if usec is None else usec * 1000
        return parse_number(_read(self._file("cpu", "cpuacct.usage", "")) or "")

    def _memory_now(self) -> int | None:
        path = self._file("memory", "memory.usage_in_bytes", "memory.current")
        return parse_number(_read(path) or "") if path else None

    def begin(self) -> None:
        """Just before the program starts (the shell that starts it is gone):
        what is counted from here on is the program's."""
        self._cpu_before = self.cpu_ns() or 0
        self._memory_before = self._memory_now() or 0
        peak = self._file("memory", "memory.max_usage_in_bytes", "memory.peak")
        if peak is None or not os.path.exists(peak):
            return
        try:
            if self.layout.version == 1:
                _write(peak, "0")  # the peak starts again from the usage now
            else:
                # Linux 6.12+: writing to memory.peak resets it for this descriptor.
                self._peak_fd = os.open(peak, os.O_RDWR | os.O_CLOEXEC)
                os.write(self._peak_fd, b"0")
        except OSError:
            pass

    def cpu_ms(self) -> int | None:
        """CPU time of the run's every process and thread since begin()."""
        now = self.cpu_ns()
        return None if now is None else max(0, now - self._cpu_before) // 1_000_000

    def peak_kb(self) -> int | None:
        """The highest memory the run's processes held together, over what
        the cgroup held before the program (page cache the program is the
        first to read counts too)."""
        if self._peak_fd is not None:
            text = os.pread(self._peak_fd, 64, 0).decode(errors="replace")
        else:
            path = self._file("memory", "memory.max_usage_in_bytes", "memory.peak")
            text = (_read(path) if path else None) or ""
        peak = parse_number(text)
        return None if peak is None else max(0, peak - self._memory_before) // 1024

    def oom_killed(self) -> bool:
        path = self._file("memory", "memory.oom_control", "memory.events")
        return bool(path and (parse_keyed(_read(path) or "", "oom_kill") or 0) > 0)

    def pids_limit_hit(self) -> bool:
        """Whether the pids limit refused a fork of the run's (the cgroup is the run's own)."""
        path = self._file("pids", "pids.events", "pids.events")
        return bool(path and (parse_keyed(_read(path) or "", "max") or 0) > 0)

    def pids(self) -> list[int]:
        found = set()
        for path in self.procs_files():
            found.update(int(p) for p in (_read(path) or "").split() if p.isdigit())
        return sorted(found)

    # ---- ending ------------------------------------------------------------
    def kill(self) -> None:
        """Kills every process in the cgroup, however it left its group or
        session (v2: cgroup.kill; v1: until none is left)."""
        kill_file = os.path.join(self.dirs["cpu"], "cgroup.kill")
        if self.layout.version == 2 and os.path.exists(kill_file):
            try:
                _write(kill_file, "1")
                return
            except OSError:
                pass
        for _ in range(200):  # each round kills what forked while the last was killing
            members = self.pids()
            if not members:
                return
            for pid in members:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.001)

    def remove(self) -> None:
        if self._peak_fd is not None:
            os.close(self._peak_fd)
            self._peak_fd = None
        for path in sorted(set(self.dirs.values())):
            for _ in range(50):  # the last processes may still be leaving
                try:
                    os.rmdir(path)
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.01)


def probe() -> tuple[Layout | None, str]:
    """The layout runs get here, found by making (and removing) a cgroup,
    one that counts memory too if there is one; or None and why not."""
    mountinfo, own = _read("/proc/self/mountinfo"), _read("/proc/self/cgroup")
    if mountinfo is None or own is None:
        return None, "this system has no cgroups"
    layouts = find_layout(mountinfo, own)
    if not layouts:
        return None, "no cgroup hierarchy with CPU accounting is mounted"
    reasons, usable = [], []
    for layout in layouts:
        _remove_leftovers(layout)
        try:
            made = RunCgroup.create(layout)
        except OSError as exc:
            reasons.append(f"v{layout.version}: {exc.strerror or exc}")
            continue
        # Only what the cgroup really has (a v2 subtree may count CPU time alone).
        roles = {"cpu": layout.parents["cpu"]}
        if made.limits_memory:
            roles["memory"] = layout.parents["memory"]
        if made.limits_pids:
            roles["pids"] = layout.parents["pids"]
        made.remove()
        usable.append(Layout(layout.version, roles))
    if usable:
        return max(usable, key=lambda found: len(found.parents)), ""
    why = "; ".join(reasons)
    if os.geteuid() != 0:
        why += " (the app is not root, and its cgroup is not delegated to it)"
    return None, f"no cgroup can be made for a run ({why})"


def _remove_leftovers(layout: Layout) -> None:
    """Run cgroups of an app that died mid-run."""
    for parent in set(layout.parents.values()):
        try:
            entries = os.listdir(parent)
        except OSError:
            continue
        for name in entries:
            pid = name[len(PREFIX) :].split("-", 1)[0]
            if not name.startswith(PREFIX) or not pid.isdigit() or int(pid) == os.getpid():
                continue
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                try:
                    os.rmdir(os.path.join(parent, name))
                except OSError:
                    pass
            except OSError:
                pass
