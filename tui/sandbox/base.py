"""The seam between the judge and whatever isolates a program.

A sandbox compiles a source once and runs one test at a time; the judge never
knows whether that happened in a fresh container or a local process group.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from tui.languages import Language
from tui.limits import Limits


class SandboxUnavailable(Exception):
    """The sandbox can't be used at all (no engine, an image that can't be
    built).  The message says what was tried and how to fix it."""


@dataclass(frozen=True)
class Program:
    """What a compile leaves behind (or the source itself, for a language that
    doesn't compile): files by name, and the source text for naming them.
    A submission that was a folder keeps its main file's path in `main` and
    the paths of its source files in `sources` (its run line names them)."""

    language: Language
    code: str
    files: dict[str, bytes]
    modes: dict[str, int] = field(default_factory=dict)
    main: str | None = None
    sources: tuple[str, ...] = ()

    def run_argv(self, memory_mb: int) -> list[str]:
        return self.language.run_argv(self.code, memory_mb, self.main, self.sources)

    def compile_argv(self) -> list[str]:
        return self.language.compile_argv(self.code, self.main, self.sources)

    def built(self, files: dict[str, bytes], modes: dict[str, int]) -> Program:
        """What the compile of this source left: the same program, other files."""
        return Program(self.language, self.code, files, modes, self.main, self.sources)


def source_program(language: Language, code: str, extra_files: dict[str, bytes] | None = None, main: str | None = None) -> Program:
    """The files a compile starts from; for a language that doesn't compile,
    already the program itself.  With `main`, the submission is a folder:
    `extra_files` are its other files, each under its own name, and `code`
    is the main file's text at path `main`."""
    if main is None:
        return Program(language, code, {**(extra_files or {}), language.source_name(code): code.encode("utf-8")})
    files = {**(extra_files or {}), main: code.encode("utf-8")}
    sources = tuple(sorted(path for path in files if language.is_source(path)))
    return Program(language, code, files, main=main, sources=sources)


@dataclass
class CompileResult:
    ok: bool
    output: str
    time_ms: int
    program: Program | None = None
    timed_out: bool = False


@dataclass
class RunResult:
    """What happened to one run, as measured around the program alone."""

    exit_code: int | None = None
    signal: int | None = None
    cpu_ms: int = 0
    wall_ms: int = 0
    memory_kb: int = 0
    stdout: bytes = b""
    stderr: bytes = b""
    timed_out: bool = False  # stopped at the wall deadline
    oom_killed: bool = False  # the memory limit's OOM killer struck
    pids_limit_hit: bool = False  # the pids limit refused one of its forks
    output_exceeded: bool = False  # killed for writing past the output limit
    error: str | None = None  # the sandbox failed, not the program: IE
    # ...and the reason is the sandbox itself going away (the engine stopped
    # answering): every run fails the same way until it is back, so a caller
    # may stop and say so (Sandbox.check() raises SandboxUnavailable meanwhile).
    sandbox_lost: bool = False
    files: dict[str, bytes] = field(default_factory=dict)  # what --collect returned


EXCHANGE_LIMIT = 64 * 1024  # bytes of an interactive exchange recorded each way


@dataclass
class Exchange:
    """What passed between a program and an interactor, in order: chunks of
    ("program", bytes) sent by the program and ("interactor", bytes) sent to
    it, at most `limit` bytes each way (then `truncated`)."""

    chunks: list[tuple[str, bytes]] = field(default_factory=list)
    limit: int = EXCHANGE_LIMIT
    truncated: bool = False
    _sizes: dict[str, int] = field(default_factory=lambda: {"program": 0, "interactor": 0})

    def add(self, sender: str, data: bytes) -> None:
        room = self.limit - self._sizes[sender]
        if len(data) > room:
            self.truncated = True
            data = data[: max(room, 0)]
        if not data:
            return
        self._sizes[sender] += len(data)
        if self.chunks and self.chunks[-1][0] == sender:
            self.chunks[-1] = (sender, self.chunks[-1][1] + data)
        else:
            self.chunks.append((sender, data))

    def sent(self, sender: str) -> int:
        return self._sizes[sender]

    def lines(self) -> list[tuple[str, str]]:
        """The exchange line by line, as (who, text) with who "program" (it
        wrote the line) or "judge" (the interactor did: the program read it),
        the way a Kattis .interaction file has them (`>` and `<`)."""
        return [
            ("program" if sender == "program" else "judge", line)
            for sender, data in self.chunks
            for line in data.decode("utf-8", "replace").splitlines()
        ]


@dataclass
class InteractiveResult:
    """An interactive run: the program's run and the interactor's, measured
    each in its own container, which of them ended first, and the exchange."""

    program: RunResult
    interactor: RunResult
    interactor_first: bool = False
    exchange: Exchange = field(default_factory=Exchange)
    # Stopped by the host because the program ran out of time while it still ran.
    interactor_stopped: bool = False


# What a person reads of a compiler's messages: the first errors are the ones
# that matter, and a flood (a template error cascade, a program that
# #includes /dev/urandom) would only slow the app and the JSON down.
COMPILER_OUTPUT_CHARS = 64 * 1024


def compiler_output(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    if len(text) <= COMPILER_OUTPUT_CHARS:
        return text
    cut = len(text) - COMPILER_OUTPUT_CHARS
    return text[:COMPILER_OUTPUT_CHARS] + f"\n… ({cut} more characters of compiler output cut)"


def compile_failure(run: RunResult, limits: Limits) -> CompileResult | None:
    """Why the compiler's run failed, the same in every sandbox; None when
    it succeeded and its artifacts can be taken."""
    output = compiler_output(run.stderr)
    # RLIMIT_CPU holds each of the compiler's processes alone: their sum is checked here.
    if run.timed_out or run.signal == signal.SIGXCPU or run.cpu_ms > limits.time_s * 1000:
        stopped = f"\nCompilation was stopped: it used more than {limits.time_s:g} s of CPU time or {limits.wall_s:g} s in all."
        return CompileResult(False, output + stopped, run.wall_ms, timed_out=True)
    if run.oom_killed:
        stopped = f"\nCompilation was stopped: it used more than {limits.memory_mb} MB of memory."
        return CompileResult(False, output + stopped, run.wall_ms)
    if run.error or run.output_exceeded or run.exit_code != 0 or run.signal:
        reason = run.error or ("the compiler printed too much" if run.output_exceeded else "the compiler failed")
        return CompileResult(False, output or reason, run.wall_ms)
    return None


@dataclass(frozen=True)
class WarmRuns:
    """Runs of one program that are coming (for Sandbox.warm_many): `count`
    of them, started with `argv` (None: the language's run line) and
    collecting `collect`, as run() would be called."""

    program: Program
    limits: Limits
    count: int
    argv: tuple[str, ...] | None = None
    collect: tuple[str, ...] = ()
    interactor: bool = False  # runs as run_interactive's interactor (its stdout relayed)


Progress = Callable[[str, float | None], None]
"""Called with a line of progress and a fraction done (None when unknown)."""


class Sandbox(Protocol):
    """prepare → compile → run each test → close."""

    name: str  # "docker" or "local"

    def describe(self) -> str:
        """One line for a status bar: what isolates the program."""

    def prepare(self, languages: list[Language], progress: Progress | None = None) -> None:
        """Make sure everything needed to run these languages exists (images)."""

    def compile(
        self,
        language: Language,
        code: str,
        cancel: threading.Event | None = None,
        extra_files: dict[str, bytes] | None = None,
        main: str | None = None,
    ) -> CompileResult:
        """Compile once; a language without a compile step returns its source
        (and the extra files, e.g. a validator's headers) as the program.
        `main`: the submission is a folder (see source_program)."""

    def warm(self, program: Program, limits: Limits, count: int) -> None:
        """A hint: `count` runs of this program are coming (a sandbox may get
        ready for them ahead of need); 0 releases whatever it got ready."""

    def warm_many(self, runs: list[WarmRuns]) -> None:
        """A hint, like warm(), for several programs whose runs interleave (a
        stress test's generator, brute and solution): each gets ready on its
        own; an empty list releases them."""

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
        """Run the program once, in isolation, on this input."""

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
        """Runs the program against an interactor (a Kattis interactive
        problem): each in isolation from the other, the interactor's stdout
        relayed to the program's stdin and the program's stdout to the
        interactor's stdin as each chunk arrives.  The interactor starts with
        `interactor_argv` beside `interactor_files`; `collect` is what it leaves.
        program_argv: the program's command line, when not its language's alone (a test's `args`)."""

    def check(self) -> None:
        """Raises SandboxUnavailable, with a one-line reason, when the sandbox
        can no longer be used (the engine went away); returns when it can,
        which a sandbox that had lost its engine notices here too."""

    def close(self) -> None:
        """Release everything: no container, process or file of ours remains."""
