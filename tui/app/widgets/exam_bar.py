"""The bar over an exam problem: the exam, one tab per problem, the countdown."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, Tab, Tabs

from tui.app.widgets.countdown import Countdown


def tab_id(position: int) -> str:
    """A widget id for the problem at this position (slugs may not be valid ids)."""
    return f"exam-problem-{position + 1}"


class ExamBar(Horizontal):
    def __init__(self, heading: str, titles: list[str], current: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.heading = heading
        self.titles = titles
        self.current = current

    def compose(self) -> ComposeResult:
        yield Label(Text(self.heading), id="exam-heading")
        tabs = [Tab(Text(f"{n}. {title}"), id=tab_id(n - 1)) for n, title in enumerate(self.titles, start=1)]
        yield Tabs(*tabs, active=tab_id(self.current), id="exam-tabs")
        yield Countdown(id="countdown")
