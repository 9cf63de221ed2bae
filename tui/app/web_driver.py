"""The driver of an app served in a browser (`proctorx serve`): textual-serve's
web driver, with the app's end taken the way a closed terminal is taken.

- The server says quit (the tab was closed, the server is stopping): the app
  saves, cancels its runs, removes its containers and exits, as on SIGHUP,
  rather than exiting at once and losing the last keystrokes.
- The app's input ends without a quit: the server is gone (killed, crashed);
  the same, instead of running on with no one to see it.
"""

from __future__ import annotations

import os
import signal

from textual.drivers.web_driver import WebDriver


def _hang_up() -> None:
    # The app's SIGHUP handler (ProctorXApp._stop_from_signal) does the rest.
    os.kill(os.getpid(), signal.SIGHUP)


class ServedDriver(WebDriver):
    def on_meta(self, packet_type: str, payload: dict[str, object]) -> None:
        if packet_type == "quit":
            _hang_up()
            return
        super().on_meta(packet_type, payload)

    def run_input_thread(self) -> None:
        super().run_input_thread()
        if not self.exit_event.is_set():
            _hang_up()
