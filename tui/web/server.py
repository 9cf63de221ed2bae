"""AppServer: textual-serve's web server, with what ProctorX needs on top.

- Each browser session (one websocket) gets its own app process, `python -m
  tui ARGS`; when the session ends (the tab closed, the network gone, the
  server stopped) the app is told to quit, which removes its containers, and
  is ended by force if it hasn't within QUIT_S.
- Stopping the server ends every session first and waits for their apps.
- The page is our own (app_index.html): no fonts or scripts from elsewhere, and
  the socket on whatever host the page came from.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import shlex
import socket
import sys
from pathlib import Path

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

PAGE_DIR = Path(__file__).resolve().parent
QUIT_S = 45.0  # the app waits up to 30 s for a run's containers to go
KILL_S = 5.0

log = logging.getLogger("proctorx.serve")


# The app's driver under serve: it also stops the app when the server is gone.
DRIVER = "tui.app.web_driver:ServedDriver"


def app_command(app_args: list[str]) -> str:
    """The shell command a session runs: this Python, this package, these
    arguments; `exec`, so the app itself is the session's process."""
    return "exec " + shlex.join(["env", f"TEXTUAL_DRIVER={DRIVER}", sys.executable, "-m", "tui", *app_args])


def is_loopback(host: str) -> bool:
    """Whether every address `host` stands for is on this machine only."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(found) and all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback for info in found)


def check_address(host: str, port: int) -> None:
    """Raises OSError now if the server couldn't listen there, before
    start-up says where to point a browser."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server itself binds
        probe.bind((host.strip("[]"), port))


class Session(AppService):
    """One browser session's app process, ended exactly once."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._ended: asyncio.Task | None = None

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    def end(self) -> asyncio.Task:
        """Asks the app to quit, waits for it (it removes its containers on
        the way out), and ends it by force past QUIT_S; a second call waits
        for the first."""
        if self._ended is None:
            self._ended = asyncio.ensure_future(self._end())
        return self._ended

    async def _end(self) -> None:
        process = self._process
        try:
            await asyncio.wait_for(self.stop(), QUIT_S)
        except Exception as exc:  # a hung or broken app: end it by force below
            log.warning("session %s: the app did not quit by itself (%r)", self.pid, exc)
        if process is None or process.returncode is not None:
            return
        try:
            await asyncio.wait_for(process.wait(), KILL_S)
            return
        except asyncio.TimeoutError:
            pass
        for stop in (process.terminate, process.kill):  # SIGTERM: the app still removes its containers
            try:
                stop()
                await asyncio.wait_for(process.wait(), QUIT_S if stop == process.terminate else KILL_S)
                return
            except ProcessLookupError:
                return
            except asyncio.TimeoutError:
                continue


class AppServer(Server):
    def __init__(self, command: str, host: str, port: int, title: str, notice: list[str]) -> None:
        """notice: the lines said on start-up (where to point a browser, and
        any warning about the address)."""
        super().__init__(command, host=host, port=port, title=title, templates_path=PAGE_DIR)
        self.notice = notice
        self.sessions: set[Session] = set()

    def initialize_logging(self) -> None:
        logging.basicConfig(level=logging.DEBUG if self.debug else logging.WARNING, format="proctorx serve: %(message)s")

    async def on_startup(self, app: web.Application) -> None:
        for line in self.notice:
            print(line, file=sys.stderr, flush=True)

    async def on_shutdown(self, app: web.Application) -> None:
        """Every session's app quits (its containers go) before the server does."""
        if self.sessions:
            print(f"Ending {len(self.sessions)} session(s) and removing their containers…", file=sys.stderr, flush=True)
            await asyncio.gather(*(session.end() for session in list(self.sessions)), return_exceptions=True)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One browser session: its own app process, for as long as the socket lives."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        await websocket.prepare(request)
        session = Session(
            self.command,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=websocket.close,
            download_manager=self.download_manager,
            debug=self.debug,
        )
        self.sessions.add(session)
        try:
            await session.start(width, height)
            log.info("session %s started", session.pid)
            await self._process_messages(websocket, session)
        except asyncio.CancelledError:
            pass
        except Exception:
            log.exception("session %s failed", session.pid)
        finally:
            await asyncio.shield(session.end())
            self.sessions.discard(session)
            if not websocket.closed:
                await websocket.close()
            log.info("session %s ended", session.pid)
        return websocket
