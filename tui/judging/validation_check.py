"""Proving a package's validators on its validation data (2025-09
data/invalid_input/, invalid_answer/, invalid_output/, valid_output/;
tui/packages/validation_data.py).

An input validator reads the input on stdin and exits 42 when it is valid,
anything else when not; an answer validator reads the answer on stdin with
the input's path as its argument, the same way.  The output validator judges
a case's .out as a team output (42 accepted, 43 wrong answer).  A case that
is accepted where it must be rejected, or the other way round, is a finding
of `problems check`; so is a validator that can't be used to decide.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from pathlib import Path

from tui.judging import checkers, checktestdata
from tui.judging.validator import Validators, validate, validator_sources
from tui.judging.verdicts import Verdict
from tui.limits import VALIDATOR_LIMITS
from tui.packages import Problem
from tui.packages.model import ValidationCase
from tui.sandbox.base import Program, Sandbox


@dataclass(frozen=True)
class Finding:
    """What one validation case showed: `ok` when its validators decided as
    its kind requires; `text` says how, for one line of output."""

    case: ValidationCase
    ok: bool
    text: str
    skipped: bool = False  # not checked at all (the text says why)


def check(sandbox: Sandbox, validators: Validators, problem: Problem, cancel: threading.Event | None = None) -> list[Finding]:
    """Every test's input against the input validators (2025-09: each must
    accept it), then every validation case of the problem, in its order."""
    tests = valid_inputs(problem)
    inputs = tests + [case for case in problem.validation_cases if case.kind == "invalid_input"]
    # A validator that can't run is said once, not again for each input it can't judge.
    found, usable = _usable(sandbox, validators, problem, inputs, cancel)
    found += [_valid_input(sandbox, validators, problem, usable, case, cancel) for case in tests if usable]
    return found + [_one(sandbox, validators, problem, usable, case, cancel) for case in problem.validation_cases]


def _usable(sandbox, validators: Validators, problem: Problem, inputs: list[ValidationCase], cancel) -> tuple[list[Finding], list[Path]]:
    """The input validators the inputs (tests, invalid_input cases) can be run
    against, and a finding for each that can't be (once, not once per input):
    skipped when ProctorX can't run its kind at all (.viva), a failure when it
    doesn't compile."""
    if not inputs:
        return [], []
    found, usable = [], []
    for path in problem.input_validators:
        program = validators.compile(sandbox, path, cancel, problem.constants)
        if isinstance(program, Program):
            usable.append(path)
            continue
        case = ValidationCase("input_validator", dataclasses.replace(inputs[0].test, name=path.name))
        why = program.output.strip()
        if why.startswith("can't tell the language"):
            found.append(Finding(case, True, f"not run on the inputs: ProctorX can't run {path.suffix or 'it'} validators", skipped=True))
        else:
            found.append(Finding(case, False, f"can't be used, so no input was validated by it: {why[-300:]}"))
    return found, usable


def valid_inputs(problem: Problem) -> list[ValidationCase]:
    """The tests of data/sample/ and data/secret/ as cases every input
    validator must accept (none when the package has no input validator)."""
    if not problem.input_validators:
        return []
    data = problem.path / "data"
    return [
        ValidationCase("valid_input", dataclasses.replace(test, name=test.input_path.relative_to(data).with_suffix("").as_posix()))
        for test in problem.tests
        if test.input_path is not None and test.input_path.is_relative_to(data)
    ]


def _valid_input(sandbox, validators, problem: Problem, programs: list[Path], case: ValidationCase, cancel) -> Finding:
    found = _by_programs(sandbox, validators, problem, programs, case, "input", cancel)
    if found.text.startswith("accepted by every"):
        return Finding(case, True, found.text.split(":", 1)[0])
    if found.text.startswith("rejected by"):
        return Finding(case, False, found.text + ": a test's input must be accepted by every input validator")
    return found


def _one(sandbox: Sandbox, validators: Validators, problem: Problem, usable: list[Path], case: ValidationCase, cancel) -> Finding:
    if case.kind == "invalid_input":
        if problem.input_validators and not usable:  # each one's line above says why
            return Finding(case, True, "not checked: none of the input validators can run", skipped=True)
        found = _by_programs(sandbox, validators, problem, usable, case, "input", cancel)
        idle = [path.name for path in problem.input_validators if path not in usable]
        if idle and found.text.startswith("accepted by every"):  # the one that can't run may be the one to reject it
            ran = ", ".join(path.name for path in usable)
            return Finding(case, True, f"not checked: accepted by {ran}, and {', '.join(idle)} can't run (said above)", skipped=True)
        return found
    if problem.interactive and case.kind != "invalid_answer":
        return Finding(case, True, f"not checked: {case.kind} is for problems that are not interactive", skipped=True)
    if case.kind == "invalid_answer":
        return _invalid_answer(sandbox, validators, problem, case, cancel)
    return _output(sandbox, validators, problem, case, cancel)


