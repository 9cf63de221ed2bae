"""Messages the workers post; handlers on the UI thread turn them into widgets.

They don't bubble: each is meant for the one node it is posted to.  Run
messages carry the run's id so news from a cancelled run that is still
winding down never lands in the next run's rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.judge import CompileInfo, Report, TestResult


@dataclass
class EngineStatus(Message, bubble=False):
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
class CompileStarted(Message, bubble=False):
    run_id: int


@dataclass
class CompileFinished(Message, bubble=False):
    run_id: int
    info: CompileInfo | None


@dataclass
class TestStarted(Message, bubble=False):
    run_id: int
    index: int


@dataclass
class TestFinished(Message, bubble=False):
    run_id: int
    result: TestResult


@dataclass
class RunFinished(Message, bubble=False):
    run_id: int
    report: Report


@dataclass
class RunFailed(Message, bubble=False):
    """The run could not happen at all (no engine, an image that won't build)."""

    run_id: int
    error: str
