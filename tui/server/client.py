"""The judge server's client (httpx, synchronous): what `judge --judge URL`
and the app's RemoteRunner use.  Every failure is a JudgeServerError whose
message is one line for a person, saying which server and what to do.

A judgement streams back as the same Events a local Judge emits, so whatever
shows a local run (the CLI's rows, the app's test panel) shows a remote one
unchanged.  Closing the connection is how a run is cancelled: the server
stops it when its client goes.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable

import httpx

from tui.judging import Event, EventKind, Report, TestResult, Verdict
from tui.judging.report_json import compile_from_json, report_from_json, test_from_json
from tui.packages import TestCase
from tui.server.streaming import PING_S, StreamError, read_events

TOKEN_ENV = "PROCTORX_TOKEN"


class JudgeServerError(Exception):
    """The server can't be used for this; str() is one line for a person."""

    exit_usage = False  # True: the request was refused (exit 2), not the server (exit 3)


class Unreachable(JudgeServerError):
    pass


class Refused(JudgeServerError):
    """The token was refused (401)."""


class Rejected(JudgeServerError):
    """The request was refused (400, 403, 404, 413, 422): not the server's fault."""

    exit_usage = True


class Lost(JudgeServerError):
    """The connection ended before the judgement did."""


class Failed(JudgeServerError):
    """The server answered that it can't judge now (busy, database down, stopping)."""


class Superseded(JudgeServerError):
    """A newer run of the same token took this one's place in the queue (409)."""

    exit_usage = True


def normalize(url: str) -> str:
    url = url.strip().rstrip("/")
    return url if "://" in url else f"http://{url}"


