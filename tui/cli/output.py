"""What the commands print with: marks that fall back to ASCII where the
terminal can't show ✓ and ✗ (a C locale, a serial console, a pipe into an
ASCII-only tool).  A leaf: imports nothing of ours."""

from __future__ import annotations

import sys

UNICODE = {"ok": "✓", "bad": "✗", "skip": "·", "warn": "!", "dash": "—", "bullet": "·"}
ASCII = {"ok": "+", "bad": "x", "skip": "-", "warn": "!", "dash": "-", "bullet": "*"}


def can_print(text: str, stream=None) -> bool:
    encoding = getattr(stream or sys.stdout, "encoding", None) or "ascii"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def marks(stream=None) -> dict[str, str]:
    """The marks this stream can print."""
    return UNICODE if can_print("".join(UNICODE.values()), stream) else ASCII


def mark(name: str, stream=None) -> str:
    return marks(stream)[name]
