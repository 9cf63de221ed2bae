"""The line under the tests that says how the run went."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

STATES = ("idle", "running", "passed", "failed", "error")


class ResultBanner(VerticalScroll, can_focus=False):
    """A headline ("You have passed N/M tests", a compiler's message...) and
    an optional second line with the first thing worth looking at."""

    def compose(self) -> ComposeResult:
        yield Static(id="banner-headline")
        yield Static(id="banner-detail")

    def show(self, headline: str, state: str, detail: str = "") -> None:
        assert state in STATES
        for name in STATES:
            self.set_class(name == state, f"-{name}")
        self.query_one("#banner-headline", Static).update(Text(headline))
        detail_widget = self.query_one("#banner-detail", Static)
        detail_widget.update(Text(detail))
        detail_widget.display = bool(detail)
        self.display = bool(headline)
        self.scroll_home(animate=False)

    @property
    def headline(self) -> str:
        return str(self.query_one("#banner-headline", Static).content)
