"""Judging: compile once, run each test in the sandbox, check its output,
stream the verdicts.  Knows no UI."""

from tui.judging.judge import Judge, OnEvent, default_jobs
from tui.judging.results import CompileSummary, Event, EventKind, Report, TestResult
from tui.judging.verdicts import Verdict

__all__ = ["CompileSummary", "Event", "EventKind", "Judge", "OnEvent", "Report", "TestResult", "Verdict", "default_jobs"]
