"""Messages the workers post; handlers on the UI thread turn them into widgets.

They don't bubble: each is meant for the one node it is posted to.  A run's
messages carry its id, so news from a cancelled run that is still winding down
never lands in the next run's rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.judging import Event, Report
from tui.packages import TestCase


@dataclass
class SandboxStatus(Message, bubble=False):
    """The sandbox opened (error is None) or can't be used (error says why)."""

    description: str
    error: str | None = None


@dataclass
class ImageProgress(Message, bubble=False):
    """An image is being built: fraction is None when unknown, 1.0 when done."""

    line: str
    fraction: float | None


@dataclass
class ImageReady(Message, bubble=False):
    error: str | None = None


@dataclass
class JudgeEvent(Message, bubble=False):
    """One event of a run's judgement (see tui.judging.Event)."""

    run_id: int
    event: Event


@dataclass
class RunFailed(Message, bubble=False):
    """The run could not happen at all (no engine, an image that won't build)."""

    run_id: int
    error: str


@dataclass
class FinalProgress(Message, bubble=False):
    """Exam mode, time is up: which problem's code is being judged."""

    line: str


@dataclass
class FinalJudged(Message, bubble=False):
    """Exam mode, time is up: one problem's code on screen was judged (report
    None when it could not be), to be logged; `last` when it was the last one."""

    problem: str
    language: str
    code: str
    report: Report | None
    total: int
    last: bool = False


@dataclass
class ReferenceAnswers(Message, bubble=False):
    """Custom tests of a run that the reference solution answered (each test
    now with its expected output), and those it could not (why)."""

    run_id: int
    answered: dict[int, TestCase]
    failed: dict[int, str]


@dataclass
class RoomSnapshot(Message, bubble=False):
    """The judge server sent the room as it is now (tui.server.proctor)."""

    snapshot: dict


@dataclass
class RoomStreamLost(Message, bubble=False):
    """The room's stream broke (error says why); the worker tries again."""

    error: str
