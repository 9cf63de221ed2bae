"""One judgement on the server: the problem and tests resolved for the
client, judged in a lane's thread (tui.server.lanes), each step handed to
`emit` as it happens, and, for an exam's client, the run recorded before the
result is sent.

Every judgement ends in the database with a final status (finished, failed,
superseded, cancelled): one left queued or running there was cut short by a
killed server, and its next start judges it (tui.server.lanes.recover).

A run of an exam is never shown and not recorded: if the record can't be
written, the client gets an error instead of the result.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from tui.exam.database import Database
from tui.exam.records import RecordsError
from tui.judging import Event, EventKind, Judge, Report, Verdict, answers
from tui.judging.report_json import compile_json, report_json, test_json
from tui.packages import CheckerSpec, Problem, TestCase
from tui.server.gate import SharedSandbox
from tui.server.queue import RunQueue
from tui.server.tokens import Client
from tui.server.wire import JudgeRequest, RequestError, RequestLimits

Emit = Callable[[str, dict], None]
log = logging.getLogger("proctorx.server")


@dataclass
class ServerState:
    """What every request of one server shares."""

    name: str
    sandbox: SharedSandbox
    database: Database
    library: dict[str, Problem]
    limits: RequestLimits = field(default_factory=RequestLimits)
    keep_s: float = 3600.0  # how long a finished judgement can be fetched again
    tokens: object | None = None  # tui.server.tokens.Tokens, or None: anyone on loopback
    shutting_down: threading.Event = field(default_factory=threading.Event)
    queue: RunQueue | None = None  # runs waiting, per student (tui.server.lanes makes it)
    lanes: object | None = None  # tui.server.lanes.Lanes: what takes runs in and judges them
    running: set = field(default_factory=set)  # Judgements being judged
    lock: threading.Lock = field(default_factory=threading.Lock)

    def problems_for(self, client: Client) -> dict[str, Problem]:
        """The problems this client may judge: its exam's, else the library."""
        if client.exam is not None:
            return {p.slug: p for p in client.exam.problems}
        return self.library


def resolve(state: ServerState, client: Client, request: JudgeRequest) -> tuple[Problem, list[TestCase], int]:
    """(problem, tests, how many of them are the problem's own) for this
    request; RequestError 403/404 when the client may not have it."""
    exam = client.exam
    answering = request.language is answers.ANSWERS  # no program: the exam's languages are not asked for
    if exam is not None and not answering and request.language.id not in {lang.id for lang in exam.languages}:
        allowed = ", ".join(lang.id for lang in exam.languages)
        raise RequestError(403, f"{request.language.id} is not a language of the exam {exam.title!r} (allowed: {allowed})")
    if request.problem is None:
        problem = Problem(
            slug="tests",
            title="Explicit tests",
            path=Path("."),
            statement="",
            limits=request.limits,
            checker=request.checker or CheckerSpec(),
            tests=request.tests,
        )
        return problem, list(request.tests), 0
    problem = state.problems_for(client).get(request.problem)
    if problem is None:
        if exam is not None and request.problem in state.library:
            raise RequestError(403, f"{request.problem!r} is not a problem of the exam {exam.title!r}")
        raise RequestError(404, f"no problem {request.problem!r} on this server (GET /v1/problems lists them)")
    if answering or problem.submit_answer:
        _check_answers(problem, request)
    own = len(problem.tests)
    extra = [replace(t, index=own + n) for n, t in enumerate(request.tests, start=1)]
    return problem, problem.tests + extra, own


def _check_answers(problem: Problem, request: JudgeRequest) -> None:
    """A submit-answer problem takes answers (language "answers"), and only it
    does; RequestError 422 saying which, or why the answers can't be read."""
    if not problem.submit_answer:
        raise RequestError(422, f"{problem.slug} is not a submit-answer problem: send a program in one of its languages, not answers")
    if request.language is not answers.ANSWERS:
        raise RequestError(
            422,
            f'{problem.slug} is a submit-answer problem: no program runs; send the answers as language "answers" '
            '(code: {"answers": {"TEST": "ANSWER", …}}, docs/server.md)',
        )
    if request.tests:
        raise RequestError(422, f"{problem.slug} is a submit-answer problem: no program runs, so nothing would judge tests sent along")
    try:
        answers.unpack(problem, request.code)
    except answers.AnswerError as exc:
        raise RequestError(422, str(exc)) from None


