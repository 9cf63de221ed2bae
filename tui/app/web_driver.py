"""The driver of an app served in a browser (`proctorx serve`): textual-serve's
web driver, and one more rule.  When the app's input ends without the server
having said quit, the server is gone (killed, crashed): the app then stops
as it does on a closed terminal, removing its containers, instead of running
on with no one to see it."""

from __future__ import annotations

import os
import signal

from textual.drivers.web_driver import WebDriver


class ServedDriver(WebDriver):
    def run_input_thread(self) -> None:
        super().run_input_thread()
        if not self.exit_event.is_set():
            # The app's SIGHUP handler saves, cancels every run, removes the containers and exits.
            os.kill(os.getpid(), signal.SIGHUP)
