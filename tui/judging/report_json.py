"""The JSON shape of a judgement (shared/spec/cli.md, docs/json.md), both
ways: `judge --json` prints it, the judge server sends it, and its client
reads it back into the same Report, so a remote `judge --json` prints the
same object as a local one."""

from __future__ import annotations

from tui.judging.grading import Grade, GroupGrade
from tui.judging.results import CompileSummary, PassResult, Report, TestResult
from tui.judging.verdicts import Verdict
from tui.sandbox.base import Exchange


def exchange_json(exchange: Exchange | None) -> dict | None:
    """An interactive test's exchange, line by line as a .interaction file has
    it: [">", line] the program wrote, ["<", line] it read."""
    if exchange is None:
        return None
    return {"lines": [[">" if who == "program" else "<", line] for who, line in exchange.lines()], "truncated": exchange.truncated}


def exchange_from_json(data: dict | None) -> Exchange | None:
    if not isinstance(data, dict):
        return None
    exchange = Exchange()
    for mark, line in data.get("lines") or []:
        exchange.add("program" if mark == ">" else "interactor", f"{line}\n".encode())
    exchange.truncated = bool(data.get("truncated"))
    return exchange


def pass_json(p: PassResult, interactive: bool = False) -> dict:
    """One pass of a multi-pass test (never of a hidden one: its passes are null)."""
    return {
        "pass": p.number,
        "verdict": p.verdict,
        "time_ms": p.time_ms,
        "wall_ms": p.wall_ms,
        "memory_kb": p.memory_kb,
        "exit_code": p.exit_code,
        "signal": p.signal,
        "stdin": p.stdin.decode("utf-8", "replace"),
        "stdout": p.stdout.decode("utf-8", "replace"),
        "stderr": p.stderr.decode("utf-8", "replace"),
        "message": p.message,
    } | ({"exchange": exchange_json(p.exchange)} if interactive else {})


def pass_from_json(data: dict) -> PassResult:
    return PassResult(
        number=int(data["pass"]),
        verdict=data["verdict"],
        time_ms=int(data.get("time_ms") or 0),
        wall_ms=None if data.get("wall_ms") is None else int(data["wall_ms"]),
        memory_kb=int(data.get("memory_kb") or 0),
        exit_code=data.get("exit_code"),
        signal=data.get("signal"),
        stdin=str(data.get("stdin") or "").encode("utf-8"),
        stdout=str(data.get("stdout") or "").encode("utf-8"),
        stderr=str(data.get("stderr") or "").encode("utf-8"),
        message=str(data.get("message") or ""),
        exchange=exchange_from_json(data.get("exchange")),
    )


def test_json(t: TestResult, interactive: bool = False, multipass: bool = False) -> dict:
    """One test of `judge --json`: a hidden test gives its verdict, time and
    memory, and null for everything else it could say about its input."""

    def text(data: bytes):
        return None if t.hidden else data.decode("utf-8", "replace")

    return (
        {
            "index": t.index,
            "name": t.name,
            "hidden": t.hidden,
            "verdict": t.verdict,
            "time_ms": t.time_ms,
            "wall_ms": None if t.hidden else t.wall_ms,
            "memory_kb": t.memory_kb,
            "exit_code": None if t.hidden else t.exit_code,
            "signal": None if t.hidden else t.signal,
            "stdout": text(t.stdout),
            "stderr": text(t.stderr),
            "message": None if t.hidden else t.message,
            "rerun_alone": t.rerun_alone,
        }
        | ({"exchange": None if t.hidden else exchange_json(t.exchange)} if interactive else {})
        | (_passes_json(t, interactive) if multipass else {})
    )


def _passes_json(t: TestResult, interactive: bool) -> dict:
    passes = None if t.hidden or t.passes is None else [pass_json(p, interactive) for p in t.passes]
    return {"passes": passes}


def compile_json(summary: CompileSummary | None) -> dict | None:
    return None if summary is None else {"ok": summary.ok, "output": summary.output, "time_ms": summary.time_ms}