def _by_programs(sandbox, validators, problem: Problem, programs: list[Path], case: ValidationCase, what: str, cancel) -> Finding:
    """An invalid input or answer: rejected when any of the validators rejects it."""
    test = case.test
    if not programs:
        return Finding(case, False, f"the package has no {what} validator ({what}_validators/) to reject it")
    accepted_by = []
    for path in programs:
        program = validators.compile(sandbox, path, cancel, problem.constants)
        if not isinstance(program, Program):
            return Finding(case, False, f"the {what} validator {path.name} can't be used: {program.output.strip()[-300:]}")
        argv = program.language.run_argv(program.code, VALIDATOR_LIMITS.memory_mb)
        if what == "input":
            stdin, files = test.input(), None
            # 2025-09: the input_validator_args, then the test's own args; a checktestdata script takes none.
            argv = argv if _checktestdata(path) else [*argv, *test.input_validator_args.of(path), *test.args]
        else:
            stdin, files = test.expected(), {"judge/input": test.input()}
            argv = argv if _checktestdata(path) else [*argv, "judge/input"]  # a checktestdata script reads the answer alone
        run = sandbox.run(program, stdin, VALIDATOR_LIMITS, cancel, extra_files=files, argv=argv)
        if run.error:
            return Finding(case, False, f"the sandbox failed while running the {what} validator {path.name}: {run.error}")
        if run.exit_code != 42 or run.signal:
            how = "timed out" if run.timed_out else f"exit code {run.exit_code}" if not run.signal else f"signal {run.signal}"
            return Finding(case, True, f"rejected by the {what} validator {path.name} ({how}){_written(run)}")
        accepted_by.append(path.name)
    return Finding(case, False, f"accepted by every {what} validator ({', '.join(accepted_by)}): {case.kind} must be rejected")


def _written(run) -> str:
    """The last line the validator wrote (checktestdata's: where the input
    stops matching), after a colon; nothing when it wrote none."""
    for stream in (run.stderr, run.stdout):
        lines = [line for line in stream.decode("utf-8", "replace").splitlines() if line.strip()]
        if lines:
            return _said(lines[-1])
    return ""


def _checktestdata(path: Path) -> bool:
    """Whether the validator (a file, or a folder's main source) is a checktestdata script."""
    try:
        return checktestdata.is_script(validator_sources(path)[0])
    except ValueError:
        return False


def _invalid_answer(sandbox, validators, problem: Problem, case: ValidationCase, cancel) -> Finding:
    """Rejected by an answer validator, or by the custom output validator
    judging the answer as an output against itself."""
    custom = problem.checker.kind == "custom" and not problem.interactive
    if not problem.answer_validators and not custom:
        why = "the package has no answer validator (answer_validators/) and no output validator of its own to reject it"
        return Finding(case, False, why)
    if problem.answer_validators:
        found = _by_programs(sandbox, validators, problem, problem.answer_validators, case, "answer", cancel)
        if found.ok or not custom or "accepted by every" not in found.text:
            return found
    verdict, message = _judged(sandbox, validators, problem, case, case.test.expected(), cancel)
    if verdict is Verdict.WA:
        return Finding(case, True, "rejected by the output validator, judging the answer as an output" + _said(message))
    if verdict is Verdict.IE:
        return Finding(case, False, message)
    validators_said = "the answer validators and " if problem.answer_validators else ""
    return Finding(case, False, f"accepted by {validators_said}the output validator: invalid_answer must be rejected")


def _output(sandbox, validators, problem: Problem, case: ValidationCase, cancel) -> Finding:
    assert case.output is not None
    verdict, message = _judged(sandbox, validators, problem, case, case.output.read_bytes(), cancel)
    if verdict is Verdict.IE:
        return Finding(case, False, message)
    spec = case.test.checker or problem.checker
    who = "the output validator" if problem.checker.kind == "custom" else f"the default validator ({spec.describe()})"
    if case.must_reject:
        if verdict is Verdict.WA:
            return Finding(case, True, f"rejected by {who}" + _said(message))
        return Finding(case, False, f"accepted by {who}: invalid_output must be rejected")
    if verdict is Verdict.AC:
        return Finding(case, True, f"accepted by {who}")
    return Finding(case, False, f"rejected by {who}" + _said(message) + ": valid_output must be accepted")


def _judged(sandbox, validators: Validators, problem: Problem, case: ValidationCase, output: bytes, cancel) -> tuple[Verdict, str]:
    test = case.test
    if problem.checker.kind != "custom":
        outcome = checkers.check(test.checker or problem.checker, output, test.expected())
        return (Verdict.AC, "") if outcome.ok else (Verdict.WA, outcome.message)
    validator = validators.compile(sandbox, problem.validator, cancel, problem.constants)
    verdict, message, _ = validate(sandbox, validator, test, output, test.input(), test.expected(), cancel)
    return verdict, message


def _said(message: str) -> str:
    first = message.strip().splitlines()[:1]
    return f": {first[0][:160]}" if first else ""
