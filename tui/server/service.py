"""The judge server's HTTP API (docs/server.md), a Starlette app.

Starlette because it is a small, well-kept ASGI toolkit (the one FastAPI is
built on) with streaming responses and no opinions about the rest; uvicorn
serves it (tui/cli/server.py).  The judge itself is synchronous and
thread-based, so each judgement runs in a thread of its own and its events
cross into the event loop through a queue.  Runs wait their turn per student
(tui.server.queue) and a few lanes judge them (tui.server.lanes).

A judgement streams over the connection that asked for it and leaves nothing
a later request needs on this server: finished judgements are kept in the
database, so any server sharing it can hand one out again.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tui.exam.records import RecordsError
from tui.exam.session import parse_time
from tui.server import proctor_api, streaming
from tui.server.judgement import Judgement, ServerState, now
from tui.server.tokens import ANONYMOUS, Client
from tui.server.wire import RequestError, parse_request, problem_json

API_VERSION = 1
EXAM_EVENTS = ("start", "resume", "quit", "end")
# After the countdown's zero the app judges the code on screen once more, and
# that run must still reach the record: the server's own deadline is this much later.
EXAM_GRACE_S = 120


def error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def create_app(state: ServerState) -> Starlette:
    """The ASGI app over this server's state."""

    def client_of(request: Request) -> Client:
        if state.tokens is None:
            return ANONYMOUS
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise RequestError(401, "no token: this server judges only for a token of its tokens file (--token T)")
        client = state.tokens.find(token.strip())
        if client is None:
            raise RequestError(401, "unknown token: it is not in this server's tokens file")
        return client

    def guarded(handler):
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestError as exc:
                headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
                if exc.status in (429, 503):
                    headers = {"Retry-After": str(exc.retry_after_s)}
                return error(exc.status, str(exc), headers)
            except RecordsError as exc:
                return error(503, f"the record database can't be used: {exc}")

        return endpoint

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "stopping" if state.shutting_down.is_set() else "ok",
                "server": state.name,
                "api": API_VERSION,
                "sandbox": state.sandbox.name,
                "engine": state.sandbox.describe(),
                "judging": len(state.running),
                "queued": state.queue.waiting(),
                "tokens": state.tokens is not None,
            },
            status_code=503 if state.shutting_down.is_set() else 200,
        )

    async def whoami(request: Request) -> Response:
        client = client_of(request)
        exam = client.exam
        return JSONResponse(
            {
                "student": client.student,
                "exam": None if exam is None else {"title": exam.title, "sha256": exam.sha256},
                "server": state.name,
                "admin": client.admin,
            }
        )

    async def problems(request: Request) -> Response:
        client = client_of(request)
        listed = sorted(state.problems_for(client).values(), key=lambda p: p.slug)
        return JSONResponse({"problems": await run_in_threadpool(lambda: [problem_json(p) for p in listed])})

    async def problem(request: Request) -> Response:
        client = client_of(request)
        found = state.problems_for(client).get(request.path_params["slug"])
        if found is None:
            raise RequestError(404, f"no problem {request.path_params['slug']!r} on this server for you")
        return JSONResponse(await run_in_threadpool(problem_json, found))

    async def exam(request: Request) -> Response:
        client = client_of(request)
        if client.exam is None:
            raise RequestError(404, "your token belongs to no exam")
        ex = client.exam
        db = state.database.for_exam(ex.sha256)
        start = await run_in_threadpool(db.first, client.student, "start")
        return JSONResponse(
            {
                "title": ex.title,
                "sha256": ex.sha256,
                "duration_s": ex.duration_s,
                "languages": [lang.id for lang in ex.languages],
                "problems": [p.slug for p in ex.problems],
                "show_sample_output": ex.show_sample_output,
                "student": client.student,
                "started": None if start is None else start["time"],
                "now": now(),
            }
        )

    async def exam_event(request: Request) -> Response:
        client = client_of(request)
        if client.exam is None:
            raise RequestError(404, "your token belongs to no exam")
        body = await read_json(request, 4096)
        kind = body.get("event") if isinstance(body, dict) else None
        if kind not in EXAM_EVENTS:
            raise RequestError(400, f"`event` must be one of {', '.join(EXAM_EVENTS)}")
        ex = client.exam
        db = state.database.for_exam(ex.sha256)

        def append() -> dict:
            started = db.first(client.student, "start") is not None
            event = "resume" if kind == "start" and started else kind
            record = {"event": event, "time": now(), "student": client.student, "exam_sha256": ex.sha256, "server": state.name}
            if event == "start":
                record.update(exam=ex.title, host=state.name)
            return db.append(client.student, record)

        sealed = await run_in_threadpool(append)
        return JSONResponse({"seq": sealed["seq"], "event": sealed["event"], "time": sealed["time"], "record": sealed}, status_code=201)

    async def exam_log(request: Request) -> Response:
        """The student's own records of their exam, as the lines of a log
        file: the app verifies the chain and resumes from it as from a file."""
        client = client_of(request)
        if client.exam is None:
            raise RequestError(404, "your token belongs to no exam")
        db = state.database.for_exam(client.exam.sha256)
        return JSONResponse({"lines": await run_in_threadpool(db.lines, client.student)})

    def exam_over(judgement: Judgement) -> str | None:
        """Why this exam run comes too late (its log closed, or the time is
        past the student's deadline and its grace); None while it may run."""
        ex, student = judgement.client.exam, judgement.client.student
        db = state.database.for_exam(ex.sha256)
        if db.first(student, "end") is not None:
            return f"the exam {ex.title!r} is over for {student}: its record is closed, so nothing more is judged"
        start = db.first(student, "start")
        begun = parse_time(start.get("time")) if start else None
        if begun is not None and (datetime.now().astimezone() - begun).total_seconds() > ex.duration_s + EXAM_GRACE_S:
            return f"the exam {ex.title!r} is over for {student}: its {ex.duration_s / 60:g} minutes ran out"
        return None

    async def judge(request: Request) -> Response:
        if state.shutting_down.is_set():
            raise RequestError(503, "the judge server is shutting down")
        client = client_of(request)
        body = await read_json(request, state.limits.body_bytes)
        judgement = Judgement(state, client, parse_request(body, state.limits), owner=client.student)
        if judgement.records:
            late = await run_in_threadpool(exam_over, judgement)
            if late:
                raise RequestError(403, late)
        key = client.student if state.tokens is not None else f"{client.student}@{request.client.host if request.client else '?'}"
        judgement.key = key
        events = channel(judgement)
        await run_in_threadpool(state.lanes.submit, judgement, body)  # kept, then queued: 429 when the queue is full
        return StreamingResponse(
            stream(judgement, events),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no", "X-Judgement": judgement.id},
        )

    def channel(judgement: Judgement) -> asyncio.Queue:
        """Where the lane's thread puts the run's events for its stream."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()

        def put(kind, data) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, None if kind is None else (kind, data))
            except RuntimeError:  # the loop is gone: the server stopped
                pass

        judgement.emit = put
        return queue

    async def stream(judgement: Judgement, queue: asyncio.Queue):
        try:
            yield streaming.event("accepted", judgement.summary("running"))
            while True:
                try:
                    item = await asyncio.wait_for(queue.get(), streaming.PING_S)
                except asyncio.TimeoutError:
                    yield streaming.PING
                    continue
                if item is None:
                    break
                yield streaming.event(*item)
                if item[0] == "error":  # superseded, or refused at shutdown: nothing follows
                    break
        finally:
            state.lanes.leave(judgement)  # the client left (or we are done): stop whatever still runs

    async def fetch(request: Request) -> Response:
        client = client_of(request)
        found = await run_in_threadpool(state.database.get_judgement, request.path_params["id"], client.student)
        if found is None:
            raise RequestError(404, "no such judgement (or it is no longer kept)")
        return JSONResponse(found[1])

    async def not_found(request: Request, exc) -> Response:
        return error(404, f"no such endpoint: {request.method} {request.url.path}")

    async def not_allowed(request: Request, exc) -> Response:
        return error(405, f"{request.method} is not allowed on {request.url.path}")

    routes = [
        Route("/v1/health", guarded(health)),
        Route("/v1/whoami", guarded(whoami)),
        Route("/v1/problems", guarded(problems)),
        Route("/v1/problems/{slug}", guarded(problem)),
        Route("/v1/exam", guarded(exam)),
        Route("/v1/exam/events", guarded(exam_event), methods=["POST"]),
        Route("/v1/exam/log", guarded(exam_log)),
        Route("/v1/judgements", guarded(judge), methods=["POST"]),
        Route("/run", guarded(judge), methods=["POST"]),  # the seed design's name for it
        Route("/v1/judgements/{id}", guarded(fetch)),
        *proctor_api.routes(state, client_of, guarded),
    ]
    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed})


async def read_json(request: Request, limit: int):
    """The body as JSON, read up to `limit` bytes; 413 past it, 400 if not JSON."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise RequestError(413, f"the request is {int(length) // 1024} KiB: this server takes at most {limit // 1024} KiB")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(413, f"the request is over {limit // 1024} KiB: this server takes at most that")
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks) or b"null")
    except (ValueError, UnicodeDecodeError):
        raise RequestError(400, "the body is not JSON") from None


def shutdown(state: ServerState) -> None:
    """Stops taking judgements and ends those in flight and in the queue
    (their clients hear why); called when the server is told to stop."""
    state.shutting_down.set()
    state.lanes.close()
