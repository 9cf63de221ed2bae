"""The lanes: the few threads that take runs from the queue (tui.server.queue)
and judge them, and what a run goes through from its acceptance to its end.

A run is written to the database as `queued`, with the request its client
sent, before it is accepted; each lane marks it `running` and then ends it
(finished, failed...).  So a server killed with runs in its queue finds them
at its next start and judges them (`recover`): their students fetch the
outcome by id, and an exam's run reaches the record as if nothing happened.

Only a few runs are judged at once (one more than the sandbox's --jobs, so
the engine never waits while a run compiles or is recorded): each of them
runs its tests side by side through the shared gate (tui.server.gate), and a
run that has begun ends soon instead of sharing the engine with thirty.
"""

from __future__ import annotations

import logging
import threading
import time

from tui.exam.records import RecordsError
from tui.server.judgement import Judgement, ServerState
from tui.server.queue import QueueClosed, QueueFull, RunQueue
from tui.server.tokens import ANONYMOUS
from tui.server.wire import RequestError, parse_request

log = logging.getLogger("proctorx.server")


def lanes_for(jobs: int) -> int:
    return max(1, jobs) + 1


class Lanes:
    def __init__(self, state: ServerState, count: int, capacity: int, per_student: int) -> None:
        self.state = state
        self.count = max(1, count)
        tell = lambda run, ahead: run.emit("queued", {"ahead": ahead})
        state.queue = self.queue = RunQueue(capacity, per_student, moved=tell, budget=state.limits.queued_bytes)
        self.threads: list[threading.Thread] = []

    def start(self) -> Lanes:
        for n in range(self.count):
            thread = threading.Thread(target=self._lane, name=f"proctorx-lane-{n + 1}", daemon=True)
            thread.start()
            self.threads.append(thread)
        return self

    # ---- a run's way in and out ---------------------------------------------
    def submit(self, judgement: Judgement, body: dict) -> None:
        """Keeps the run in the database, then queues it (blocking: call it
        in a thread).  RequestError 429 when the queue is full, 503 when the
        database can't keep it or the server is stopping."""
        state = self.state
        request = {"body": body, "key": judgement.key, "token": judgement.client.token_id}
        try:
            state.database.put_judgement(
                judgement.id, judgement.owner, state.name, "queued", judgement.summary("queued"), state.keep_s, request=request
            )
        except RecordsError as exc:
            raise RequestError(503, f"the record database can't be reached, so nothing is judged: {exc}") from None
        try:
            replaced = self.queue.put(judgement.key, judgement, judgement.request.size)
        except (QueueFull, QueueClosed) as exc:
            judgement.keep("refused", error=str(exc))
            status = 429 if isinstance(exc, QueueFull) else 503
            raise RequestError(status, str(exc), retry_after_s=getattr(exc, "retry_after_s", 2)) from None
        if replaced is not None:
            replaced.cancel.set()
            why = "superseded: you sent a newer run while this one waited for its turn, and the newer one is judged instead"
            replaced.fail(409, why, "superseded")

    def leave(self, judgement: Judgement) -> None:
        """Its client has gone: a run still waiting leaves the queue, one
        being judged stops (Judgement.run ends it as cancelled)."""
        judgement.cancel.set()
        if self.queue.remove(judgement):
            threading.Thread(target=judgement.keep, args=("cancelled",), kwargs={"error": "its client left before its turn"}).start()

    def close(self) -> None:
        """The server is stopping: runs still waiting are told so, runs being
        judged are cancelled (their clients hear why)."""
        for judgement in self.queue.close():
            judgement.cancel.set()
            judgement.fail(503, "the judge server is shutting down before this run's turn came: run it again once it is back")
        with self.state.lock:
            running = list(self.state.running)
        for judgement in running:
            judgement.cancel.set()

    def wait(self, timeout_s: float) -> None:
        """Waits for the lanes to end once closed, so the sandbox is closed
        after the last run stopped using it (none starts a container then)."""
        give_up = time.monotonic() + timeout_s
        for thread in self.threads:
            thread.join(max(0.0, give_up - time.monotonic()))

    def _lane(self) -> None:
        state = self.state
        while True:
            try:
                taken = self.queue.take()
            except QueueClosed:
                return
            if taken is None:
                continue
            key, judgement = taken
            with state.lock:
                state.running.add(judgement)
            began = time.monotonic()
            try:
                if state.shutting_down.is_set():
                    judgement.cancel.set()
                judgement.run()
            except Exception:  # a lane outlives any one run's failure; the log has it
                log.exception("judgement %s broke its lane", judgement.id)
                judgement.fail(500, "the judge server failed while judging this run: run it again")
            finally:
                with state.lock:
                    state.running.discard(judgement)
                self.queue.done(key, time.monotonic() - began)
                judgement.emit(None, None)  # the end of its stream


def recover(state: ServerState, lanes: Lanes) -> tuple[int, int]:
    """Queues again every run this server accepted and never ended (it was
    killed), oldest first; one that can't be judged any more (its token or
    problem gone) is ended as failed.  Returns (queued again, failed)."""
    again = failed = 0
    for id, owner, request in state.database.unfinished_judgements(state.name):
        try:
            client = state.tokens.by_id(request["token"]) if state.tokens is not None else ANONYMOUS
            if client is None:
                raise RequestError(403, "its token is no longer in the server's tokens file")
            judgement = Judgement(state, client, parse_request(request["body"], state.limits), owner=client.student)
            judgement.id = id
            # A line of its own: it doesn't supersede, or get superseded by, its student's other runs.
            judgement.key = f"{request['key']}\0recovered {id}"
        except (RequestError, KeyError, TypeError) as exc:
            why = str(exc) if isinstance(exc, RequestError) else "its request was not kept whole"
            message = f"the judge server stopped before judging this run, and can't judge it now ({why}): run it again"
            state.database.put_judgement(id, owner, state.name, "failed", {"id": id, "status": "failed", "error": message}, state.keep_s)
            failed += 1
            continue
        try:
            lanes.queue.put(judgement.key, judgement, judgement.request.size)
        except QueueFull as exc:
            judgement.keep("failed", error=f"the judge server stopped before judging this run, and its queue is full now ({exc})")
            failed += 1
            continue
        again += 1
    return again, failed
