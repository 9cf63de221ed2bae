"""The problem's reference solution, put to work on inputs the user wrote:
expected outputs for custom tests, and the default brute of a stress test.

The reference's code is the package's, not the user's: it is never shown, and
neither is anything it prints besides its answer (no stderr, no compiler
output).  Programs are compiled once per sandbox and kept (by their source),
so a second stress run or custom test pays no compile.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

from tui import languages
from tui.judging.verdicts import Verdict, classify
from tui.languages import Language
from tui.limits import Limits
from tui.packages import Problem
from tui.sandbox.base import CompileResult, Sandbox

# Fastest first for many runs (a stress test's brute); a custom test's answer
# is one run, where not compiling at all wins.
FOR_MANY_RUNS = ("cpp", "c", "python", "java")
FOR_ONE_RUN = ("python", "cpp", "c", "java")


@dataclass(frozen=True)
class Source:
    """A program by its role in a run: the user's solution, a generator, a brute."""

    role: str  # "solution", "generator", "brute"
    language: Language
    code: str
    label: str  # how messages name it: a file name, or "the reference solution"
    secret: bool = False  # the package's reference: its code, stderr and compiler output stay hidden

    @property
    def digest(self) -> str:
        return hashlib.sha256(f"{self.language.id}\0{self.code}".encode()).hexdigest()


def read_code(path: Path) -> str:
    """A source file's text; ValueError with one line when it can't be read."""
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: is a folder, not a source file") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: is not UTF-8 text") from None
    except OSError as exc:
        raise ValueError(f"{path}: can't be read ({exc.strerror})") from None


def read_source(role: str, path: Path, lang: str | None = None) -> Source:
    """A program from a file; ValueError with one line when it can't be used."""
    try:
        language = languages.get(lang) if lang else languages.for_file(path)
    except languages.LanguageError as exc:
        raise ValueError(f"{path}: {exc}") from None
    code = read_code(path)
    if not code.strip():
        raise ValueError(f"{path}: is empty")
    return Source(role, language, code, path.name)


def reference_path(problem: Problem, prefer: tuple[str, ...] = FOR_MANY_RUNS) -> Path | None:
    """The package's reference solution in the first language of `prefer` it
    ships (solutions/, else a Kattis accepted submission); None when none."""
    candidates = dict(problem.solutions)
    for submission in problem.submissions:
        if submission.expected and submission.expected[0] == "AC":
            try:
                candidates.setdefault(languages.for_file(submission.path).id, submission.path)
            except languages.LanguageError:
                continue
    for lang in prefer:
        if lang in candidates:
            return candidates[lang]
    return next(iter(candidates.values()), None)


def reference_source(problem: Problem, prefer: tuple[str, ...] = FOR_MANY_RUNS, role: str = "brute") -> Source | None:
    path = reference_path(problem, prefer)
    if path is None:
        return None
    try:
        source = read_source(role, path)
    except ValueError:
        return None
    # A 2025-09 package's constants are replaced in its programs as they are judged.
    return Source(role, source.language, problem.constants.substitute(source.code), "the reference solution", secret=True)


def generous(limits: Limits) -> Limits:
    """What a brute or the reference may use on an input the user made: a
    slow but sure program gets time and memory to spare."""
    return Limits(time_s=max(10.0, 5 * limits.time_s), memory_mb=max(1024, limits.memory_mb), output_mb=limits.output_mb)


@dataclass
class Programs:
    """Compiled programs by source, the most recently used kept (a solution
    edited and stress-tested again and again must not pile up binaries)."""

    keep: int = 12
    _compiled: dict[str, CompileResult] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def compile(self, sandbox: Sandbox, source: Source, cancel: threading.Event | None = None) -> CompileResult:
        with self._lock:
            cached = self._compiled.pop(source.digest, None)
            if cached is not None:
                self._compiled[source.digest] = cached  # now the most recent
                return cached
        sandbox.prepare([source.language])
        result = sandbox.compile(source.language, source.code, cancel)
        if result.ok and result.program is not None:
            with self._lock:
                self._compiled[source.digest] = result
                while len(self._compiled) > self.keep:
                    del self._compiled[next(iter(self._compiled))]
        return result


@dataclass(frozen=True)
class Answer:
    """The reference's answer to one input: its output, or why there is none."""

    output: bytes | None
    error: str = ""


def answer_inputs(
    sandbox: Sandbox, programs: Programs, problem: Problem, inputs: list[bytes], cancel: threading.Event | None = None
) -> list[Answer]:
    """The reference solution run on each input (in its own container, like
    any test); an answer per input, in order."""
    source = answering_source(problem)
    if source is None:
        return [Answer(None, "the problem ships no reference solution")] * len(inputs)
    compiled = programs.compile(sandbox, source, cancel)
    if not (compiled.ok and compiled.program):
        return [Answer(None, "the reference solution doesn't compile here")] * len(inputs)
    # Not warmed: the containers started ahead for the solution's run stay its own.
    limits = generous(problem.limits)
    answers = []
    for data in inputs:
        run = sandbox.run(compiled.program, data, limits, cancel)
        verdict, _ = classify(run, limits, source.language.memory_error_markers)
        if verdict is None:
            answers.append(Answer(run.stdout))
        elif verdict is Verdict.IE:
            answers.append(Answer(None, f"the sandbox failed: {run.error}"))
        else:
            answers.append(Answer(None, f"the reference solution failed on it ({verdict.label})"))
    return answers


def answering_source(problem: Problem) -> Source | None:
    """The reference that answers custom tests (answer_inputs runs it)."""
    return reference_source(problem, FOR_ONE_RUN, role="reference")


def answer_key(reference: Source, data: bytes) -> str:
    """What a kept answer is filed under: the reference's source and the
    input, so a changed package or input never gets a stale answer."""
    return reference.digest[:16] + ":" + hashlib.sha256(data).hexdigest()
