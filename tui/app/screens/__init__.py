"""The app's screens."""

from tui.app.screens.confirm import ConfirmScreen
from tui.app.screens.custom_test import CustomTestScreen
from tui.app.screens.details import DetailsScreen
from tui.app.screens.engine_error import EngineErrorScreen
from tui.app.screens.help import HelpScreen
from tui.app.screens.picker import PickerScreen
from tui.app.screens.problem import ProblemScreen

__all__ = ["ConfirmScreen", "CustomTestScreen", "DetailsScreen", "EngineErrorScreen", "HelpScreen", "PickerScreen", "ProblemScreen"]
