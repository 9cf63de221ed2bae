"""A Kattis output validator: found in its folder, compiled once, run sandboxed.

The protocol (docs/problem-format.md): `validator input answer feedback_dir [flags]
< program_output`; exit code 42 means accepted, 43 wrong answer, anything else
is the problem's fault (IE).  What it writes to feedback_dir/judgemessage.txt
is the message shown to the user.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from tui import languages
from tui.judging import checktestdata, scripted
from tui.judging.verdicts import Verdict, signal_name
from tui.languages import Language, LanguageError, for_file
from tui.limits import VALIDATOR_LIMITS, Limits
from tui.packages import TestCase
from tui.packages.constants import NONE, Constants
from tui.sandbox.base import CompileResult, Program, RunResult, Sandbox

FEEDBACK_FILES = ("feedback/judgemessage.txt", "feedback/teammessage.txt", "feedback/judgeerror.txt")
# What a scoring problem's validator may add: the test's score, or (2023-07) a share of its maximum.
SCORE_FILES = ("feedback/score.txt", "feedback/score_multiplier.txt")
_MAIN_NAMES = ("__main__", "validate", "validator", "output_validator", "check", "checker", "compare", "main")
_SOURCE_SUFFIXES = (".py", ".cpp", ".cc", ".cxx", ".c", ".java", checktestdata.SUFFIX)
_C_SOURCES = (".c", ".cc", ".cpp", ".cxx")


def validator_sources(where: Path | None) -> tuple[Path, dict[str, bytes]]:
    """The validator's main source and the files beside it (headers such as
    validate.h, other sources, data), by their path inside the folder.
    Raises ValueError, saying why, when there is no source to compile."""
    if where is None:
        raise ValueError("the problem has no output validator")
    if where.is_file():
        return where, {}
    files = sorted(p for p in where.rglob("*") if p.is_file() and not p.name.startswith("."))
    sources = [p for p in files if p.suffix in _SOURCE_SUFFIXES and p.parent == where]
    if not sources:
        raise ValueError(f"{where} holds no validator source (.py, .c, .cpp or .java)")
    named = [p for name in _MAIN_NAMES for p in sources if p.stem.lower() == name]
    with_main = [p for p in sources if _defines_main(p)]
    main = (named or with_main or sources)[0]
    return main, {p.relative_to(where).as_posix(): p.read_bytes() for p in files if p != main}


def _defines_main(path: Path) -> bool:
    text = path.read_text(encoding="utf-8", errors="replace")
    pattern = {".py": r"__name__\s*==\s*['\"]__main__", ".java": r"static\s+void\s+main\s*\("}.get(path.suffix, r"\bmain\s*\(")
    return re.search(pattern, text) is not None


@dataclass
class Validators:
    """Validators compiled by one judge: every submission judged afterwards
    (a `problems check` run) reuses them."""

    _compiled: dict[str, Program] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def compile(
        self, sandbox: Sandbox, where: Path | None, cancel: threading.Event | None, constants: Constants = NONE
    ) -> Program | CompileResult:
        """The validator in `where`, compiled (from the cache when it was
        before); a CompileResult saying why when it can't be used.  A folder
        with build/run scripts is built by them (tui/judging/scripted.py).
        `constants` (the problem's, 2025-09) are replaced in every file of it
        as it is compiled; the package's files stay as they are."""
        if where is not None and scripted.is_scripted(where):
            return self._scripted(sandbox, where, cancel, constants)
        try:
            source, extra = validator_sources(where)
            extra = {name: constants.substitute_bytes(data) for name, data in extra.items()}
            if checktestdata.is_script(source):  # run as the Python program it translates to
                language, code = languages.get("python"), checktestdata.translated(source, constants)
            else:
                language, code = for_file(source), constants.substitute(source.read_text(encoding="utf-8", errors="replace"))
        except (ValueError, LanguageError) as exc:
            return CompileResult(False, str(exc), 0)
        if language.id in ("c", "cpp"):
            # Several sources: one translation unit, as the compile command takes one file.
            others = sorted(n for n in extra if Path(n).suffix in _C_SOURCES and "/" not in n)
            code += "".join(f'\n#include "{name}"' for name in others)
        key = hashlib.sha256(repr((language.id, code, sorted(extra.items()))).encode()).hexdigest()
        with self._lock:
            if key in self._compiled:
                return self._compiled[key]
        sandbox.prepare([language])
        result = sandbox.compile(language, code, cancel, extra)
        if not (result.ok and result.program):
            detail = result.output.strip() or "the compiler failed"
            return CompileResult(False, f"{source.name} doesn't compile:\n{detail}", result.time_ms)
        with self._lock:
            self._compiled[key] = result.program
        return result.program

    def _scripted(self, sandbox: Sandbox, where: Path, cancel: threading.Event | None, constants: Constants) -> Program | CompileResult:
        key = scripted.key(where, constants)
        with self._lock:
            if key in self._compiled:
                return self._compiled[key]
        built = scripted.build(sandbox, where, cancel, constants)
        if isinstance(built, Program):
            with self._lock:
                self._compiled[key] = built
        return built


def run_validator(
    sandbox: Sandbox,
    validator: Program | CompileResult | None,
    test: TestCase,
    output: bytes,
    stdin: bytes,
    expected: bytes,
    cancel: threading.Event | None,
) -> tuple[Verdict, str]:
    """The validator's verdict on one output, and its message."""
    verdict, message, _ = validate(sandbox, validator, test, output, stdin, expected, cancel)
    return verdict, message


def validate(
    sandbox: Sandbox,
    validator: Program | CompileResult | None,
    test: TestCase,
    output: bytes,
    stdin: bytes,
    expected: bytes,
    cancel: threading.Event | None,
    scores: bool = False,
) -> tuple[Verdict, str, dict[str, bytes]]:
    """The validator's verdict, its message and (with `scores`) the score
    files it wrote, by name (score.txt, score_multiplier.txt)."""
    if not isinstance(validator, Program):
        reason = validator.output.strip() if isinstance(validator, CompileResult) else "there is no validator"
        return Verdict.IE, f"the problem's output validator can't be used: {reason[-500:]}", {}
    argv = argv_for(validator.language, validator.code, test)
    run = sandbox.run(
        validator,
        output,
        VALIDATOR_LIMITS,
        cancel,
        extra_files={"judge/input": stdin, "judge/answer": expected, "feedback/.keep": b""},
        argv=argv,
        collect=FEEDBACK_FILES + (SCORE_FILES if scores else ()),
    )
    verdict, message = verdict_of(run)
    written = {name.rsplit("/", 1)[-1]: data for name, data in run.files.items() if name in SCORE_FILES}
    return verdict, message, written


def read_score(
    verdict: Verdict, files: dict[str, bytes], rule: str, test_max: float | None, required: bool = False
) -> tuple[Verdict, str, float | None]:
    """The test's score from the validator's score files, as problemtools
    reads them (rule: the problem's Problem.score_file), or IE saying why
    the files break the rules; (verdict, "", None) when there is no score to read."""
    if verdict is Verdict.IE:
        return verdict, "", None
    if verdict is not Verdict.AC:
        if files:
            return Verdict.IE, f"the output validator wrote {' and '.join(sorted(files))} but rejected the output", None
        return verdict, "", None
    if files and rule == "no":
        return Verdict.IE, "the output validator wrote score.txt, but the problem does not let it score (`validation: custom score`)", None
    if len(files) > 1:
        return Verdict.IE, "the output validator wrote both score.txt and score_multiplier.txt", None
    if not files:
        if rule == "must" or required:
            return Verdict.IE, "the problem's output validator must write score.txt in its feedback folder, and wrote none", None
        return verdict, "", None
    name, data = next(iter(files.items()))
    text = data.decode("utf-8", "replace").strip()
    try:
        value = float(text)
    except ValueError:
        return Verdict.IE, f"the output validator's {name} holds {text[:40]!r}, not a number", None
    if name == "score_multiplier.txt":
        if test_max is None or not 0 <= value <= 1:
            return (
                Verdict.IE,
                f"the output validator's score_multiplier.txt must be a share in [0, 1] of a bounded test, not {text[:40]!r}",
                None,
            )
        value *= test_max
    return verdict, "", value


def argv_for(language: Language, code: str, test: TestCase) -> list[str]:
    """How a validator is started for a test: its language's run line, then
    the Kattis arguments and the test group's flags."""
    argv = language.run_argv(code, VALIDATOR_LIMITS.memory_mb)
    return argv + ["judge/input", "judge/answer", "feedback/", *test.validator_args]


def verdict_of(run: RunResult, what: str = "output validator", limits: Limits = VALIDATOR_LIMITS) -> tuple[Verdict, str]:
    """42 accepted, 43 wrong answer, anything else the problem's fault
    (`limits`: the ones it ran with, for the message)."""
    feedback = {name.rsplit("/", 1)[-1]: _text(data) for name, data in run.files.items()}
    message = feedback.get("judgemessage.txt") or feedback.get("teammessage.txt") or ""
    if run.error:
        return Verdict.IE, f"the sandbox failed while running the {what}: {run.error}"
    if run.exit_code == 42 and not run.signal:
        return Verdict.AC, message
    if run.exit_code == 43 and not run.signal:
        return Verdict.WA, message or "the output validator rejected the output"
    return Verdict.IE, f"the problem's {what} " + _failure(run, feedback, limits)


def _text(data: bytes, limit: int = 2000) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text if len(text) <= limit else text[:limit] + "…"


def _failure(run: RunResult, feedback: dict[str, str], limits: Limits) -> str:
    """Why a validator gave no verdict, in one line (a crash's last line, not its traceback)."""
    if run.timed_out:
        what = f"took longer than {limits.wall_s:g} s and was stopped"
    elif run.oom_killed:
        what = f"ran out of memory ({limits.memory_mb} MiB)"
    elif run.signal:
        what = f"was killed by {signal_name(run.signal)}"
    elif run.exit_code in (0, None):
        what = f"exited with code {run.exit_code}, not 42 (accepted) or 43 (wrong answer)"
    else:
        what = f"crashed (exit code {run.exit_code}; 42 means accepted, 43 wrong answer)"
    stderr = [line.strip() for line in _text(run.stderr[-4000:], 4000).splitlines() if line.strip()]
    reason = feedback.get("judgeerror.txt") or (stderr[-1] if stderr else "")
    return what + (f": {reason[:300]}" if reason else "")
