"""An exam's records kept by the judge server (`proctorx exam EXAM.yaml
--judge URL`): the same Records the app writes a log folder through, over the
server's API.

The server seals every record into the student's chain itself: the start,
resume, quit and end the app sends, and each run it judges (recorded before
its result is sent back).  So a run is never appended from here; the session
reads the chain again instead (records_runs).
"""

from __future__ import annotations

from tui.exam.records import RecordsError
from tui.server.client import JudgeClient, JudgeServerError

EVENTS = ("start", "resume", "quit", "end")


class ServerRecords:
    records_runs = True  # the server records each run as it judges it

    def __init__(self, client: JudgeClient, student: str) -> None:
        self.client = client
        self.student = student
        self.url = client.url

    def _own(self, student: str) -> None:
        if student != self.student:
            raise RecordsError(f"{self.url}: this token is {self.student}'s, not {student}'s")

    def append(self, student: str, record: dict) -> dict:
        self._own(student)
        event = record.get("event")
        if event not in EVENTS:
            raise RecordsError(f"{self.url}: a {event!r} record is the server's to write, not the app's")
        try:
            answer = self.client.exam_event(str(event))
        except JudgeServerError as exc:
            raise RecordsError(str(exc)) from None
        sealed = answer.get("record")
        if not isinstance(sealed, dict):
            raise RecordsError(f"{self.url}: the server did not send the record back: is it a ProctorX judge server of this version?")
        return sealed

    def students(self) -> list[str]:
        return [self.student]

    def lines(self, student: str) -> list[str]:
        self._own(student)
        try:
            return self.client.exam_log()
        except JudgeServerError as exc:
            raise RecordsError(str(exc)) from None

    def close(self) -> None:
        """The client is the runner's: it closes it."""
