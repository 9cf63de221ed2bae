"""A real headless browser for the tests of `proctorx serve`: Debian's
chromium, installed when missing (as root), driven over the DevTools protocol.

The served page is a terminal drawn on a canvas, so the page's DOM holds no
text; `Browser.screen_text()` reads the terminal's own buffer, which is what
the canvas draws: a script added before the page's own code keeps hold of the
xterm.js Terminal the page creates (its constructor assigns `this.terminal`).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import aiohttp

FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--remote-debugging-port=0",
]
KEEP_TERMINAL = """
(() => {
  const terminals = [];
  window.__pxTerminals = terminals;
  Object.defineProperty(Object.prototype, "terminal", {
    configurable: true,
    get() { return undefined; },
    set(value) {
      Object.defineProperty(this, "terminal", {value, writable: true, configurable: true, enumerable: true});
      terminals.push(value);
    },
  });
})();
"""
READ_SCREEN = """
(() => {
  const t = (window.__pxTerminals || []).find(t => t && t.buffer);
  if (!t) return null;
  const b = t.buffer.active, lines = [];
  for (let y = 0; y < t.rows; y++) {
    const line = b.getLine(b.viewportY + y);
    lines.push(line ? line.translateToString(true) : "");
  }
  return lines.join("\\n");
})()
"""
# What xterm.js needs of a key event to send the terminal sequence for it.
KEYS = {"F6": 117, "Escape": 27, "Enter": 13}


def find_chromium() -> str | None:
    return next((shutil.which(name) for name in ("chromium", "chromium-browser") if shutil.which(name)), None)


def ensure_chromium() -> tuple[str | None, str]:
    """The browser's path, installing Debian's chromium when it is missing and
    this is root; otherwise None and why."""
    found = find_chromium()
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found, "" if found else "chromium is not installed (as root the tests install it: apt-get install -y chromium)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "chromium", "fonts-noto-color-emoji"]  # the font: the verdicts' ✅ and ❌
    done = subprocess.run(install, env=env, capture_output=True, text=True)
    if done.returncode != 0:  # a fresh machine's package lists may be missing or old
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
        done = subprocess.run(install, env=env, capture_output=True, text=True)
    found = find_chromium()
    return found, "" if found else f"apt-get install chromium failed: {(done.stderr or done.stdout).strip()[-500:]}"


class Browser:
    """One headless chromium with a fresh profile, and its first tab."""

    def __init__(self, executable: str, width: int = 1400, height: int = 860) -> None:
        self.profile = tempfile.mkdtemp(prefix="proctorx-chromium-")
        self.width, self.height = width, height
        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._ids = 0
        self._session: aiohttp.ClientSession | None = None
        self._socket = None

    def _port(self, timeout: float = 60.0) -> int:
        marker = Path(self.profile) / "DevToolsActivePort"
        give_up = time.monotonic() + timeout
        while time.monotonic() < give_up:
            if marker.is_file() and marker.read_text().strip():
                return int(marker.read_text().split()[0])
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.process.returncode} before it listened")
            time.sleep(0.1)
        raise RuntimeError("chromium did not open its DevTools port")

    async def open(self) -> None:
        port = self._port()
        self._session = aiohttp.ClientSession()
        async with self._session.get(f"http://127.0.0.1:{port}/json/list") as response:
            pages = [t for t in await response.json(content_type=None) if t.get("type") == "page"]
        self._socket = await self._session.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0)
        await self.call("Page.enable")
        await self.call("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height, deviceScaleFactor=1, mobile=False)
        await self.call("Page.addScriptToEvaluateOnNewDocument", source=KEEP_TERMINAL)

    async def call(self, method: str, **params) -> dict:
        self._ids += 1
        ident = self._ids
        await self._socket.send_str(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads((await self._socket.receive()).data)
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    async def goto(self, url: str) -> None:
        await self.call("Page.navigate", url=url)

    async def evaluate(self, expression: str):
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def screen_text(self) -> str:
        return await self.evaluate(READ_SCREEN) or ""

    async def wait_for_text(self, *needles: str, timeout: float) -> str:
        """The terminal's text once it shows every needle (a wait, not a timing assertion)."""
        give_up = time.monotonic() + timeout
        text = ""
        while time.monotonic() < give_up:
            text = await self.screen_text()
            if all(needle in text for needle in needles):
                return text
            await asyncio.sleep(0.5)
        raise AssertionError(f"the page never showed {needles!r}; it showed:\n{text}")

    async def press(self, key: str) -> None:
        await self.evaluate("document.querySelector('.xterm-helper-textarea')?.focus()")
        code = KEYS[key]
        for kind in ("rawKeyDown", "keyUp"):
            await self.call("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code, nativeVirtualKeyCode=code)

    async def screenshot(self) -> bytes:
        return base64.b64decode((await self.call("Page.captureScreenshot", format="png"))["data"])

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._session is not None:
            await self._session.close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        shutil.rmtree(self.profile, ignore_errors=True)
