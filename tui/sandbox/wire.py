"""The launcher's wire format (see images/launcher/pxlaunch.c).

Files travel as "PX1 <count>\n" then "<mode> <size> <name>\n<bytes>" each, in
both directions; the launcher's report is the last line of stderr.
"""

from __future__ import annotations

from dataclasses import dataclass

REPORT_MARK = b"\n\x1ePXREPORT "


def pack_files(files: dict[str, bytes], modes: dict[str, int] | None = None) -> bytes:
    modes = modes or {}
    parts = [b"PX1 %d\n" % len(files)]
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
class Report:
    exit_code: int | None
    signal: int | None
    cpu_ms: int
    wall_ms: int
    memory_kb: int
    timed_out: bool
    oom_killed: bool


def split_report(stderr: bytes) -> tuple[bytes, Report | None]:
    """Separates the program's stderr from the launcher's closing report.

    Only the last report counts: the launcher writes it after every other
    process is dead, so a program can't print one that comes later."""
    at = stderr.rfind(REPORT_MARK)
    if at < 0:
        return stderr, None
    fields = stderr[at + len(REPORT_MARK):].split()
    try:
        code, sig, cpu, wall, rss, timeout, oom = (int(f) for f in fields[:7])
    except ValueError:
        return stderr, None
    report = Report(
        exit_code=None if code < 0 else code,
        signal=sig or None,
        cpu_ms=cpu,
        wall_ms=wall,
        memory_kb=rss,
        timed_out=bool(timeout),
        oom_killed=bool(oom),
    )
    return stderr[:at], report
