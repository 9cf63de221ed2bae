"""Each run in its own fresh, locked-down container, through the Engine API.

A container is created, attached and started with the measuring launcher as
PID 1, which waits on stdin; the program and its input then stream in, the
output streams back (bounded), and the container stops and is removed by the
engine (auto-remove), or is killed first when it overstays.  Creation can
happen ahead of need (see ContainerPool): each container still serves exactly
one run.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

import docker
from docker.types import LogConfig, Ulimit

from tui.languages import Language
from tui.limits import Limits
from tui.sandbox import images, streams, wire
from tui.sandbox.base import (
    CompileResult,
    InteractiveResult,
    Program,
    Progress,
    RunResult,
    SandboxUnavailable,
    WarmRuns,
    compile_failure,
    compiler_output,
    source_program,
)
from tui.sandbox.engine import ENGINE_ERRORS, EngineWatch
from tui.sandbox.pool import ContainerPool, ContainerSpec, Started
from tui.sandbox.relay import Relay, Side

LABEL = "proctorx"
OWNER_LABEL = "proctorx.owner"
USER = "10001:10001"
BASE_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
    "LANG": "C.UTF-8",
}
SCRATCH_MB = 16
# Host-side backstop past the launcher's own wall limit: container start-up and
# output draining.  Past it the whole container is killed from outside.
DEADLINE_GRACE_S = 3.0
# An interactor's stdout is relayed live, so it can't also carry the files it
# leaves: its launcher puts its stdout on the stderr stream and this wrapper
# sends its own stderr to a file collected with the feedback.  The launcher
# keeps that stream open to the end, so an interactor closing its output
# (the end of file a program may read to) would go unseen: the wrapper pipes
# the output through cat and, when it ends, writes the run's end-of-output
# marker (its token came as a file, removed before the interactor starts).
# The interactor's exit status, or the signal that killed it, is the wrapper's.
INTERACTOR_STDERR = "feedback/interactor.stderr"
INTERACTOR_EOF_FILE = ".pxeof"
# The interactor runs in the background (with its input given explicitly) so
# that no shell holds the pipe open while it runs.
INTERACTOR_SCRIPT = (
    f"read -r t < {INTERACTOR_EOF_FILE}; rm -f {INTERACTOR_EOF_FILE}; exec 4>&1 6<&0; "
    "s=$( { { exec 5>&1 >/dev/null 2>&1; "
    f'"$@" <&6 >&5 2>{INTERACTOR_STDERR} 3>&- 4>&- 5>&- 6<&- & exec 5>&- 6<&-; wait $!; echo $? >&3; }} | '
    """{ cat; printf '\\036PXEOF %s\\n' "$t"; } >&4; } 3>&1 ); exec 4>&- 6<&-; """
    '[ "$s" -gt 128 ] && kill -$((s - 128)) $$; exit "$s"'
)
# A program that may not write files (Limits.writable) starts in a working
# folder without write permission: the launcher has put its files there, and
# no capability lets it past the mode.  Being their owner, a program that sets
# the mode back on purpose can still write, but only inside its own container.
READ_ONLY_WRAPPER = ["/bin/sh", "-c", 'chmod -R a-w . && exec "$@"', "program"]
INTERACTOR_WRAPPER = ["/bin/sh", "-c", INTERACTOR_SCRIPT, "interactor"]
COLLECTED_BYTES = 64 << 20
log = logging.getLogger(__name__)


def owner_tag() -> str:
    """host:pid:start — enough to tell a live owner from a crashed one."""
    return f"{socket.gethostname()}:{os.getpid()}:{_process_start(os.getpid())}"


def _process_start(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return "?"


def _owner_alive(owner: str) -> bool:
    host, _, rest = owner.partition(":")
    pid_text, _, start = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return True  # another machine's: not ours to judge
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return start in ("?", _process_start(pid))


def engine_address() -> str:
    return os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"


def engine_hint() -> str:
    where = engine_address()
    return (
        f"No Docker engine is reachable at {where}"
        + (" (from DOCKER_HOST)" if os.environ.get("DOCKER_HOST") else "")
        + ".\nFix: start the engine (`sudo systemctl start docker`, or `sudo dockerd &`), "
        "check that your user may use it (`docker info`), or judge without containers "
        "with --sandbox local (weaker isolation)."
    )


class DockerSandbox:
    """The Sandbox protocol over a Docker engine.

    When the engine goes away (stopped, crashed), the runs in flight and every
    run after them end at once as IE with `sandbox_lost` set, and check()
    raises SandboxUnavailable; while it is gone no container is started or
    waited for.  When it answers again, the same object carries on: the
    images are checked again at the next prepare(), and containers it could
    not remove meanwhile are removed."""

    name = "docker"

    def __init__(self, jobs: int = 2, client: docker.DockerClient | None = None, warm_depth: int | None = None) -> None:
        """warm_depth: how many containers may wait started ahead of need
        (default 2 per job, at least 4); the app raises it so a whole run of
        a small problem starts warm."""
        try:
            self.client = client or docker.from_env(max_pool_size=max(10, 4 * jobs), timeout=60)
            self.version = self.client.version().get("Version", "?")
        except ENGINE_ERRORS as exc:
            log.warning("engine: not reachable at %s: %s", engine_address(), exc)
            raise SandboxUnavailable(f"{engine_hint()}\n(the engine said: {exc})") from None
        log.info("engine: Docker %s at %s", self.version, engine_address())
        self.api = self.client.api
        self.owner = owner_tag()
        self._live: set[str] = set()
        # Containers the engine is removing by itself, with when they ended.
        self._ending: dict[str, float] = {}
        self._lock = threading.Lock()
        self._closing = False  # set by close(): no container is made after it
        self._remover = ThreadPoolExecutor(max_workers=2, thread_name_prefix="proctorx-rm")
        self._removals: list[Future] = []
        self._prepared: set[str] = set()
        self._unremoved: set[str] = set()  # removals the engine was not there for
        self.pool = ContainerPool(self, depth=warm_depth or max(4, 2 * jobs))
        self.engine = EngineWatch(self.api, on_lost=self._engine_lost, on_back=self._engine_back)
        # warm_many's other programs, a pool each (the first one uses self.pool).
        self._lanes: dict[ContainerSpec, ContainerPool] = {}
        self.last_relay = None  # the last interactive run's RelayStats (benchmarks read it)

    def describe(self) -> str:
        return f"Docker {self.version}"

    # ---- images -------------------------------------------------------
    def missing_images(self, languages: list[Language]) -> set[str]:
        """The ids of the languages whose image is not built yet (the first
        judgement in one builds it, minutes)."""
        try:
            return {language.id for language in languages if not images.image_exists(self.api, language.image)}
        except ENGINE_ERRORS:
            return set()

    def prepare(self, languages: list[Language], progress: Progress | None = None) -> None:
        # Every judgement starts here: after a loss, ask the engine now rather
        # than within the second's grace, so a run right after it is back runs.
        if self.engine.lost:
            self.check()
        for language in languages:
            if language.image in self._prepared:
                continue
            try:
                if not images.image_exists(self.api, language.image):
                    images.build_image(self.api, language, progress)
            except ENGINE_ERRORS as exc:
                if self.engine.gone():
                    raise SandboxUnavailable(self.engine.message()) from None
                raise SandboxUnavailable(f"the engine failed while preparing {language.name}: {exc}") from None
            self._prepared.add(language.image)

    # ---- the engine going away and coming back ------------------------
    def check(self) -> None:
        if self.engine.gone(ask_now=True):
            raise SandboxUnavailable(self.engine.message())

    def _engine_lost(self) -> None:
        # What we knew of it may no longer hold when it is back (a restarted
        # engine, perhaps with another data root); its warm containers went with it.
        with self._lock:
            self._prepared.clear()
            lanes = list(self._lanes.values())
            # Every container it held is dead, and a killed engine leaves them
            # behind when it comes back (its own removal of ended ones never ran).
            self._unremoved |= self._live | set(self._ending)
        for pool in [self.pool, *lanes]:
            pool.discard()

    def _engine_back(self) -> None:
        with self._lock:
            orphans, self._unremoved = list(self._unremoved), set()
        for cid in orphans:
            self.remove(cid)

    def _lost_result(self) -> RunResult:
        return RunResult(error=self.engine.message(), sandbox_lost=True)

    # ---- containers ---------------------------------------------------
    def cleanup_leftovers(self) -> int:
        """Removes containers of ours whose owning process is gone (a crash)."""
        removed = 0
        for c in self.api.containers(all=True, filters={"label": LABEL}):
            owner = (c.get("Labels") or {}).get(OWNER_LABEL, "")
            if owner != self.owner and not _owner_alive(owner):
                self._remove_now(c["Id"])
                removed += 1
        return removed

    def start_container(self, spec: ContainerSpec) -> Started:
        """Creates, attaches and starts a container whose launcher then waits
        for its files and input on stdin."""
        # The engine copies the image's directory mode onto a tmpfs, so the
        # owner is given explicitly (uid/gid), not through mode=.
        tmpfs_opts = "rw,exec,nosuid,nodev,uid=10001,gid=10001,mode=700,size="
        host_config = self.api.create_host_config(
            network_mode="none",
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            read_only=True,
            privileged=False,
            mem_limit=f"{spec.memory_mb}m",
            memswap_limit=f"{spec.memory_mb}m",
            nano_cpus=1_000_000_000,
            pids_limit=spec.pids_limit,
            ipc_mode="private",
            shm_size=f"{SCRATCH_MB}m",
            tmpfs={"/box": tmpfs_opts + "64m", "/tmp": tmpfs_opts + f"{SCRATCH_MB}m"},
            ulimits=[
                Ulimit(name="nofile", soft=256, hard=256),
                Ulimit(name="fsize", soft=128 << 20, hard=128 << 20),
                Ulimit(name="core", soft=0, hard=0),
            ],
            log_config=LogConfig(type="none"),
            init=False,
            # The engine removes the container as soon as it stops: removal is
            # off our path, and a container whose owner died (its attach
            # closes, so the launcher reads end of input) still goes away.
            auto_remove=True,
        )
        container = self.api.create_container(
            spec.image,
            command=list(spec.argv),
            user=USER,
            working_dir="/box",
            hostname="box",
            environment={},
            network_disabled=True,
            # Not detached + stdin_open: the engine sets StdinOnce, so closing
            # our side of the attach ends the program's input.
            stdin_open=True,
            labels={LABEL: "1", OWNER_LABEL: self.owner},
            host_config=host_config,
        )
        cid = container["Id"]
        with self._lock:
            closing = self._closing
            if not closing:
                self._live.add(cid)
        if closing:  # close() has begun: a container made now would outlive us, created and never started
            self._remove_now(cid)
            raise SandboxUnavailable("the sandbox is closing: nothing more is run")
        try:
            attached = self.api.attach_socket(cid, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            sock = streams.raw_socket(attached)
            self.api.start(cid)
        except BaseException:
            self.remove(cid)
            raise
        return Started(cid, sock, spec, handle=attached)

    def use(
        self, started: Started, files: dict[str, bytes], modes: dict[str, int], stdin: bytes, cancel: threading.Event | None
    ) -> RunResult:
        """Streams the files and the input in, reads the output back, destroys
        the container."""
        spec = started.spec
        nonce = wire.new_nonce()
        capture = streams.Capture(stdout_limit=spec.output_bytes, stderr_limit=spec.output_bytes, nonce=nonce)
        result = RunResult()
        stopped = True
        try:
            payload = wire.pack_files(files, modes, nonce) + stdin
            streams.exchange(started.sock, payload, capture, time.monotonic() + spec.wall_s + DEADLINE_GRACE_S, cancel)
            stopped = False
        except streams.Deadline:
            result.timed_out = True
        except streams.OutputExceeded:
            result.output_exceeded = True
        except streams.Cancelled:
            result.error = "cancelled"
        finally:
            if stopped:
                self._kill(started)
            try:
                started.sock.close()
            except OSError:
                pass
            self._ended(started.id)
        return self._measured(result, capture, nonce, spec)

    def _measured(self, result: RunResult, capture: streams.Capture, nonce: str, spec: ContainerSpec) -> RunResult:
        """The run's result from what came back: output, and the launcher's report."""
        result.stdout, over = capture.program_stdout()
        result.output_exceeded |= over
        stderr, report = wire.split_report(capture.stderr(), nonce)
        result.stderr = stderr
        if report is not None:
            result.exit_code, result.signal = report.exit_code, report.signal
            result.cpu_ms, result.wall_ms, result.memory_kb = report.cpu_ms, report.wall_ms, report.memory_kb
            result.timed_out |= report.timed_out
            result.oom_killed = report.oom_killed
            result.pids_limit_hit = report.pids_limit_hit
        elif not (result.timed_out or result.output_exceeded or result.error):
            if self.engine.gone():
                return self._lost_result()
            result.error = "the container ended without the launcher's report: " + _tail(stderr)
        if result.timed_out and report is None:
            result.wall_ms = int(spec.wall_s * 1000)
        return result

    def _kill(self, started: Started) -> None:
        """Kills a container we stopped listening to, then drains its stream.

        The engine must be able to finish writing what the program printed:
        a container whose output nobody reads can't be removed (the engine's
        force-remove then hangs for minutes), and the kill itself returns
        only once the output is drained: so the kill runs beside the draining."""

        def kill() -> None:
            try:
                self.api.kill(started.id)
            except ENGINE_ERRORS:
                pass

        killer = threading.Thread(target=kill, name="proctorx-kill", daemon=True)
        killer.start()
        streams.drain(started.sock, seconds=10.0)
        killer.join(5.0)

    def _ended(self, cid: str) -> None:
        """The container has stopped, or was killed: the engine removes it."""
        now = time.monotonic()
        with self._lock:
            self._live.discard(cid)
            self._ending = {c: t for c, t in self._ending.items() if now - t < 60}  # long gone
            self._ending[cid] = now

    def wait_removals(self) -> None:
        """Blocks until every container asked to go is gone from the engine."""
        self._wait_asked_removals()
        with self._lock:
            ending, self._ending = list(self._ending), {}
        for cid in ending:
            try:
                self.api.wait(cid, timeout=30, condition="removed")
            except ENGINE_ERRORS:
                pass  # already gone (NotFound), or the engine will finish it

    def _wait_asked_removals(self) -> None:
        with self._lock:
            pending = list(self._removals)
        for future in pending:
            future.result()

    def remove(self, cid: str) -> None:
        """Kills and removes a container off the caller's path."""
        try:
            future = self._remover.submit(self._remove_now, cid)
        except RuntimeError:  # closed: nothing runs off the caller's path any more
            self._remove_now(cid)
            return
        with self._lock:
            self._removals = [f for f in self._removals if not f.done()] + [future]

    def _remove_now(self, cid: str) -> None:
        removed = False
        for _ in range(3):
            try:
                self.api.remove_container(cid, force=True)
                removed = True
                break
            except docker.errors.NotFound:
                removed = True
                break
            except docker.errors.APIError as exc:
                if exc.status_code == 409:  # the engine is already removing it
                    removed = True
                    break
                time.sleep(0.2)
            except ENGINE_ERRORS:
                if self.engine.gone():
                    break  # no use asking again now: it is removed when the engine is back
                time.sleep(0.2)
        with self._lock:
            self._live.discard(cid)
            if not removed and self.engine.lost:
                self._unremoved.add(cid)

    # ---- the Sandbox protocol ----------------------------------------
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
        collect = language.artifacts if language.compiled else ()
        argv = launcher_argv(limits, language, source.compile_argv(), collect=collect, stdout_to_stderr=True)
        spec = ContainerSpec(language.image, tuple(argv), limits.memory_mb, language.compile_pids, limits.wall_s, limits.output_bytes)
        # A compile the engine wasn't there for is no compile error of the
        # user's: it is the sandbox that can't be used.
        if self.engine.lost and self.engine.gone():
            raise SandboxUnavailable(self.engine.message())
        try:
            result = self.use(self.start_container(spec), source.files, source.modes, b"", cancel)
        except ENGINE_ERRORS as exc:
            if self.engine.gone():
                raise SandboxUnavailable(self.engine.message()) from None
            return CompileResult(ok=False, output=f"internal error: the engine failed: {exc}", time_ms=0)
        if result.sandbox_lost:
            raise SandboxUnavailable(result.error or self.engine.message())
        failed = compile_failure(result, limits)
        if failed is not None:
            return failed
        if not language.compiled:  # a check passed: the source is the program
            return CompileResult(True, compiler_output(result.stderr), result.wall_ms, source)
        try:
            artifacts, modes = wire.unpack_files(result.stdout)
        except ValueError as exc:
            return CompileResult(False, f"internal error: unreadable compile output ({exc})", result.wall_ms)
        return CompileResult(True, compiler_output(result.stderr), result.wall_ms, source.built(artifacts, modes))

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
        spec = self.run_spec(program, limits, argv=argv, collect=collect)
        files = {**program.files, **(extra_files or {})}
        if self.engine.lost and self.engine.gone():
            return self._lost_result()
        try:
            started = self._lanes.get(spec, self.pool).take(spec)
            result = self.use(started, files, program.modes, stdin, cancel)
        except ENGINE_ERRORS as exc:
            if self.engine.gone():
                return self._lost_result()
            return RunResult(error=f"the engine failed: {exc}")
        if collect and result.stdout:
            try:
                result.files, _ = wire.unpack_files(result.stdout)
            except ValueError:
                pass
        return result

    def run_interactive(
        self,
        program: Program,
        interactor: Program,
        interactor_argv: list[str],
        interactor_files: dict[str, bytes],
        limits: Limits,
        interactor_limits: Limits,
        cancel: threading.Event | None = None,
        collect: tuple[str, ...] = (),
        program_argv: list[str] | None = None,
    ) -> InteractiveResult:
        """Two containers, nothing shared between them but the two streams
        this process relays (tui/sandbox/relay.py)."""
        if self.engine.lost and self.engine.gone():
            return InteractiveResult(self._lost_result(), self._lost_result())
        pspec = self.run_spec(program, limits, argv=program_argv)
        ispec = self.interactor_spec(interactor, interactor_limits, interactor_argv, collect)
        started: list[Started] = []
        try:
            for spec in (pspec, ispec):
                started.append(self._lanes.get(spec, self.pool).take(spec))
        except ENGINE_ERRORS as exc:
            for s in started:
                self._kill(s)
                self._ended(s.id)
            failed = self._lost_result() if self.engine.gone() else RunResult(error=f"the engine failed: {exc}")
            return InteractiveResult(failed, failed)
        p_started, i_started = started
        now = time.monotonic()
        p_nonce, i_nonce, eof_token = wire.new_nonce(), wire.new_nonce(), wire.new_nonce()
        i_files = {**interactor.files, **interactor_files, INTERACTOR_EOF_FILE: eof_token.encode() + b"\n"}
        sides = {
            "program": Side(
                "program",
                p_started.sock,
                streams.Capture(stdout_limit=pspec.output_bytes, stderr_limit=pspec.output_bytes, nonce=p_nonce),
                p_nonce,
                relay_stream=1,
                markers=(wire.end_marker(p_nonce),),
                deadline=now + pspec.wall_s + DEADLINE_GRACE_S,
                cpu_limit_ms=int(limits.time_s * 1000),
                out=bytearray(wire.pack_files(program.files, program.modes, p_nonce)),
            ),
            "interactor": Side(
                "interactor",
                i_started.sock,
                # Its stderr stream is what it says to the program (its own
                # stderr goes to a file): as much as the program reads is
                # legitimate, and the capture keeps only a head and a tail.
                streams.Capture(stdout_limit=COLLECTED_BYTES, stderr_limit=sys.maxsize, nonce=i_nonce),
                i_nonce,
                relay_stream=2,
                markers=(wire.output_end_marker(eof_token), wire.report_mark(i_nonce)),
                deadline=now + ispec.wall_s + DEADLINE_GRACE_S,
                out=bytearray(wire.pack_files(i_files, interactor.modes, i_nonce)),
            ),
        }
        ids = {"program": p_started.id, "interactor": i_started.id}
        killers: list[threading.Thread] = []

        def kill(side: Side) -> None:
            def stop() -> None:
                try:
                    self.api.kill(ids[side.name])
                except ENGINE_ERRORS:
                    pass

            killers.append(threading.Thread(target=stop, name="proctorx-kill", daemon=True))
            killers[-1].start()

        relay = Relay(sides["program"], sides["interactor"], kill, cancel)
        try:
            relay.run()
        finally:
            for s in started:
                try:
                    s.sock.close()
                except OSError:
                    pass
                self._ended(s.id)
            for killer in killers:
                killer.join(5.0)
        results = {}
        for name, spec in (("program", pspec), ("interactor", ispec)):
            side = sides[name]
            result = RunResult(
                timed_out=side.killed == "deadline",
                output_exceeded=side.output_exceeded,
                error="cancelled" if side.killed == "cancelled" else None,
            )
            if side.killed in ("peer", "out of time"):  # stopped because the other side was done: no report to read
                result.stdout = side.capture.program_stdout()[0]
                result.stderr = wire.split_report(side.capture.stderr(), side.nonce)[0]
                result.wall_ms = int(((side.ended_at or now) - now) * 1000)
                results[name] = result
            else:
                results[name] = self._measured(result, side.capture, side.nonce, spec)
        interactor_run = results["interactor"]
        if interactor_run.stdout:
            try:
                interactor_run.files, _ = wire.unpack_files(interactor_run.stdout)
            except ValueError:
                pass
        interactor_run.stdout = b""  # what it said is in the exchange; the rest was its files
        if INTERACTOR_STDERR in interactor_run.files:
            interactor_run.stderr = interactor_run.files.pop(INTERACTOR_STDERR)
        self.last_relay = relay.stats
        return InteractiveResult(
            results["program"], interactor_run, relay.interactor_first, relay.exchange, interactor_stopped=relay.interactor_stopped
        )

    def interactor_spec(self, interactor: Program, limits: Limits, argv: list[str], collect: tuple[str, ...]) -> ContainerSpec:
        return self.run_spec(interactor, limits, argv=INTERACTOR_WRAPPER + list(argv), collect=tuple(collect) + (INTERACTOR_STDERR,))

    def warm(self, program: Program, limits: Limits, count: int) -> None:
        if self.engine.lost and count:
            return  # nothing can start while the engine is gone
        self.pool.warm(self.run_spec(program, limits), count)

    def warm_many(self, runs: list[WarmRuns]) -> None:
        """The first program's runs are warmed in the main pool, each other
        program's (by container spec) in a pool of its own; programs no longer
        named lose theirs."""
        wanted: dict[ContainerSpec, int] = {}
        for r in runs:
            if r.interactor:
                spec = self.interactor_spec(r.program, r.limits, list(r.argv or ()), r.collect)
            else:
                spec = self.run_spec(r.program, r.limits, argv=list(r.argv) if r.argv else None, collect=r.collect)
            wanted[spec] = wanted.get(spec, 0) + r.count
        specs = list(wanted)
        with self._lock:
            gone = [lane for spec, lane in self._lanes.items() if spec not in specs[1:]]
            self._lanes = {spec: self._lanes.get(spec) or ContainerPool(self, depth=max(2, self.pool.depth // 2)) for spec in specs[1:]}
            lanes = dict(self._lanes)
        for lane in gone:
            lane.close()
        if specs:
            self.pool.warm(specs[0], wanted[specs[0]])
        for spec, lane in lanes.items():
            lane.warm(spec, wanted[spec])

    def run_spec(self, program: Program, limits: Limits, argv: list[str] | None = None, collect: tuple[str, ...] = ()) -> ContainerSpec:
        language = program.language
        command = argv or program.run_argv(limits.memory_mb)
        if not limits.writable:
            command = READ_ONLY_WRAPPER + list(command)
        full = launcher_argv(limits, language, command, collect=collect, stdout_to_stderr=bool(collect))
        return ContainerSpec(language.image, tuple(full), limits.memory_mb, language.pids_limit, limits.wall_s, limits.output_bytes)

    def close(self) -> None:
        """Removes what is still ours.  Containers that ended are left to the
        engine, which removes them even after this process is gone."""
        with self._lock:
            self._closing = True
            lanes, self._lanes = list(self._lanes.values()), {}
        for lane in lanes:
            lane.close()
        self.pool.close()
        self._wait_asked_removals()
        with self._lock:
            live = list(self._live)
        for cid in live:
            self._remove_now(cid)
        self._remover.shutdown(wait=True)
        self.client.close()


def launcher_argv(
    limits: Limits,
    language: Language,
    command: list[str],
    collect: tuple[str, ...] = (),
    stdout_to_stderr: bool = False,
) -> list[str]:
    argv = [
        "pxlaunch",
        "--cpu-ms",
        str(int(limits.time_s * 1000)),
        "--wall-ms",
        str(int(limits.wall_s * 1000)),
        "--fsize-kb",
        str(SCRATCH_MB * 1024),
        "--nofile",
        str(language.open_files),
        "--stack-kb",
        str(limits.memory_mb * 1024),
    ]
    for key, value in {**BASE_ENV, **language.env}.items():
        argv += ["--env", f"{key}={value}"]
    if stdout_to_stderr:
        argv.append("--stdout-to-stderr")
    for pattern in collect:
        argv += ["--collect", pattern]
    return argv + ["--", *command]


def _tail(data: bytes, n: int = 300) -> str:
    return data[-n:].decode("utf-8", "replace").strip() or "(no output)"
