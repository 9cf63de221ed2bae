"""The app's widgets, one concept per module."""

from tui.app.widgets.banner import ResultBanner
from tui.app.widgets.countdown import Countdown
from tui.app.widgets.editor import CodeEditor
from tui.app.widgets.exam_bar import ExamBar
from tui.app.widgets.splitter import Splitter
from tui.app.widgets.status import StatusLine
from tui.app.widgets.test_panel import TestPanel
from tui.app.widgets.test_table import TestTable

__all__ = ["CodeEditor", "Countdown", "ExamBar", "ResultBanner", "Splitter", "StatusLine", "TestPanel", "TestTable"]
