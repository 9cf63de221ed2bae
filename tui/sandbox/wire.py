"""The launcher's wire format (see images/launcher/pxlaunch.c).

Files travel as "PX1 <count>[ <nonce>]\n" then "<mode> <size> <name>\n<bytes>"
each, in both directions.  The launcher ends stdout with "\x1ePXEND <nonce>\n"
and stderr with its report, both carrying the run's nonce.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

REPORT_MARK = b"\n\x1ePXREPORT "


def new_nonce() -> str:
    """A secret for one run: the program never sees it, so it can't forge the
    end of its own output or the launcher's report."""
    return secrets.token_hex(12)


def end_marker(nonce: str) -> bytes:
    return b"\x1ePXEND %s\n" % nonce.encode()


def report_mark(nonce: str) -> bytes:
    return REPORT_MARK + nonce.encode() + b" "


def output_end_marker(token: str) -> bytes:
    """What the interactor's wrapper writes after the interactor's relayed
    output has ended (see docker.INTERACTOR_WRAPPER)."""
    return b"\x1ePXEOF %s\n" % token.encode()


def pack_files(files: dict[str, bytes], modes: dict[str, int] | None = None, nonce: str | None = None) -> bytes:
    modes = modes or {}
    parts = [b"PX1 %d %s\n" % (len(files), nonce.encode()) if nonce else b"PX1 %d\n" % len(files)]
    for name, data in files.items():
        parts.append(b"%o %d %s\n" % (modes.get(name, 0o644), len(data), name.encode()))
        parts.append(data)
    return b"".join(parts)


def unpack_files(blob: bytes) -> tuple[dict[str, bytes], dict[str, int]]:
    """The inverse of pack_files; raises ValueError on a malformed blob."""
    header, _, rest = blob.partition(b"\n")
    if not header.startswith(b"PX1 "):
        raise ValueError("not a PX1 file list")
    files, modes = {}, {}
    for _ in range(int(header[4:])):
        line, _, rest = rest.partition(b"\n")
        mode, size, name = line.split(b" ", 2)
        n = int(size)
        if len(rest) < n:
            raise ValueError("truncated file list")
        key = name.decode()
        files[key], modes[key] = rest[:n], int(mode, 8)
        rest = rest[n:]
    return files, modes


@dataclass(frozen=True)
class LauncherReport:
    """What the launcher measured around the program, from its closing line."""

    exit_code: int | None
    signal: int | None
    cpu_ms: int
    wall_ms: int
    memory_kb: int
    timed_out: bool
    oom_killed: bool
    pids_limit_hit: bool = False  # a fork was refused at the pids limit


def split_report(stderr: bytes, nonce: str) -> tuple[bytes, LauncherReport | None]:
    """Separates the program's stderr from the launcher's closing report,
    which is the one carrying the run's nonce."""
    mark = report_mark(nonce)
    at = stderr.rfind(mark)
    if at < 0:
        return stderr, None
    fields = stderr[at + len(mark) :].split()
    try:
        code, sig, cpu, wall, rss, timeout, oom = (int(f) for f in fields[:7])
        pids = int(fields[7]) if len(fields) > 7 else 0
    except ValueError:
        return stderr, None
    report = LauncherReport(
        exit_code=None if code < 0 else code,
        signal=sig or None,
        cpu_ms=cpu,
        wall_ms=wall,
        memory_kb=rss,
        timed_out=bool(timeout),
        oom_killed=bool(oom),
        pids_limit_hit=bool(pids),
    )
    return stderr[:at], report
