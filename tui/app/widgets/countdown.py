"""The exam's countdown: the time left, always in view, read from the exam
session (which counts from the first `start` record of the log)."""

from __future__ import annotations

from textual.widgets import Static

LOW_S = 5 * 60
CRITICAL_S = 60


def format_left(seconds: float) -> str:
    """ "1:29:58 left", "4:05 left"; "Time is up" at zero."""
    if seconds <= 0:
        return "Time is up"
    whole = int(seconds + 0.999)  # 0.2 s left still shows 0:01, never 0:00 before the end
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return (f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}") + " left"


class Countdown(Static):
    """Shows app.exam.remaining_s(); the app, not this widget, acts at zero."""

    def on_mount(self) -> None:
        self.tick()
        self.set_interval(0.5, self.tick)

    def tick(self) -> None:
        session = getattr(self.app, "exam", None)
        left = session.remaining_s() if session is not None else 0.0
        self.update(format_left(left))
        self.set_class(CRITICAL_S < left <= LOW_S, "-low")
        self.set_class(left <= CRITICAL_S, "-critical")

    @property
    def text(self) -> str:
        return str(self.content)
