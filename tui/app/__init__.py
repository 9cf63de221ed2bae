"""The terminal app: the only part of ProctorX that imports Textual."""

from tui.app.app import ProctorXApp, run_app

__all__ = ["ProctorXApp", "run_app"]