class JudgeClient:
    def __init__(self, url: str, token: str | None = None, timeout: float = 10.0) -> None:
        self.url = normalize(url)
        self.token = token if token is not None else os.environ.get(TOKEN_ENV) or None
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        self.http = httpx.Client(base_url=self.url, headers=headers, timeout=timeout, trust_env=False)

    def close(self) -> None:
        self.http.close()

    # ---- plain requests --------------------------------------------------
    def _get(self, path: str) -> dict:
        try:
            response = self.http.get(path)
        except httpx.HTTPError as exc:
            raise Unreachable(f"can't reach the judge server at {self.url}: {_reason(exc)}") from None
        return self._json(response)

    def _json(self, response: httpx.Response) -> dict:
        if response.status_code != 200 and response.status_code != 201:
            raise self._refusal(response.status_code, _error_text(response))
        try:
            data = response.json()
        except ValueError:
            raise Failed(f"{self.url} answered with something that isn't JSON: is it a ProctorX judge server?") from None
        if not isinstance(data, dict):
            raise Failed(f"{self.url} answered with something that isn't a ProctorX judge server's JSON")
        return data

    def _refusal(self, status: int, message: str, retry_after: str | None = None) -> JudgeServerError:
        if status == 429:
            wait = f" (it says: again in {retry_after} s)" if retry_after and retry_after.isdigit() and retry_after not in message else ""
            return Failed(f"the judge server at {self.url} is full ({status}): {message}{wait}")
        if status == 409:
            return Superseded(f"the judge server at {self.url} did not judge this run: {message}")
        if status == 401:
            return Refused(f"the judge server at {self.url} refused the token: {message}")
        if status in (400, 403, 404, 405, 409, 413, 422):
            return Rejected(f"the judge server at {self.url} refused the request ({status}): {message}")
        return Failed(f"the judge server at {self.url} can't judge now ({status}): {message}")

    def health(self) -> dict:
        return self._get("/v1/health")

    def whoami(self) -> dict:
        return self._get("/v1/whoami")

    def problems(self) -> list[dict]:
        return list(self._get("/v1/problems").get("problems") or [])

    def problem(self, slug: str) -> dict:
        return self._get(f"/v1/problems/{slug}")

    def fetch(self, judgement_id: str) -> dict:
        return self._get(f"/v1/judgements/{judgement_id}")

    def exam(self) -> dict:
        """The token's exam (title, sha256, duration_s, languages, problems,
        started, now): what an exam's app needs for its countdown."""
        return self._get("/v1/exam")

    def exam_log(self) -> list[str]:
        """The student's own records of the exam, as a log file's lines."""
        return list(self._get("/v1/exam/log").get("lines") or [])

    def exam_event(self, event: str) -> dict:
        """Appends start / resume / quit / end to the student's record on the server."""
        try:
            response = self.http.post("/v1/exam/events", json={"event": event})
        except httpx.HTTPError as exc:
            raise Unreachable(f"can't reach the judge server at {self.url}: {_reason(exc)}") from None
        return self._json(response)

    # ---- the proctor's view -------------------------------------------------
    def proctor(self) -> dict:
        """The room as it is (an admin token's): exams, students, their states."""
        return self._get("/v1/proctor")

    def proctor_events(self, on_snapshot: Callable[[dict], None], stop: threading.Event | None = None) -> None:
        """Calls on_snapshot with each snapshot of the room the server sends,
        until `stop` is set (returns) or the stream ends (Lost)."""
        stop = stop or threading.Event()
        timeout = httpx.Timeout(connect=5.0, read=PING_S * 4, write=10.0, pool=5.0)
        try:
            with self.http.stream("GET", "/v1/proctor/events", timeout=timeout) as response:
                if response.status_code != 200:
                    response.read()
                    raise self._refusal(response.status_code, _error_text(response))
                hangup = _HangUp(response, stop)
                try:
                    for kind, data in read_events(response.iter_lines()):
                        if stop.is_set():
                            return
                        if kind == "snapshot":
                            on_snapshot(data)
                finally:
                    hangup.stop()
        except httpx.ConnectError as exc:
            raise Unreachable(f"can't reach the judge server at {self.url}: {_reason(exc)}") from None
        except (httpx.HTTPError, StreamError, OSError):
            if stop.is_set():
                return
            raise Lost(f"the judge server at {self.url} went away: it may be restarting") from None
        if not stop.is_set():
            raise Lost(f"the judge server at {self.url} ended the room's stream: it may be stopping")

    # ---- judging -----------------------------------------------------------
    def judge(
        self,
        body: dict,
        tests: list[TestCase] | None = None,
        on_event: Callable[[Event], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[Report, dict]:
        """Judges on the server: each step goes to on_event as it happens;
        returns the report and the `finished` event's data (id, recorded).
        When `cancel` is set the connection is closed (the server stops the
        run) and a cancelled report of what finished so far is returned."""
        emit = on_event or (lambda event: None)
        cancel = cancel or threading.Event()
        seen: dict[int, TestResult] = {}
        compiled = [None]
        accepted: dict = {}  # the `accepted` event's data: the run's id, for fetching it again
        timeout = httpx.Timeout(connect=5.0, read=PING_S * 4, write=60.0, pool=5.0)
        try:
            with self.http.stream("POST", "/v1/judgements", json=body, timeout=timeout) as response:
                if response.status_code != 200:
                    response.read()
                    raise self._refusal(response.status_code, _error_text(response), response.headers.get("retry-after"))
                hangup = _HangUp(response, cancel)
                try:
                    for kind, data in read_events(response.iter_lines()):
                        if cancel.is_set():
                            break
                        if kind == "accepted":
                            accepted.update(data)
                        finished = self._dispatch(kind, data, emit, seen, compiled)
                        if finished is not None:
                            return finished
                finally:
                    hangup.stop()
        except httpx.ConnectError as exc:
            raise Unreachable(f"can't reach the judge server at {self.url}: {_reason(exc)}") from None
        except httpx.TimeoutException as exc:
            if cancel.is_set():
                pass
            elif isinstance(exc, httpx.ConnectTimeout):
                raise Unreachable(f"can't reach the judge server at {self.url}: no answer in 5 s") from None
            else:
                raise Lost(f"the judge server at {self.url} went silent before the run ended: run again once it answers") from None
        except (httpx.HTTPError, StreamError, OSError):
            if not cancel.is_set():
                raise self._lost(accepted.get("id")) from None
        if cancel.is_set():
            report = _cancelled(body, tests, seen, compiled[0])
            emit(Event(EventKind.FINISHED, report=report))
            return report, {"recorded": False}
        raise self._lost(accepted.get("id"))

    def _lost(self, judgement: str | None) -> Lost:
        # What the transport says (an incomplete chunked read...) is no help to a student.
        fetch = f", or fetch judgement {judgement} then (a restarted server judges the runs it had taken)" if judgement else ""
        gone = f"the judge server at {self.url} went away before the run ended: it may be restarting; run again once it is back{fetch}"
        return Lost(gone)

    def _dispatch(self, kind: str, data: dict, emit, seen: dict, compiled: list) -> tuple[Report, dict] | None:
        try:
            if kind == "queued":
                emit(Event(EventKind.QUEUED, ahead=int(data["ahead"])))
            elif kind == "compile-started":
                emit(Event(EventKind.COMPILE_STARTED))
            elif kind == "compile-finished":
                compiled[0] = compile_from_json(data.get("compile"))
                emit(Event(EventKind.COMPILE_FINISHED, compile=compiled[0]))
            elif kind == "test-started":
                emit(Event(EventKind.TEST_STARTED, index=int(data["index"])))
            elif kind == "test-finished":
                result = test_from_json(data["test"])
                seen[result.index] = result
                emit(Event(EventKind.TEST_FINISHED, index=result.index, result=result))
            elif kind == "finished":
                report = report_from_json(data["report"])
                emit(Event(EventKind.FINISHED, report=report))
                return report, data
            elif kind == "error":
                status = int(data.get("status") or 503)
                raise self._refusal(status, str(data.get("error") or "the run failed"))
        except (KeyError, TypeError, ValueError) as exc:
            raise Failed(f"the judge server at {self.url} sent a {kind} event this client can't read ({exc!r})") from None
        return None


class _HangUp:
    """Closes the response's socket the moment `cancel` is set, which wakes
    the reading thread and tells the server its client has gone."""

    def __init__(self, response: httpx.Response, cancel: threading.Event) -> None:
        self.response, self.cancel = response, cancel
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="proctorx-hangup", daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        while not self.done.wait(0.05):
            if self.cancel.is_set():
                stream = self.response.extensions.get("network_stream")
                sock = stream.get_extra_info("socket") if stream is not None else None
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                return

    def stop(self) -> None:
        self.done.set()


def _cancelled(body: dict, tests: list[TestCase] | None, seen: dict[int, TestResult], compiled) -> Report:
    total = len(tests) if tests else max(seen, default=0)
    placeholders = {t.index: t for t in tests or []}
    results = []
    for index in range(1, total + 1):
        test = placeholders.get(index)
        results.append(
            seen.get(index)
            or TestResult(index, test.name if test else f"test {index}", test.hidden if test else False, Verdict.SKIP, message="not run")
        )
    return Report(str(body.get("problem") or "tests"), str(body.get("language")), compiled, results, cancelled=True)


def _error_text(response: httpx.Response) -> str:
    try:
        data = response.json()
        if isinstance(data, dict) and data.get("error"):
            return str(data["error"])
    except ValueError:
        pass
    return (response.text or response.reason_phrase or "no reason given").strip().splitlines()[0][:200]


def _reason(exc) -> str:
    text = str(exc) or type(exc).__name__
    if "Connection refused" in text or "[Errno 111]" in text:
        return "connection refused (is the server running, and is this its address and port?)"
    return " ".join(text.split())[:200]
