"""A second path to the test machine's engine: a loopback TCP port whose
every connection is forwarded to the engine's unix socket, so `tcp://` and
`unix://` URLs reach the same engine by different paths (exam grade's
spreading is tested and measured with both).  Half-closes are passed on: the
judge ends a program's input by shutting down its side of the attach stream."""

from __future__ import annotations

import socket
import threading

ENGINE_SOCKET = "/var/run/docker.sock"


class Forwarder:
    def __init__(self, target: str = ENGINE_SOCKET) -> None:
        self.target = target
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(128)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        threading.Thread(target=self._serve, name="forwarder", daemon=True).start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._connect, args=(client,), daemon=True).start()

    def _connect(self, client: socket.socket) -> None:
        upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            upstream.connect(self.target)
        except OSError:
            client.close()
            return
        with self._lock:
            if self._closed.is_set():
                client.close()
                upstream.close()
                return
            self._open |= {client, upstream}
        pumps = [
            threading.Thread(target=_pump, args=(client, upstream), daemon=True),
            threading.Thread(target=_pump, args=(upstream, client), daemon=True),
        ]
        for pump in pumps:
            pump.start()
        for pump in pumps:
            pump.join()
        client.close()
        upstream.close()
        with self._lock:
            self._open -= {client, upstream}

    def close(self) -> None:
        """No new connection; those open go on until they end."""
        self._closed.set()
        self.server.close()

    def cut(self) -> None:
        """The path goes dead at once: every open connection is cut too."""
        self.close()
        with self._lock:
            doomed = list(self._open)
        for sock in doomed:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _pump(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    try:
        sink.shutdown(socket.SHUT_WR)
    except OSError:
        pass