class Judgement:
    def __init__(self, state: ServerState, client: Client, request: JudgeRequest, owner: str, key: str | None = None) -> None:
        self.state, self.client, self.request, self.owner = state, client, request, owner
        self.key = key or owner  # its line in the queue: the student (or, without tokens, the address)
        self.problem, self.tests, self.own = resolve(state, client, request)
        self.id = uuid.uuid4().hex
        self.cancel = threading.Event()
        self.recorded = False
        self.emit: Emit = lambda kind, data: None  # the client's stream, once it has one

    @property
    def records(self) -> bool:
        """Whether this run goes into the exam's record."""
        return self.client.exam is not None and self.request.problem is not None

    def summary(self, status: str, **more) -> dict:
        return {
            "id": self.id,
            "status": status,
            "server": self.state.name,
            "problem": self.problem.slug,
            "language": self.request.language.id,
            "total": len(self.tests),
            **more,
        }

    def keep(self, status: str, **more) -> None:
        """Its status (and result) in the database, for fetching again by id;
        a database that can't be written loses only that."""
        try:
            self.state.database.put_judgement(self.id, self.owner, self.state.name, status, self.summary(status, **more), self.state.keep_s)
        except RecordsError as exc:
            log.warning("judgement %s could not be kept as %s: %s", self.id, status, exc)

    def fail(self, status: int, message: str, kept: str = "failed") -> None:
        """Ends it without a result: the client hears why, and so does a later fetch."""
        self.emit("error", {"status": status, "error": message})
        self.keep(kept, error=message)

    def run(self) -> None:
        """Judges, records, and emits every step (blocking: a lane's thread)."""
        emit = self.emit
        if self.cancel.is_set():  # its client left before its turn came
            self.keep("cancelled", error="the client left before the run began")
            return
        self.keep("running")
        sandbox = self.state.sandbox.for_judgement()
        try:
            report = Judge(sandbox, sandbox.jobs).judge(
                self.problem,
                self.request.language,
                self.request.code,
                self.tests,
                on_event=lambda e: self._event(e, emit),
                cancel=self.cancel,
            )
        except Exception as exc:  # the sandbox failed outright (no engine): the client hears why
            log.error("judgement %s failed: %s", self.id, exc)
            self.fail(503, f"the judge server could not judge: {exc}")
            return
        finally:
            sandbox.close()  # its warm hints end with it, however it ended
        if report.cancelled:
            reason = "the judge server is shutting down" if self.state.shutting_down.is_set() else "the run was cancelled"
            self.fail(503, f"{reason}: the run was stopped before its end and not recorded; run it again")
            return
        if self.records:
            try:
                self._record(report)
            except RecordsError as exc:
                log.error("judgement %s of %s was not recorded: %s", self.id, self.client.student, exc)
                self.fail(503, f"the run could not be recorded, so it does not count ({exc}); run it again")
                return
            self.recorded = True
        body = report_json(report, self.state.sandbox.name)
        self.keep("finished", report=body, recorded=self.recorded)  # only fetching it again can be lost: the result stands
        log.info(
            "judgement %s: %s %s %s %s %d/%d%s",
            self.id,
            self.client.student,
            self.problem.slug,
            self.request.language.id,
            report.verdict,
            report.passed,
            report.total,
            " recorded" if self.recorded else "",
        )
        emit("finished", {"id": self.id, "report": body, "recorded": self.recorded})

    def _event(self, event: Event, emit: Emit) -> None:
        if event.kind is EventKind.COMPILE_STARTED:
            emit("compile-started", {})
        elif event.kind is EventKind.COMPILE_FINISHED:
            emit("compile-finished", {"compile": compile_json(event.compile)})
        elif event.kind is EventKind.TEST_STARTED:
            emit("test-started", {"index": event.index})
        elif event.kind is EventKind.TEST_FINISHED:
            emit("test-finished", {"test": test_json(event.result.redacted())})
        # FINISHED: sent by run() once the run is recorded

    def _record(self, report: Report) -> None:
        exam = self.client.exam
        db = self.state.database
        student = self.client.student
        own = [t for t in report.tests if t.index <= self.own]
        verdict = Verdict.CE if report.verdict is Verdict.CE else next((t.verdict for t in own if not t.passed), Verdict.AC)
        base = {"student": student, "exam_sha256": exam.sha256, "server": self.state.name}
        if db.for_exam(exam.sha256).first(student, "start") is None:
            # A chain begins with its start, as a log folder's does.
            db.append(student, {"event": "start", "time": now(), "exam": exam.title, "host": self.state.name, **base})
        code = self.request.code
        db.append(
            student,
            {
                "event": "run",
                "time": now(),
                **base,
                "problem": self.problem.slug,
                "language": self.request.language.id,
                "code": code,
                "code_sha256": hashlib.sha256(code.encode("utf-8")).hexdigest(),
                "verdict": str(verdict),
                "passed": sum(t.passed for t in own),
                "total": len(own),
                "tests": [{"index": t.index, "verdict": str(t.verdict), "time_ms": t.time_ms, "memory_kb": t.memory_kb} for t in own],
                "judgement": self.id,
            },
        )


def now() -> str:
    """ISO 8601 with the offset, as the exam log writes it."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")
