"""Real services on loopback for the tests (and benchmarks): judge servers
(`proctorx server` as an administrator starts it), a throwaway PostgreSQL
cluster (Debian's postgresql: initdb, pg_ctl) and haproxy (Debian's) in front
of several servers.

What is missing is installed from Debian's packages when running as root;
when it can't be had the test skips on a laptop and FAILS under CI (env CI
set), so a CI run never passes without having used the real thing.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
START_S = 180  # a server's start builds missing images: generous on a slow machine


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(message: str):
    if in_ci():
        pytest.fail(message + " (under CI this service is required)", pytrace=False)
    pytest.skip(message)


def ensure_program(name: str, package: str, search: tuple[str, ...] = ()) -> str:
    """The path of a program, installing its Debian package if need be."""

    def find() -> str | None:
        for pattern in search:
            found = sorted(glob.glob(pattern))
            if found:
                return found[-1]
        return shutil.which(name)

    path = find()
    if path is None and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-q", package]
        if subprocess.run(install, capture_output=True, env=env).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], capture_output=True, env=env)
            subprocess.run(install, capture_output=True, env=env)
        path = find()
    if path is None:
        unavailable(f"{name} is not installed and could not be (apt-get install {package}, as root)")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, seconds: float, process: subprocess.Popen | None = None) -> bool:
    give_up = time.monotonic() + seconds
    while time.monotonic() < give_up:
        if process is not None and process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.1)
    return False


class JudgeServer:
    """`proctorx server ...` in a process of its own, on a fixed loopback
    port so it can be restarted where its clients expect it."""

    def __init__(self, folder: Path, *args: str, name: str | None = None, port: int | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.name = name or f"server-{self.port}"
        self.args = ["--host", "127.0.0.1", "--port", str(self.port), "--name", self.name, *args]
        if "--log" not in args:
            self.args += ["--log", str(self.folder / "logs")]
        self.process: subprocess.Popen | None = None
        self.pids: list[int] = []  # every process this server has been, for checking containers

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> JudgeServer:
        self.out = open(self.folder / f"stdout-{len(self.pids)}.txt", "w+")  # noqa: SIM115 - kept open while it runs
        self.err = open(self.folder / f"stderr-{len(self.pids)}.txt", "w+")  # noqa: SIM115
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui", "server", *self.args], stdout=self.out, stderr=self.err, cwd=ROOT, env=env
        )
        self.pids.append(self.process.pid)
        give_up = time.monotonic() + START_S
        while "listening on" not in Path(self.out.name).read_text():
            if self.process.poll() is not None or time.monotonic() > give_up:
                self.stop(signal.SIGKILL)
                raise AssertionError(f"the judge server did not start: {self.stderr()}")
            time.sleep(0.1)
        return self

    def stdout(self) -> str:
        return Path(self.out.name).read_text()

    def stderr(self) -> str:
        return Path(self.err.name).read_text()

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
                raise AssertionError(f"the judge server did not stop within {timeout} s of {signal.Signals(sig).name}") from None
        code, self.process = self.process.returncode, None
        self.out.close()
        self.err.close()
        return code

    def containers(self, settle_s: float = 15.0) -> list[str]:
        """Containers any process of this server left in the engine, once the
        engine has had settle_s to remove those that ended."""
        import docker

        from tui.sandbox.docker import OWNER_LABEL

        client = docker.from_env(timeout=30)
        try:
            give_up = time.monotonic() + settle_s
            while True:
                left = [
                    c["Id"]
                    for c in client.api.containers(all=True, filters={"label": OWNER_LABEL})
                    if any(f":{pid}:" in (c.get("Labels") or {}).get(OWNER_LABEL, "") for pid in self.pids)
                ]
                if not left or time.monotonic() > give_up:
                    return left
                time.sleep(0.2)
        finally:
            client.close()


class Postgres:
    """A throwaway cluster in a folder of its own, on a loopback port (and a
    socket folder in it), run as the `postgres` user when we are root."""

    def __init__(self) -> None:
        bin_glob = ("/usr/lib/postgresql/*/bin/initdb",)
        self.initdb = ensure_program("initdb", "postgresql", bin_glob)
        self.bin = Path(self.initdb).parent
        self.folder = Path(tempfile.mkdtemp(prefix="proctorx-pg-"))
        self.data, self.sockets = self.folder / "data", self.folder / "sockets"
        self.sockets.mkdir()
        self.port = free_port()
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.folder, self.user)
            shutil.chown(self.sockets, self.user)

    @property
    def url(self) -> str:
        return f"postgresql://proctorx@127.0.0.1:{self.port}/postgres"

    def _run(self, *argv: str) -> subprocess.CompletedProcess:
        command = ["runuser", "-u", self.user, "--", *argv] if self.user else list(argv)
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    def start(self) -> Postgres:
        if not self.data.exists():
            done = self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "proctorx", "--no-sync", "-E", "UTF8")
            if done.returncode != 0:
                unavailable(f"initdb failed: {done.stderr.strip()[-500:]}")
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sockets} -c fsync=off -c max_connections=100"
        done = self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log.txt"), "-w", "start")
        if done.returncode != 0:
            log = (self.folder / "log.txt").read_text() if (self.folder / "log.txt").exists() else ""
            unavailable(f"PostgreSQL did not start: {done.stderr.strip()[-300:]} {log[-500:]}")
        return self

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class Haproxy:
    """haproxy in front of judge servers: round robin per request, health
    checked on /v1/health, in the foreground of its own process."""

    def __init__(self, folder: Path, servers: list[JudgeServer]) -> None:
        self.binary = ensure_program("haproxy", "haproxy")
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        backends = "\n".join(f"    server {s.name} 127.0.0.1:{s.port} check inter 1s fall 2 rise 1" for s in servers)
        self.config = self.folder / "haproxy.cfg"
        self.config.write_text(
            "global\n    maxconn 512\n"
            "defaults\n    mode http\n    timeout connect 5s\n    timeout client 300s\n    timeout server 300s\n"
            f"frontend judge\n    bind 127.0.0.1:{self.port}\n    default_backend servers\n"
            f"backend servers\n    balance roundrobin\n    option httpchk GET /v1/health\n{backends}\n"
        )
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Haproxy:
        check = subprocess.run([self.binary, "-c", "-f", str(self.config)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        self.log = open(self.folder / "haproxy.log", "w")  # noqa: SIM115 - kept open while it runs
        self.process = subprocess.Popen([self.binary, "-db", "-f", str(self.config)], stdout=self.log, stderr=subprocess.STDOUT)
        assert wait_port(self.port, 30, self.process), (self.folder / "haproxy.log").read_text()
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(30)
        if self.process is not None:
            self.log.close()
        self.process = None
