"""A Docker engine of a test's own, to stop, kill and restart at will.

The engine at /var/run/docker.sock is shared with everyone else's test runs
and must never be stopped.  A ThrowawayEngine is a second dockerd with its
own socket, data root, exec root (so its own containerd), pid file and
cgroup parent, in a network namespace of its own, with no bridge and no
iptables rules: nothing of it touches the shared one.  (The network
namespace matters: a dockerd started with --bridge=none deletes the host's
docker0, the shared engine's bridge.)  Images it needs are copied into it
from another engine through the Engine API.

    engine = ThrowawayEngine.create()       # started
    engine.copy_image(tag, main_client.api)
    client = engine.client()
    engine.kill(); engine.start()           # the engine going away, and back
    engine.close()                          # stopped, unmounted, removed

The `throwaway_engine` fixture (tests/conftest.py) gives one per test module.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import docker


class EngineUnavailable(Exception):
    """This machine can't run a second engine (not root, no dockerd)."""


class ThrowawayEngine:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.socket = base / "docker.sock"
        self.url = f"unix://{self.socket}"
        self.pidfile = base / "docker.pid"
        self.log = base / "dockerd.log"
        self.process: subprocess.Popen | None = None

    @classmethod
    def create(cls) -> ThrowawayEngine:
        if os.geteuid() != 0:
            raise EngineUnavailable("a second Docker engine needs root")
        if shutil.which("dockerd") is None:
            raise EngineUnavailable("dockerd is not installed")
        # Short: containerd's sockets live under the exec root, and a unix
        # socket's path has at most 107 bytes.
        engine = cls(Path(tempfile.mkdtemp(prefix="pxd-", dir="/tmp")))
        (engine.base / "daemon.json").write_text(json.dumps({}))
        try:
            engine.start()
        except BaseException:
            engine.close()
            raise
        return engine

    def argv(self) -> list[str]:
        return [
            shutil.which("dockerd") or "dockerd",
            "--host",
            self.url,
            "--data-root",
            str(self.base / "data"),
            "--exec-root",
            str(self.base / "exec"),
            "--pidfile",
            str(self.pidfile),
            "--config-file",
            str(self.base / "daemon.json"),
            "--bridge=none",
            "--iptables=false",
            "--ip-masq=false",
            "--ip6tables=false",
            "--userland-proxy=false",
            # Its containers' cgroups apart from the shared engine's /docker.
            "--cgroup-parent",
            f"/{self.base.name}",
            "--log-level",
            "warn",
        ]

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout_s: float = 90.0) -> None:
        """Starts the daemon (again: the same data root, so its images stay)
        and waits until it answers."""
        if self.running:
            return
        self._forget_dead_containerd()
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                self.argv(),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=_own_network_namespace,
            )
        give_up = time.monotonic() + timeout_s
        while time.monotonic() < give_up:
            if self.process.poll() is not None:
                raise EngineUnavailable(f"the throwaway dockerd exited ({self.process.returncode}): {self._log_tail()}")
            if self.answers():
                return
            time.sleep(0.2)
        raise EngineUnavailable(f"the throwaway dockerd did not answer within {timeout_s:g} s: {self._log_tail()}")

    def _forget_dead_containerd(self) -> None:
        """A killed dockerd takes its containerd with it, but where init
        doesn't reap (containers, some CI machines) that containerd stays a
        zombie: its pid file then looks alive and the next dockerd waits for
        it until it gives up.  A pid file naming a dead or zombie process goes."""
        pidfile = self.base / "exec" / "containerd" / "containerd.pid"
        try:
            pid = int(pidfile.read_text().strip())
        except (OSError, ValueError):
            return
        _reap(pid)  # ours to reap when this process is a subreaper (the local sandbox makes it one)
        if _state(pid) in (None, "Z", "X"):
            pidfile.unlink(missing_ok=True)

    def answers(self) -> bool:
        try:
            client = docker.DockerClient(base_url=self.url, timeout=5)
            try:
                return client.ping()
            finally:
                client.close()
        except Exception:
            return False

    def kill(self) -> None:
        """The engine dies at once (SIGKILL), as in a crash: its containerd
        and the containers' shims live on, as they do then."""
        if self.running:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)

    def stop(self) -> None:
        """A clean shutdown: the engine stops its containers and containerd."""
        if self.running:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()

    def env(self) -> dict[str, str]:
        """What a `proctorx` started by a test needs to use this engine."""
        return {"DOCKER_HOST": self.url}

    def api(self) -> docker.APIClient:
        return self.client(timeout=120).api

    def client(self, **kwargs) -> docker.DockerClient:
        kwargs.setdefault("timeout", 60)
        return docker.DockerClient(base_url=self.url, **kwargs)

    def copy_image(self, tag: str, source: docker.APIClient) -> None:
        """Copies an image from another engine (`source`, e.g. the shared
        one) into this one, streamed: `docker save | docker load` through the
        Engine API."""
        client = self.client(timeout=600)
        try:
            try:
                client.api.inspect_image(tag)
                return
            except docker.errors.ImageNotFound:
                pass
            client.api.load_image(source.get_image(tag))
            client.api.inspect_image(tag)
        finally:
            client.close()

    def close(self) -> None:
        """Stops the daemon and its containerd, unmounts what they left
        mounted, and removes every file of the engine."""
        if not self.running:
            # Left killed: started once more, it stops the containers the
            # killed one left (waiting on an input that never comes).
            try:
                self.start(timeout_s=60)
            except EngineUnavailable:
                pass
        self.stop()
        self._kill_leftovers()
        containerd_pid = self.base / "exec" / "containerd" / "containerd.pid"
        try:
            pid = int(containerd_pid.read_text().strip())
            if _state(pid) not in (None, "Z", "X"):
                os.kill(pid, signal.SIGTERM)
                for _ in range(100):
                    if _state(pid) in (None, "Z", "X"):
                        break
                    time.sleep(0.1)
                else:
                    os.kill(pid, signal.SIGKILL)
        except (OSError, ValueError):
            pass
        for mountpoint in sorted(self._mounts(), key=len, reverse=True):
            subprocess.run(["umount", "-l", mountpoint], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.base, ignore_errors=True)

    def _kill_leftovers(self) -> None:
        """Whatever still runs for this engine (shims, and the containers'
        processes under them), found by this engine's own directory in their
        command line."""
        doomed = [pid for pid in _pids() if str(self.base) in _cmdline(pid)]
        parents = {pid: _parent(pid) for pid in _pids()}
        frontier = set(doomed)
        while frontier:
            frontier = {pid for pid, parent in parents.items() if parent in frontier and pid not in doomed}
            doomed += frontier
        for pid in doomed:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.2)
        for pid in doomed:
            _reap(pid)
        for root in Path("/sys/fs/cgroup").glob(f"*/{self.base.name}"):
            for cgroup in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
                try:
                    cgroup.rmdir()
                except OSError:
                    pass
            try:
                root.rmdir()
            except OSError:
                pass

    def _mounts(self) -> list[str]:
        prefix = str(self.base) + "/"
        with open("/proc/self/mountinfo", encoding="utf-8") as f:
            points = [line.split()[4].replace("\\040", " ") for line in f]
        return [p for p in points if p.startswith(prefix)]

    def _log_tail(self, n: int = 1500) -> str:
        try:
            return self.log.read_text(errors="replace")[-n:]
        except OSError:
            return "(no log)"


def _own_network_namespace() -> None:
    """In the daemon, before exec: whatever it does to network interfaces
    (it deletes docker0 when it has no bridge) stays in its own namespace."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(0x40000000) != 0:  # CLONE_NEWNET
        raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNET) for the throwaway dockerd")


def _pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return int(f.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def _state(pid: int) -> str | None:
    """A process's state letter (R, S, Z...), None when there is none."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0].decode()
    except (OSError, IndexError):
        return None
