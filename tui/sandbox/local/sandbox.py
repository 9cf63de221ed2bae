"""LocalSandbox: the Sandbox protocol over plain processes on this machine."""

from __future__ import annotations

import os
import threading

from tui.languages import Language
from tui.limits import Limits
from tui.sandbox.base import (
    CompileResult,
    Program,
    Progress,
    RunResult,
    SandboxUnavailable,
    compile_failure,
    compiler_output,
    source_program,
)
from tui.sandbox.local import cgroup as cgroups
from tui.sandbox.local import mounts
from tui.sandbox.local.isolation import UID_SLOTS, Isolation, Uids, become_subreaper, child_setup, count_tasks, probe, rlimits
from tui.sandbox.local.process import FORK_LOCK, SYSTEM_PATH, which
from tui.sandbox.local.scratch import Scratch, remove_tree, write_files
from tui.sandbox.local.scratch import collect as collect_files
from tui.sandbox.local.supervise import LiveRuns, supervise

# The JVM reserves far more address space than it uses: its heap is bounded by
# the -Xmx of the language's own run line instead of RLIMIT_AS.
JVM_COMMANDS = ("java", "javac")


def _tools(language: Language) -> list[str]:
    """The host commands a language needs (not the program's own ./files)."""
    argvs = [language.run_argv("", 256)] + ([language.compile_argv("")] if language.builds else [])
    return [argv[0] for argv in argvs if argv and "/" not in argv[0]]


