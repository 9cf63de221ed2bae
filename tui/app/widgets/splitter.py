"""A bar between two regions that resizes one of them when dragged."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.message import Message
from textual.widget import Widget


class Splitter(Widget):
    """Drag to resize `target`: the region left of a vertical bar, or the
    region below a horizontal one."""

    DEFAULT_CSS = """
    Splitter { background: $panel-darken-1; }
    Splitter.-vertical { width: 1; height: 1fr; }
    Splitter.-horizontal { height: 1; width: 1fr; }
    Splitter:hover, Splitter.-dragging { background: $accent; }
    """

    @dataclass
    class Moved(Message):
        """The user dragged the bar: the layout is theirs now."""

        splitter: Splitter

    def __init__(self, target: str, vertical: bool, minimum: int = 5, within: str | None = None, **kwargs) -> None:
        """within: the id of the region the target may grow to (default: its parent)."""
        super().__init__(**kwargs)
        self.target_id = target
        self.within_id = within
        self.vertical = vertical
        self.minimum = minimum
        self.add_class("-vertical" if vertical else "-horizontal")
        self.tooltip = "Drag to resize"

    def render(self) -> str:
        return ""

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.capture_mouse()
        self.add_class("-dragging")
        event.stop()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self.has_class("-dragging"):
            self.post_message(self.Moved(self))
        self.release_mouse()
        self.remove_class("-dragging")
        event.stop()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if not self.has_class("-dragging"):
            return
        target = self.screen.query_one(f"#{self.target_id}")
        bounds = self.screen.query_one(f"#{self.within_id}") if self.within_id else target.parent
        parent = bounds.region if bounds is not None else self.screen.region
        if self.vertical:
            width = event.screen_x - target.region.x
            target.styles.width = max(self.minimum, min(width, parent.width - self.minimum))
        else:
            height = target.region.bottom - event.screen_y - 1
            target.styles.height = max(self.minimum, min(height, parent.height - self.minimum))
        event.stop()
