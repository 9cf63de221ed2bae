"""The --solution file, watched: what the app and the file last agreed on,
and whether the file has changed, vanished or come back since.

Polling, not inotify: a stat every half second costs nothing, works on every
file system (network mounts, containers) and sees editors that save by
writing a new file and renaming it over the old one.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

POLL_S = 0.5


@dataclass(frozen=True)
class Stamp:
    mtime_ns: int
    size: int
    inode: int


def stamp(path: Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Stamp(st.st_mtime_ns, st.st_size, st.st_ino)


class WatchedFile:
    """`synced` is the text the app last read from the file or wrote to it:
    the editor has edits of its own when its text differs from it, and the
    file has changes of its own when its text does."""

    def __init__(self, path: Path, synced: str) -> None:
        self.path = path
        self.synced = synced
        self._lock = threading.Lock()
        self._stamp = stamp(path)

    @property
    def name(self) -> str:
        return self.path.name

    def poll(self) -> str | None:
        """ "changed", "vanished", "back" (it exists again) or None: what
        happened since the last poll or sync.  Called from the watcher's thread."""
        now = stamp(self.path)
        with self._lock:
            before, self._stamp = self._stamp, now
        if now == before:
            return None
        if now is None:
            return "vanished"
        return "back" if before is None else "changed"

    def read(self) -> str:
        """The file's text; OSError or UnicodeDecodeError when it can't be read."""
        return self.path.read_bytes().decode("utf-8")

    def disk_text(self) -> str | None:
        """The file's text, or None when it is gone or unreadable."""
        try:
            return self.read()
        except (OSError, UnicodeDecodeError):
            return None

    def changed_on_disk(self) -> bool:
        """Whether the file holds something else than what the app last
        agreed with it (a file that is gone holds nothing to lose)."""
        text = self.disk_text()
        return text is not None and text != self.synced

    def agree(self, text: str) -> None:
        """The app and the file now hold `text` (read from it, or written)."""
        with self._lock:
            self.synced = text
            self._stamp = stamp(self.path)

    def write(self, text: str) -> None:
        """Writes in place, so editors that have the file open keep it."""
        with open(self.path, "w", encoding="utf-8") as handle:
            handle.write(text)
        self.agree(text)
