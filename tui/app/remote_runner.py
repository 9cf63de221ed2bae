"""The app's runner when a judge server judges (`proctorx --judge URL`):
the same interface as Runner, over the server's client.

Problems the server holds are judged there by slug, with the server's own
tests (the user's custom tests ride along after them); the server's
description of them (statement, samples, limits, how many hidden) replaces
any local copy, since it is what judges.  A local problem the server doesn't
hold is sent with its tests (but for a submit-answer problem: its answers
are judged only by a server that holds it).  Nothing here knows about Textual.
"""

from __future__ import annotations

import threading

from tui.judging import OnEvent, Report
from tui.languages import Language
from tui.packages import Problem, TestCase
from tui.sandbox import Progress, SandboxUnavailable
from tui.server.client import JudgeClient, JudgeServerError, Lost, Refused, Unreachable
from tui.server.wire import problem_from_json, request_json


class RemoteRunner:
    unavailable_title = "The tests can't run: the judge server can't be used"
    builds_images = False

    def __init__(self, url: str, token: str | None = None, timeout: float = 10.0) -> None:
        self.client = JudgeClient(url, token, timeout=timeout)
        self.url = self.client.url
        self.kind = f"judge server {self.url}"
        self.error: str | None = None
        self.ready = threading.Event()
        self.problems: dict[str, Problem] = {}  # what the server holds, as the app shows them
        self.student: str | None = None
        self.exam: dict | None = None
        self._engine = ""
        self._ok = False
        self._runs: set[threading.Event] = set()
        self._runs_lock = threading.Condition()
        self._open_lock = threading.Lock()
        self._closed = False

    @property
    def available(self) -> bool:
        return self._ok

    def describe(self) -> str:
        if self._ok:
            who = f" · {self.student}" if self.student and self.student != "anonymous" else ""
            return f"judge server {self.url}{who} · {self._engine}"
        if self.ready.is_set():
            return f"no judge server: {self.url} can't be used"
        return f"connecting to the judge server {self.url}…"

    def open(self) -> None:
        """Asks the server who we are and what it holds (again, after a
        failure); on failure `error` says what went wrong and what to do."""
        with self._open_lock:
            if self._closed:
                return
            self.ready.clear()
            try:
                health = self.client.health()
                who = self.client.whoami()
                served = {}
                for data in self.client.problems():
                    problem = problem_from_json(data, self.url)
                    served[problem.slug] = problem
                self.problems = served
                self.student, self.exam = who.get("student"), who.get("exam")
                self._engine = str(health.get("engine") or health.get("sandbox") or "")
                self._ok, self.error = True, None
            except JudgeServerError as exc:
                self._failed(exc)
            except (KeyError, TypeError, ValueError) as exc:
                self._ok, self.error = False, f"{self.url} sent a problem this app can't read ({exc!r}): is it a ProctorX judge server?"
            finally:
                self.ready.set()

    def _failed(self, exc: JudgeServerError) -> None:
        self._ok = False
        fix = "check the URL and that the server runs; r tries again once it is back"
        if isinstance(exc, Refused):
            fix = "check the token (--token T, or $PROCTORX_TOKEN) with the lab's administrator"
        self.error = f"{exc}\nFix: {fix}."

    def prepare(self, language: Language, progress: Progress | None = None) -> None:
        """The server holds the images: nothing to build here."""
        if not self._ok:
            raise SandboxUnavailable(self.error or f"the judge server {self.url} can't be used")

    def warm(self, problem: Problem, language: Language, code: str, runs: int) -> None:
        """The server's containers are its own business."""

    def judge(
        self,
        problem: Problem,
        language: Language,
        code: str,
        tests: list[TestCase],
        on_event: OnEvent,
        cancel: threading.Event,
        progress: Progress | None = None,
        reveal_hidden: bool = False,
        extra_files: dict[str, bytes] | None = None,
        main: str | None = None,
    ) -> Report:
        """reveal_hidden is not the client's to ask: a server's hidden tests
        always come back as verdict, time and memory.  A folder of sources
        (extra_files, main) is refused before the app opens (tui/cli/app.py)."""
        with self._runs_lock:
            if self._closed:
                raise SandboxUnavailable("the app is closing")
            self._runs.add(cancel)
        try:
            self.prepare(language)
            report, _ = self.client.judge(self._body(problem, language, code, tests), tests, on_event, cancel)
            return report
        except (Lost, Unreachable, Refused) as exc:
            # The server went (or never came): the next run asks it again.
            self._failed(exc)
            raise SandboxUnavailable(str(exc)) from None
        except JudgeServerError as exc:  # it answered, but won't judge this now
            raise SandboxUnavailable(str(exc)) from None
        finally:
            with self._runs_lock:
                self._runs.discard(cancel)
                self._runs_lock.notify_all()

    def _body(self, problem: Problem, language: Language, code: str, tests: list[TestCase]) -> dict:
        served = self.problems.get(problem.slug)
        # The same problem of this server (perhaps from before a reconnection, which makes new objects).
        if served is not None and served.path == problem.path:
            own = len(problem.tests)
            return request_json(language.id, code, problem=problem.slug, tests=[t for t in tests if t.index > own])
        if problem.submit_answer:  # answers are judged against the tests of the server's own copy, never sent ones
            raise SandboxUnavailable(
                f"{problem.title}: a submit-answer problem is judged by the judge server only if it holds the problem: "
                "ask its administrator to add it (proctorx server --problems DIR), or judge it without --judge"
            )
        if problem.checker.kind == "custom":
            raise SandboxUnavailable(f"{problem.title}: its output validator can't be sent to the judge server: it must hold the problem")
        return request_json(language.id, code, tests=tests, local=problem)

    def cancel_all(self) -> None:
        with self._runs_lock:
            for cancel in self._runs:
                cancel.set()

    def close(self, timeout: float = 30.0) -> None:
        """Cancels every run (its connection closes, so the server stops it)."""
        with self._runs_lock:
            self._closed = True
            for cancel in self._runs:
                cancel.set()
            self._runs_lock.wait_for(lambda: not self._runs, timeout=timeout)
        self.client.close()
