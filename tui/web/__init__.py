"""The app in a browser (`proctorx serve`): a web server that starts one app
process per browser session and ends it, with its containers, when the
session ends.  Knows nothing of Textual: each session is `python -m tui ...`."""

from tui.web.server import AppServer, app_command, check_address, is_loopback

__all__ = ["AppServer", "app_command", "check_address", "is_loopback"]
