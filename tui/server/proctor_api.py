"""The proctor's endpoints (docs/server.md: The proctor's view): the room as
JSON, the same as Server-Sent Events whenever it changes, the cookie the
page's EventSource carries (a browser can't add an Authorization header to
one), and the page itself.

Only an admin token (`TOKEN admin:NAME` in the tokens file) opens them: a
student's token is 403, no token 401.  Each stream has a Room of its own and
keeps nothing another server needs, like a judgement's stream.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tui.exam.records import RecordsError
from tui.server import streaming
from tui.server.judgement import ServerState
from tui.server.proctor import POLL_S, Room, changes
from tui.server.tokens import Client
from tui.server.wire import RequestError

COOKIE = "proctorx_proctor"
SESSION_S = 12 * 3600
PAGE = Path(__file__).resolve().parent / "proctor.html"
NOT_ADMIN = "this token is a student's: the proctor's view needs an admin token (a `TOKEN admin:NAME` line of the tokens file)"


def routes(state: ServerState, client_of, guarded) -> list[Route]:
    def admin_of(request: Request) -> Client:
        if state.tokens is None:
            raise RequestError(
                403, "this server has no tokens file, so no admin token: start it with --tokens FILE holding `TOKEN admin:NAME`"
            )
        if request.headers.get("authorization"):
            client = client_of(request)
        else:
            client = state.tokens.by_session(request.cookies.get(COOKIE))
            if client is None:
                raise RequestError(401, "no token: the proctor's view needs an admin token (--token T, or the page's form)")
        if not client.admin:
            raise RequestError(403, NOT_ADMIN)
        return client

    def room_for(client: Client) -> Room:
        exams = [client.watches] if client.watches is not None else state.tokens.exams()
        roll = {exam.sha256: state.tokens.students_of(exam.sha256) for exam in exams}
        return Room(state.database, exams, roll, server=state.name)

    async def snapshot(request: Request) -> Response:
        room = room_for(admin_of(request))
        await run_in_threadpool(room.refresh)
        return JSONResponse(room.snapshot())

    async def events(request: Request) -> Response:
        room = room_for(admin_of(request))
        await run_in_threadpool(room.refresh)  # a database that can't be read is a 503 here, before the stream

        async def stream():
            last, said = None, time.monotonic()
            while not state.shutting_down.is_set():
                try:
                    await run_in_threadpool(room.refresh)
                    current = room.snapshot()
                    if changes(current) != last:
                        last, said = changes(current), time.monotonic()
                        yield streaming.event("snapshot", current)
                except RecordsError as exc:
                    last = None  # the next snapshot that can be read is sent, whatever it says
                    yield streaming.event("error", {"status": 503, "error": f"the record database can't be read now: {exc}"})
                    said = time.monotonic()
                if time.monotonic() - said >= streaming.PING_S:
                    said = time.monotonic()
                    yield streaming.PING
                await asyncio.sleep(POLL_S)

        return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    async def session(request: Request) -> Response:
        client = admin_of(request)
        answer = JSONResponse({"admin": client.student, "server": state.name, "expires_s": SESSION_S}, status_code=201)
        secure = request.url.scheme == "https"
        answer.set_cookie(
            COOKIE, state.tokens.session(client), max_age=SESSION_S, path="/", httponly=True, samesite="strict", secure=secure
        )
        return answer

    async def page(request: Request) -> Response:
        # The page holds no data: it asks for the token, then for the room.
        return HTMLResponse(PAGE.read_text(encoding="utf-8"), headers={"Cache-Control": "no-store"})

    return [
        Route("/v1/proctor", guarded(snapshot)),
        Route("/v1/proctor/events", guarded(events)),
        Route("/v1/proctor/session", guarded(session), methods=["POST"]),
        Route("/proctor", guarded(page)),
    ]