def number(value: float) -> float | int | str:
    """A score as JSON: whole numbers as integers; an unbounded maximum as "inf"."""
    if value != value or value in (float("inf"), float("-inf")):
        return "inf" if value == float("inf") else "-inf" if value == float("-inf") else "nan"
    return int(value) if float(value).is_integer() else value


def grade_json(grade: Grade) -> dict:
    """score, max_score and groups: what a scoring problem adds to `judge --json`."""
    return {
        "score": number(grade.score),
        "max_score": number(grade.max_score),
        "groups": [
            {"name": g.name, "verdict": g.verdict, "score": number(g.score), "max_score": number(g.max_score), "tests": g.tests}
            for g in grade.groups
        ],
    }


def report_json(report: Report, sandbox_name: str) -> dict:
    found = _report_json(report, sandbox_name)
    if report.grade is not None:
        found.update(grade_json(report.grade))
    return found


def _report_json(report: Report, sandbox_name: str) -> dict:
    return (
        {
            "problem": report.problem,
            "language": report.language,
            "compile": compile_json(report.compile),
            "tests": [test_json(t, report.interactive, report.multipass) for t in report.tests],
            "passed": report.passed,
            "total": report.total,
            "verdict": report.verdict,
            "sandbox": sandbox_name,
            "cancelled": report.cancelled,
            "sandbox_lost": report.sandbox_lost,
            "time_factor": report.time_factor,
        }
        | ({"interactive": True} if report.interactive else {})
        | ({"multi_pass": True} if report.multipass else {})
    )


def test_from_json(data: dict) -> TestResult:
    """A test read back from its JSON; ValueError/KeyError/TypeError for one
    that isn't of that shape (the caller says where it came from)."""

    def data_of(key: str) -> bytes:
        value = data.get(key)
        return b"" if value is None else str(value).encode("utf-8")

    return TestResult(
        index=int(data["index"]),
        name=str(data["name"]),
        hidden=bool(data["hidden"]),
        verdict=data["verdict"],
        time_ms=int(data.get("time_ms") or 0),
        wall_ms=None if data.get("wall_ms") is None else int(data["wall_ms"]),
        memory_kb=int(data.get("memory_kb") or 0),
        exit_code=data.get("exit_code"),
        signal=data.get("signal"),
        stdout=data_of("stdout"),
        stderr=data_of("stderr"),
        message=str(data.get("message") or ""),
        rerun_alone=bool(data.get("rerun_alone", False)),
        exchange=exchange_from_json(data.get("exchange")),
        passes=None if not isinstance(data.get("passes"), list) else [pass_from_json(p) for p in data["passes"]],
    )


def compile_from_json(data: dict | None) -> CompileSummary | None:
    if data is None:
        return None
    return CompileSummary(bool(data["ok"]), str(data.get("output") or ""), int(data.get("time_ms") or 0))


def _float(value) -> float:
    return float(value)  # float("inf") reads an unbounded maximum back


def grade_from_json(data: dict) -> Grade | None:
    if "score" not in data or data.get("score") is None:
        return None
    groups = [
        GroupGrade(
            str(g["name"]),
            Verdict.of(g["verdict"]),
            _float(g["score"]),
            _float(g["max_score"]),
            [int(i) for i in g["tests"]],
            str(g["name"]).count("/") + 1,
        )
        for g in data.get("groups") or []
    ]
    return Grade(Verdict.of(data["verdict"]), _float(data["score"]), _float(data["max_score"]), groups)


def report_from_json(data: dict) -> Report:
    return Report(
        grade=grade_from_json(data),
        problem=str(data["problem"]),
        language=str(data["language"]),
        compile=compile_from_json(data.get("compile")),
        tests=[test_from_json(t) for t in data["tests"]],
        cancelled=bool(data.get("cancelled", False)),
        sandbox_lost=data.get("sandbox_lost"),
        time_factor=float(data.get("time_factor") or 1.0),
        interactive=bool(data.get("interactive", False)),
        multipass=bool(data.get("multi_pass", False)),
    )
