"""A second, throwaway Docker engine for the tests that must change what an
engine holds (remove images, load them) without touching the shared one at
/var/run/docker.sock, whose images other test runs use at the same time.

It runs as root with its own socket, data root, exec root and pid file in a
short folder under /tmp, no bridge and no iptables rules (runs use
network_mode=none anyway), and a containerd of its own (dockerd starts one
under its exec root).  Stopping it removes everything it held.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class EngineUnavailable(Exception):
    """No second engine can be started here (not root, no dockerd): the reason."""


@dataclass
class Engine:
    root: Path
    process: subprocess.Popen

    @property
    def socket(self) -> Path:
        return self.root / "docker.sock"

    @property
    def host(self) -> str:
        """The value for DOCKER_HOST."""
        return f"unix://{self.socket}"

    def env(self) -> dict[str, str]:
        return {"DOCKER_HOST": self.host}

    def api(self):
        import docker

        return docker.APIClient(base_url=self.host, timeout=120)

    def log(self) -> str:
        try:
            return (self.root / "dockerd.log").read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Stops this engine (only the process this fixture started) and removes its folders."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        shutil.rmtree(self.root, ignore_errors=True)


def start_engine(ready_s: float = 90.0) -> Engine:
    """Starts a second dockerd and waits until it answers."""
    dockerd = shutil.which("dockerd")
    if os.geteuid() != 0:
        raise EngineUnavailable("a second engine needs root")
    if dockerd is None:
        raise EngineUnavailable("no dockerd on PATH")
    # Short: the engine's and containerd's unix sockets live under it (108 bytes at most).
    root = Path(tempfile.mkdtemp(prefix="pxe-", dir="/tmp"))
    argv = [
        dockerd,
        f"--host=unix://{root / 'docker.sock'}",
        f"--data-root={root / 'data'}",
        f"--exec-root={root / 'exec'}",
        f"--pidfile={root / 'docker.pid'}",
        "--bridge=none",
        "--iptables=false",
        "--ip-masq=false",
        f"--cgroup-parent=/proctorx-test-{root.name}",
        "--log-level=warn",
    ]
    with (root / "dockerd.log").open("wb") as log:
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    engine = Engine(root, process)
    give_up = time.monotonic() + ready_s
    while True:
        if process.poll() is not None:
            text = engine.log()
            engine.stop()
            raise EngineUnavailable(f"the second dockerd exited with {process.returncode}:\n{text}")
        try:
            client = engine.api()
            client.ping()
            client.close()
            return engine
        except Exception:
            if time.monotonic() > give_up:
                text = engine.log()
                engine.stop()
                raise EngineUnavailable(f"the second dockerd did not answer within {ready_s:.0f} s:\n{text}") from None
            time.sleep(0.3)
