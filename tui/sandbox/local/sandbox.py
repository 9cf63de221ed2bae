"""Each run as a fresh process group on this machine, for hosts without a
container engine (`--sandbox local`).

What a run gets: an empty scratch directory of its own (removed afterwards),
rlimits (CPU, address space, stack, file size, processes, open files, no core
dumps), a clean environment, a new session (no terminal), a wall-clock kill of
the whole group, and — where the OS allows — a network namespace of its own
and, when the app is root, an unprivileged user of its own.

Weaker than a container, and labelled so: the program still sees the host's
file system (what its user may read), the shared /tmp and the process table.
"""

from __future__ import annotations

import ctypes
import fcntl
import glob
import math
import os
import resource
import select
import selectors
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass

from tui.languages import Language
from tui.limits import COMPILE_LIMITS, Limits
from tui.sandbox import streams
from tui.sandbox.base import CompileResult, Program, Progress, RunResult, SandboxUnavailable

SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
FSIZE_BYTES = 16 << 20
NOFILE = 64
COMPILE_PIDS = 128
# The JVM reserves far more address space than it uses: its heap is bounded by
# the -Xmx of the language's own run line instead of RLIMIT_AS.
JVM_COMMANDS = ("java", "javac")
# When the app is root, each run gets a uid of its own from this range (free in
# every allocation scheme we know: systemd leaves 1879048192–2147483647 unused).
# RLIMIT_NPROC then counts that run alone, and everything left of it can be
# killed by uid, even a process that left the group with setsid().
UID_BASE = 1_900_000_000
UID_SLOTS = 256
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38
POLL_S = 0.05  # how often cancel and the deadline are looked at
REAP_GRACE_S = 2.0
DRAIN_GRACE_S = 0.5
READ_CHUNK = 65536
START_TIMEOUT_S = 10.0
SHELL = "/bin/sh"
BASE_PREFIX = "proctorx-local-"
# The program runs as the shell's background job, with stdin kept (a shell
# gives a background job /dev/null, even under `<&0`: dash) and stdout from
# fd 3.  The shell reports the job's pid and exits; the job waits at the gate
# (fd 5) until then, so the shell can never reap it first.
TRAMPOLINE = 'exec 4<&0; { read -r _ <&5; exec "$@" <&4 3>&- 4<&- 5<&-; } >&3 & echo $!'

_libc = ctypes.CDLL(None, use_errno=True)
# Held while we write a run's files and while we fork: a child forked in
# another thread would otherwise inherit a program file still open for writing
# (until its exec), and the program's own exec would fail with "Text file busy".
_FORK_LOCK = threading.Lock()


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


def _which(tool: str) -> str | None:
    # The system's directories first: a version manager's shim (pyenv...) would
    # run a shell script on every test and be counted as the program's CPU.
    return shutil.which(tool, path=SYSTEM_PATH) or shutil.which(tool)


def _tools(language: Language) -> list[str]:
    """The host commands a language needs (not the program's own ./files)."""
    argvs = [language.run_argv("", 256)] + ([language.compile_argv("")] if language.compiled else [])
    return [argv[0] for argv in argvs if argv and "/" not in argv[0]]


def _count_tasks(uid: int) -> int:
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


def _rlimits(memory_mb: int, time_s: float, nproc: int, limit_as: bool) -> list[tuple[int, int, int]]:
    cpu = math.ceil(time_s) + 1  # one second of grace: the judge compares exact CPU time
    memory = memory_mb << 20
    wanted = [
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_FSIZE, FSIZE_BYTES, FSIZE_BYTES),
        (resource.RLIMIT_NOFILE, NOFILE, NOFILE),
        (resource.RLIMIT_CORE, 0, 0),
        (resource.RLIMIT_STACK, memory, memory),
        (resource.RLIMIT_NPROC, nproc, nproc),
    ]
    if limit_as:
        wanted.append((resource.RLIMIT_AS, memory, memory))
    clamped = []
    for which, soft, hard in wanted:
        _, current = resource.getrlimit(which)  # an unprivileged app can't raise a hard limit
        if current != resource.RLIM_INFINITY:
            soft, hard = min(soft, current), min(hard, current)
        clamped.append((which, soft, hard))
    return clamped


