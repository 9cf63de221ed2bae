"""A package's files stay inside its folder.

A package is often someone else's: a symlink in it could make a test's answer,
a sample shown in the statement or a "solution" of whatever file the proctor's
machine holds (~/.ssh/id_ed25519, another exam's answers).  Every file the
loader reads is checked to lead, through any symlinks, to a place inside the
package's own folder; a symlink that stays inside is fine.  Folders are walked
following the symlinks that stay inside, each real folder once, so links in a
loop end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tui.packages.package_yaml import ProblemError, fail


def _within(root: Path, real: Path) -> bool:
    return real == root or real.is_relative_to(root)


def outside(folder: Path, path: Path, what: str) -> ProblemError | None:
    """The error for path when it leads outside the package at folder, naming
    the link that leads out; None when it stays inside."""
    root = folder.resolve()
    if _within(root, path.resolve()):
        return None
    link = path
    try:
        step = folder
        for part in path.relative_to(folder).parts:
            step = step / part
            if step.is_symlink() and not _within(root, step.resolve()):
                link = step
                break
    except ValueError:
        pass  # not written under folder: name the path itself
    return fail(
        link,
        f"is a symlink to {link.resolve()}, outside the package: {what} must be inside the package's folder "
        "(copy the file in instead of linking to it)",
    )


def inside(folder: Path, path: Path, what: str) -> Path:
    """path, when it leads (through any symlinks) to a place inside the package at folder; else a ProblemError."""
    error = outside(folder, path, what)
    if error is not None:
        raise error
    return path


def files_under(folder: Path, top: Path, what: str, suffix: str = "") -> Iterator[Path]:
    """The files under top whose names end with suffix (not sorted), following
    symlinked folders that stay inside the package, each real folder once; a
    folder, or such a file, that leads outside is a ProblemError."""
    seen: set[Path] = set()
    pending = [top]
    while pending:
        directory = inside(folder, pending.pop(), what)
        real = directory.resolve()
        if real in seen:
            continue  # a second link to a folder already read, or a loop
        seen.add(real)
        try:
            entries = sorted(directory.iterdir(), reverse=True)  # the first link to a folder names its files, whatever the disk's order
        except OSError:
            continue  # unreadable: as if empty, as rglob has it
        for entry in entries:
            if entry.is_dir():
                pending.append(entry)
            elif entry.name.endswith(suffix) and entry.is_file():
                yield inside(folder, entry, what)