class LocalSandbox:
    """Compiles and runs on this machine, each run as a fresh process group:
    for hosts without a container engine, with weaker isolation."""

    name = "local"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._isolation: Isolation | None = None
        self._cgroups: tuple[cgroups.Layout | None, str] | None = None
        self._scratch = Scratch()
        self._live = LiveRuns()
        self._uids = Uids()
        become_subreaper()

    def describe(self) -> str:
        return "local sandbox — weaker isolation (no container)"

    def details(self) -> list[str]:
        """What isolates a run here, and exactly what stays shared, for
        `doctor` and the docs."""
        iso = self.isolation()
        layout, no_cgroup = self.cgroups()
        root = os.geteuid() == 0
        lines = [
            "each run: its own process group and session, CPU / address-space / file-size / process / open-file "
            "limits, a wall-clock kill of the whole group, an empty scratch directory, a clean environment",
        ]
        if layout is not None:
            lines.append(
                f"CPU time and memory: every process and thread of a run together ({layout.describe()}); the CPU limit holds on their sum"
            )
        else:
            lines.append(
                f"CPU time and memory: only of the processes a run waits for ({no_cgroup}): a child the "
                "kernel reaps itself (SIGCHLD ignored) is NOT counted, nor held to the CPU limit"
            )
        lines.append(
            "network: a namespace of its own (no network)"
            if iso.netns
            else "network: NOT isolated (this system allows no network namespace)"
        )
        if iso.own_uid:
            lines.append("user: each run as an unprivileged uid of its own")
        elif root:
            lines.append("user: root, like the app (the process limit can't apply; the program can reach what root can)")
        else:
            lines.append("user: yours (the program can read your files)" if not iso.mountns else "user: yours")
        if iso.mountns:
            lines.append(
                "files: a root of its own: this machine's "
                + ", ".join("/" + d for d in mounts.SYSTEM_DIRS if os.path.exists("/" + d))
                + " read-only, its own empty /tmp and /dev/shm, a minimal /dev, its working directory; "
                "no home folder, no problem package, nothing of other runs"
            )
            lines.append(
                "processes: it sees only its own in /proc"
                if not iso.userns
                else "processes: /proc is this machine's (it can read the app's command line)"
            )
        else:
            lines.append(
                "files: NOT isolated (no mount namespace here): it can read what its user may read, "
                "the problem's package and answers included, and /tmp and /dev/shm are shared between runs"
            )
        if layout is not None:
            lines.append("at its end every process of a run is killed, through its cgroup")
        elif iso.own_uid:
            lines.append("at its end every process of a run is killed, by its uid")
        else:
            lines.append("at its end its process group is killed: a process that called setsid() outlives the run")
        shared = ["the kernel (its name, uptime, load, CPU count)"]
        if iso.mountns:
            shared.append("the programs and libraries under the system folders above, and /etc (users, groups, settings)")
            if iso.userns:
                shared.append("the process table")
        else:
            shared += ["the file system (read access)", "/tmp and /dev/shm", "the process table"]
        if not iso.netns:
            shared.append("the network")
        lines.append("shared with the host: " + "; ".join(shared))
        return lines

    def isolation(self) -> Isolation:
        """What this OS lets a run have, probed on first use."""
        with self._lock:
            if self._isolation is None:
                self._isolation = probe(self._scratch)
            return self._isolation

    def cgroups(self) -> tuple[cgroups.Layout | None, str]:
        """Where each run gets a cgroup of its own, or None and why not."""
        with self._lock:
            if self._cgroups is None:
                self._cgroups = cgroups.probe()
            return self._cgroups

    # ---- the Sandbox protocol ----------------------------------------
    def prepare(self, languages: list[Language], progress: Progress | None = None) -> None:
        for language in languages:
            missing = [tool for tool in _tools(language) if which(tool) is None]
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

    def check(self) -> None:
        pass  # nothing to go away: this machine runs the programs itself

    def warm_many(self, runs: list) -> None:
        pass

    def compile(
        self,
        language: Language,
        code: str,
        cancel: threading.Event | None = None,
        extra_files: dict[str, bytes] | None = None,
        main: str | None = None,
    ) -> CompileResult:
        source = source_program(language, code, extra_files, main)
        if not language.builds:
            return CompileResult(ok=True, output="", time_ms=0, program=source)
        unstartable = language.entry_error(code)
        if unstartable is not None:
            return CompileResult(False, unstartable, 0)
        limits = language.compile_limits
        result, artifacts = self._contained(
            language,
            source.files,
            {},
            source.compile_argv(),
            b"",
            limits,
            language.compile_pids,
            cancel,
            collect=language.artifacts if language.compiled else (),
            collect_cap=limits.output_bytes,
        )
        failed = compile_failure(result, limits)
        if failed is not None:
            return failed
        output = compiler_output(result.stderr)
        if not language.compiled:  # a check passed: the source is the program
            return CompileResult(True, output, result.wall_ms, source)
        if not artifacts[0]:
            return CompileResult(False, output + "\nThe compiler left no program behind.", result.wall_ms)
        return CompileResult(True, output, result.wall_ms, source.built(*artifacts))

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
        command = argv or program.run_argv(limits.memory_mb)
        result, (found, _) = self._contained(
            language,
            files,
            program.modes,
            command,
            stdin,
            limits,
            language.pids_limit,
            cancel,
            collect=collect,
            collect_cap=limits.output_bytes,
        )
        result.files = found
        return result

    def close(self) -> None:
        self._live.kill_all()
        self._scratch.close()

    # ---- one contained process -----------------------------------------
    def _contained(
        self,
        language: Language,
        files: dict[str, bytes],
        modes: dict[str, int],
        command: list[str],
        stdin: bytes,
        limits: Limits,
        pids: int,
        cancel: threading.Event | None,
        collect: tuple[str, ...],
        collect_cap: int,
    ) -> tuple[RunResult, tuple[dict[str, bytes], dict[str, int]]]:
        """Runs `command` in a fresh directory holding `files`; with `collect`,
        its stdout joins stderr and the matching files come back instead."""
        nothing: tuple[dict[str, bytes], dict[str, int]] = ({}, {})
        if cancel is not None and cancel.is_set():
            return RunResult(error="cancelled"), nothing
        executable = command[0] if "/" in command[0] else which(command[0])
        if executable is None:
            return RunResult(error=f"`{command[0]}` is not installed on this machine"), nothing
        iso = self.isolation()
        held = self._uids.take() if iso.own_uid else None
        if iso.own_uid and held is None:
            return RunResult(error=f"all {UID_SLOTS} sandbox users are busy"), nothing
        uid = held[0] if held else None
        workdir = None
        layout, _ = self.cgroups()
        run_cgroup = None
        try:
            workdir = self._scratch.new_dir(uid)
            with FORK_LOCK:
                write_files(workdir, files, modes, uid)
            if layout is not None:
                run_cgroup = cgroups.RunCgroup.create(layout, limits.memory_mb, pids)
            plan = None
            if iso.mountns:
                plan = mounts.RootPlan.for_run(self._scratch.root_dir(), workdir, executable, own_proc=not iso.userns)
            procs = run_cgroup.procs_files() if run_cgroup is not None else []
            tool_dir = os.path.dirname(executable)
            path = SYSTEM_PATH if "/" in command[0] or tool_dir in SYSTEM_PATH.split(":") else f"{tool_dir}:{SYSTEM_PATH}"
            env = {"PATH": path, "HOME": workdir, "TMPDIR": workdir, "LANG": "C.UTF-8", **language.env}
            limit_as = os.path.basename(command[0]) not in JVM_COMMANDS
            nproc = pids if uid is not None or os.geteuid() == 0 else count_tasks(os.getuid()) + pids
            run_limits = rlimits(limits.memory_mb, limits.time_s, nproc, limit_as, language.open_files)
            result = supervise(
                [executable, *command[1:]],
                workdir,
                env,
                lambda fds: child_setup(iso, uid, run_limits, fds=fds, root=plan, cgroup_procs=procs),
                stdin,
                limits,
                cancel,
                merge=bool(collect),
                uid=uid,
                live=self._live,
                cgroup=run_cgroup,
            )
            if (
                limit_as
                and not result.timed_out
                and (result.signal or result.exit_code)
                and result.memory_kb >= limits.memory_mb * 1024 * 0.9
            ):
                # RLIMIT_AS makes running out of memory a failed allocation; a
                # failure at the limit's edge is taken for one.
                result.oom_killed = True
            found = collect_files(workdir, collect, collect_cap) if collect and not result.error else nothing
            return result, found
        except (OSError, ValueError) as exc:
            return RunResult(error=f"the local sandbox failed: {exc}"), nothing
        finally:
            if run_cgroup is not None:
                run_cgroup.kill()
                run_cgroup.remove()
            if workdir is not None:
                remove_tree(workdir)
            if held:
                os.close(held[1])