def _child_setup(iso: Isolation, uid: int | None, rlimits: list[tuple[int, int, int]],
                 fds: dict[int, int] | None = None, check: str | None = None):
    """What the child does between fork and exec (it runs in a copy of a
    multi-threaded process: system calls, no locks)."""
    outer_uid, outer_gid = os.getuid(), os.getgid()
    unshare, prctl = _libc.unshare, _libc.prctl

    def setup() -> None:
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
            _syscall(unshare(CLONE_NEWUSER | CLONE_NEWNET))
            for name, text in (("setgroups", "deny"), ("uid_map", f"{outer_uid} {outer_uid} 1"), ("gid_map", f"{outer_gid} {outer_gid} 1")):
                with open(f"/proc/self/{name}", "w") as f:
                    f.write(text)
        elif iso.netns:
            _syscall(unshare(CLONE_NEWNET))
        if uid is not None:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
        _syscall(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
        for which, soft, hard in rlimits:
            resource.setrlimit(which, (soft, hard))
        if check is not None and not os.access(check, os.R_OK | os.W_OK):
            raise PermissionError(check)

    return setup


def _inside(root: str, name: str) -> str:
    parts = name.split("/")
    if not name or name.startswith("/") or ".." in parts:
        raise ValueError(f"unsafe file name {name!r}")
    return os.path.join(root, *parts)


def _collect(root: str, patterns: tuple[str, ...], cap: int) -> tuple[dict[str, bytes], dict[str, int]]:
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


def _remove_tree(path: str) -> None:
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
        pid = entry.name[len(BASE_PREFIX):].split("-", 1)[0]
        if not entry.name.startswith(BASE_PREFIX) or not pid.isdigit():
            continue
        try:
            if entry.stat(follow_symlinks=False).st_uid != os.geteuid() or not entry.is_dir(follow_symlinks=False):
                continue
            os.kill(int(pid), 0)
        except ProcessLookupError:
            _remove_tree(entry.path)
        except OSError:
            pass


def _killpg(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass


def _kill_uid(uid: int) -> None:
    """kill(-1) as `uid` itself reaches every process of that uid, even one
    that left its group with setsid(), and nothing else (Linux spares the
    caller)."""

    def kill_all() -> None:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
        os.kill(-1, signal.SIGKILL)

    try:
        with _FORK_LOCK:
            helper = subprocess.Popen([_which("true") or "/bin/true"], preexec_fn=kill_all, env={},
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        helper.wait()
    except (OSError, subprocess.SubprocessError):
        pass


def _kill(pgid: int, uid: int | None) -> None:
    _killpg(pgid)
    if uid is not None:
        _kill_uid(uid)


def _cpu_ms(ru: resource.struct_rusage) -> int:
    return int((ru.ru_utime + ru.ru_stime) * 1000)


class LocalSandbox:
    name = "local"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._base: str | None = None
        self._isolation: Isolation | None = None
        self._live: dict[int, int | None] = {}  # runs in flight: process group -> uid
        self._clean_uids: set[int] = set()  # uids found with no process left
        # Orphans of a run become our children rather than init's: the program
        # itself (see _start), and its background children, which are then
        # reaped and their CPU time counted (init doesn't reap on every host).
        try:
            _syscall(_libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0))
        except (OSError, AttributeError) as exc:
            raise SandboxUnavailable(f"the local sandbox needs Linux 3.4 or later (prctl: {exc})") from None

    def describe(self) -> str:
        return "local sandbox — weaker isolation (no container)"

    def details(self) -> list[str]:
        """What isolates a run here, for `doctor` and the docs."""
        iso = self.isolation()
        root = os.geteuid() == 0
        lines = [
            "each run: its own process group and session, CPU / address-space / file-size / process / open-file "
            "limits, a wall-clock kill of the whole group, an empty scratch directory, a clean environment",
            "network: a namespace of its own (no network)" if iso.netns
            else "network: NOT isolated (this system allows no network namespace)",
        ]
        if iso.own_uid:
            lines.append("user: each run as an unprivileged uid of its own")
        elif root:
            lines.append("user: root, like the app (the process limit can't apply; the program can reach what root can)")
        else:
            lines.append("user: yours (the program can read your files)")
        lines.append("shared with the host: the file system (read access), /tmp, the process table")
        return lines

    # ---- set-up -------------------------------------------------------
    def isolation(self) -> Isolation:
        with self._lock:
            if self._isolation is None:
                self._isolation = self._probe()
            return self._isolation

    def _probe(self) -> Isolation:
        if os.geteuid() == 0:
            # A container without CAP_SYS_ADMIN can't make a namespace but
            # can still change uid: each is tried on its own.
            candidates = [Isolation(True, False, True), Isolation(False, False, True), Isolation(True, False, False),
                          Isolation(False, False, False)]
        else:
            candidates = [Isolation(True, True, False), Isolation(False, False, False)]
        true = _which("true")
        if true is None:
            return candidates[-1]
        for iso in candidates[:-1]:
            uid = UID_BASE if iso.own_uid else None
            workdir = self._new_dir_unlocked(uid)
            try:
                rlimits = _rlimits(64, 1.0, 64 if uid else _count_tasks(os.getuid()) + 64, True)
                setup = _child_setup(iso, uid, rlimits, check=os.path.join(workdir, "."))
                with _FORK_LOCK:
                    done = subprocess.run([true], cwd=workdir, env={}, preexec_fn=setup, stdin=subprocess.DEVNULL,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10)
                if done.returncode == 0:
                    return iso
            except (OSError, subprocess.SubprocessError):
                pass
            finally:
                _remove_tree(workdir)
        return candidates[-1]

    def prepare(self, languages: list[Language], progress: Progress | None = None) -> None:
        for language in languages:
            missing = [tool for tool in _tools(language) if _which(tool) is None]
            if missing:
                names = " and ".join(f"`{tool}`" for tool in missing)
                raise SandboxUnavailable(
                    f"The local sandbox can't run {language.name}: {names} "
                    f"{'is' if len(missing) == 1 else 'are'} not installed on this machine "
                    f"(looked in {SYSTEM_PATH} and your PATH).\n"
                    f"Fix: install {names}, or judge with the Docker sandbox, which has every language."
                )
        self.isolation()

    def warm(self, program: Program, limits: Limits, count: int) -> None:
        pass  # nothing to start ahead: a process is cheap

    # ---- scratch directories -------------------------------------------
    def _new_dir_unlocked(self, uid: int | None) -> str:
        if self._base is None or not os.path.isdir(self._base):
            _remove_leftovers()
            self._base = tempfile.mkdtemp(prefix=f"{BASE_PREFIX}{os.getpid()}-")
            os.chmod(self._base, 0o711)  # a run's own uid may pass through to its directory
        workdir = tempfile.mkdtemp(prefix="run-", dir=self._base)
        if uid is not None:
            os.chown(workdir, uid, uid)
        return workdir

    def _new_dir(self, uid: int | None) -> str:
        with self._lock:
            return self._new_dir_unlocked(uid)

    @staticmethod
    def _write_files(workdir: str, files: dict[str, bytes], modes: dict[str, int], uid: int | None) -> None:
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

    def _take_uid(self) -> tuple[int, int] | None:
        """A uid no other run (of this app or another) is using, held by a lock
        file until the run ends."""
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
            if uid not in self._clean_uids:
                # An app that crashed mid-run may have left processes, or
                # zombies a non-reaping init keeps: they would count against
                # this uid's process limit.
                _kill_uid(uid)
                time.sleep(0.01)
                if any(_owner(int(e.name)) == uid for e in os.scandir("/proc") if e.name.isdigit()):
                    os.close(fd)
                    continue
                self._clean_uids.add(uid)
            return uid, fd
        return None

    # ---- the Sandbox protocol ----------------------------------------
    def compile(
        self,
        language: Language,
        code: str,
        cancel: threading.Event | None = None,
        extra_files: dict[str, bytes] | None = None,
    ) -> CompileResult:
        files = {**(extra_files or {}), language.source_name(code): code.encode("utf-8")}
        if not language.compiled:
            return CompileResult(ok=True, output="", time_ms=0, program=Program(language, code, files))
        result, artifacts = self._contained(
            language, files, {}, language.compile_argv(code), b"", COMPILE_LIMITS, COMPILE_PIDS, cancel,
            collect=language.artifacts, collect_cap=COMPILE_LIMITS.output_bytes,
        )
        output = result.stderr.decode("utf-8", "replace")
        if result.timed_out or result.signal == signal.SIGXCPU:
            return CompileResult(False, output + f"\nCompilation took longer than {COMPILE_LIMITS.wall_s:.0f} s and was stopped.", result.wall_ms, timed_out=True)
        if result.error or result.output_exceeded or result.exit_code != 0 or result.signal:
            reason = result.error or ("the compiler printed too much" if result.output_exceeded else "the compiler failed")
            return CompileResult(False, output or reason, result.wall_ms)
        if not artifacts[0]:
            return CompileResult(False, output + "\nThe compiler left no program behind.", result.wall_ms)
        return CompileResult(True, output, result.wall_ms, Program(language, code, *artifacts))

    def run(
        self,
        program: Program,
        stdin: bytes,
        limits: Limits,
        cancel: threading.Event | None = None,
        extra_files: dict[str, bytes] | None = None,
        argv: list[str] | None = None,
        collect: tuple[str, ...] = (),
    ) -> RunResult:
        language = program.language
        files = {**program.files, **(extra_files or {})}
        command = argv or language.run_argv(program.code, limits.memory_mb)
        result, (found, _) = self._contained(
            language, files, program.modes, command, stdin, limits, language.pids_limit, cancel,
            collect=collect, collect_cap=limits.output_bytes,
        )
        result.files = found
        return result

    def close(self) -> None:
        with self._lock:
            live, self._live = dict(self._live), {}
            base, self._base = self._base, None
        for pgid, uid in live.items():
            _kill(pgid, uid)
        if base is not None:
            _remove_tree(base)

    # ---- one contained process -----------------------------------------
    def _contained(
        self, language: Language, files: dict[str, bytes], modes: dict[str, int], command: list[str], stdin: bytes,
        limits: Limits, pids: int, cancel: threading.Event | None, collect: tuple[str, ...], collect_cap: int,
    ) -> tuple[RunResult, tuple[dict[str, bytes], dict[str, int]]]:
        """Runs `command` in a fresh directory holding `files`; with `collect`,
        its stdout joins stderr and the matching files come back instead."""
        nothing: tuple[dict[str, bytes], dict[str, int]] = ({}, {})
        if cancel is not None and cancel.is_set():
            return RunResult(error="cancelled"), nothing
        executable = command[0] if "/" in command[0] else _which(command[0])
        if executable is None:
            return RunResult(error=f"`{command[0]}` is not installed on this machine"), nothing
        iso = self.isolation()
        held = self._take_uid() if iso.own_uid else None
        if iso.own_uid and held is None:
            return RunResult(error=f"all {UID_SLOTS} sandbox users are busy"), nothing
        uid = held[0] if held else None
        workdir = None
        try:
            workdir = self._new_dir(uid)
            with _FORK_LOCK:
                self._write_files(workdir, files, modes, uid)
            tool_dir = os.path.dirname(executable)
            path = SYSTEM_PATH if "/" in command[0] or tool_dir in SYSTEM_PATH.split(":") else f"{tool_dir}:{SYSTEM_PATH}"
            env = {"PATH": path, "HOME": workdir, "TMPDIR": workdir, "LANG": "C.UTF-8", **language.env}
            limit_as = os.path.basename(command[0]) not in JVM_COMMANDS
            nproc = pids if uid is not None or os.geteuid() == 0 else _count_tasks(os.getuid()) + pids
            rlimits = _rlimits(limits.memory_mb, limits.time_s, nproc, limit_as)
            result = self._supervise(
                [executable, *command[1:]], workdir, env, lambda fds: _child_setup(iso, uid, rlimits, fds=fds),
                stdin, limits, cancel, merge=bool(collect), uid=uid,
            )
            if (limit_as and not result.timed_out and (result.signal or result.exit_code)
                    and result.memory_kb >= limits.memory_mb * 1024 * 0.9):
                # RLIMIT_AS makes running out of memory a failed allocation; a
                # failure at the limit's edge is taken for one.
                result.oom_killed = True
            found = _collect(workdir, collect, collect_cap) if collect and not result.error else nothing
            return result, found
        except (OSError, ValueError) as exc:
            return RunResult(error=f"the local sandbox failed: {exc}"), nothing
        finally:
            if workdir is not None:
                _remove_tree(workdir)
            if held:
                os.close(held[1])

    def _start(self, argv: list[str], workdir: str, env: dict[str, str], setup_for, stdin_r: int, output_w: int, stderr_w: int):
        """Starts the program through a shell that exits at once, leaving it
        our child (we are the subreaper) but forked from a small process: its
        peak RSS then measures the program, not a copy of this app.
        Returns (pgid, pid)."""
        report_r, report_w = os.pipe()
        gate_r, gate_w = os.pipe()
        try:
            with _FORK_LOCK:
                shell = subprocess.Popen(
                    [SHELL, "-c", TRAMPOLINE, "sh", *argv], cwd=workdir, env=env, stdin=stdin_r, stdout=report_w,
                    stderr=stderr_w, start_new_session=True, close_fds=False, preexec_fn=setup_for({3: output_w, 5: gate_r}),
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
                _killpg(shell.pid)
            os.wait4(shell.pid, 0)
            shell.returncode = 0  # reaped here: Popen must never wait for a reused pid
            os.close(gate_w)  # the shell is gone: the program may start
        if not report.strip().isdigit():
            raise OSError(f"the shell that starts the program failed ({report[:100]!r})")
        return shell.pid, int(report)

    def _supervise(self, argv: list[str], workdir: str, env: dict[str, str], setup_for, stdin: bytes, limits: Limits,
                   cancel: threading.Event | None, merge: bool, uid: int | None) -> RunResult:
        capture = streams.Capture(stdout_limit=limits.output_bytes, stderr_limit=limits.output_bytes)
        in_r, in_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = (out_r, out_w) if merge else os.pipe()
        start = time.monotonic()
        try:
            pgid, pid = self._start(argv, workdir, env, setup_for, in_r, out_w, err_w)
        except (OSError, subprocess.SubprocessError) as exc:
            for fd in {in_r, in_w, out_r, out_w, err_r, err_w}:
                os.close(fd)
            return RunResult(error=f"couldn't start {argv[0]}: {exc}")
        for fd in {in_r, out_w, err_w}:
            os.close(fd)
        with self._lock:
            self._live[pgid] = uid
        pipes = _Pipes(capture, {out_r: 2 if merge else 1, **({} if merge else {err_r: 2})}, in_w, stdin)
        ended = None
        try:
            killed, ended, status, usage = pipes.watch(pid, start + limits.wall_s, cancel)
            # The program is over (still a zombie, holding its group): nothing
            # it started may live on.
            _kill(pgid, uid)
            if usage is None:
                _, status, usage = os.wait4(pid, 0)
            cpu, rss = _cpu_ms(usage), usage.ru_maxrss
            for other in self._reap(pgid, uid):
                cpu, rss = cpu + _cpu_ms(other), max(rss, other.ru_maxrss)
            if killed is None and not pipes.drain():
                killed = "output"
        finally:
            if ended is None:  # failed on the way: the run still ends here
                _kill(pgid, uid)
                _wait_quietly(pid)
            pipes.close()
            with self._lock:
                self._live.pop(pgid, None)

        result = RunResult(wall_ms=int((ended - start) * 1000), cpu_ms=cpu, memory_kb=rss,
                           stdout=bytes(capture.stdout), stderr=capture.stderr())
        if killed is None and os.WIFEXITED(status):
            result.exit_code = os.WEXITSTATUS(status)
        elif killed is None and os.WIFSIGNALED(status):
            result.signal = os.WTERMSIG(status)
        result.timed_out = killed == "timeout"
        result.output_exceeded = killed == "output"
        result.error = "cancelled" if killed == "cancelled" else None
        return result

    def _reap(self, pgid: int, uid: int | None) -> list[resource.struct_rusage]:
        """Waits for the killed rest of the run, which comes to us as the
        subreaper, and returns what each process used."""
        usages = []
        until = time.monotonic() + REAP_GRACE_S
        while time.monotonic() < until:
            targets = [-pgid] + ([pid for pid in self._children() if _owner(pid) == uid] if uid is not None else [])
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

    @staticmethod
    def _children() -> list[int]:
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


class _Pipes:
    """One run's stdin, stdout and stderr, served from one thread: input fed
    as the program takes it, output kept up to its cap."""

    def __init__(self, capture: streams.Capture, readers: dict[int, int], stdin_w: int, stdin: bytes) -> None:
        self.capture, self.readers, self.stdin_w, self.stdin, self.sent = capture, readers, stdin_w, stdin, 0
        self.sel = selectors.DefaultSelector()
        for fd, stream in readers.items():
            os.set_blocking(fd, False)
            self.sel.register(fd, selectors.EVENT_READ, stream)
        if stdin:
            os.set_blocking(stdin_w, False)
            self.sel.register(stdin_w, selectors.EVENT_WRITE, "in")
        else:
            os.close(stdin_w)

    def watch(self, pid: int, deadline: float, cancel: threading.Event | None):
        """Until the program ends or is to be killed: (why killed or None,
        when, and — when already reaped — its wait status and usage)."""
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
                self.sent += os.write(key.fd, self.stdin[self.sent:self.sent + READ_CHUNK])
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


def _wait_quietly(pid: int) -> None:
    try:
        os.wait4(pid, 0)
    except ChildProcessError:
        pass


def _owner(pid: int) -> int | None:
    try:
        return os.stat(f"/proc/{pid}").st_uid
    except OSError:
        return None
