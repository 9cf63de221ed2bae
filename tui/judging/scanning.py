"""A program's output read in bounded pieces, so that checking it costs time
linear in its size and memory bounded by a piece, whatever its shape: a
million tokens, one 8 MB token, one 8 MB line.

Kattis white space is space \\t \\n \\r \\v \\f: exactly the bytes that
bytes.split(), bytes.rstrip() and bytes.isspace() treat as white space, so
the fast C methods of bytes give the Kattis tokens of a piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

# Bytes per piece: big enough that the C methods of bytes do the work, small
# enough to stay in cache (tests make it tiny to cut everywhere).
PIECE = 1 << 16

_WHITE = (b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c")
_SPACES = re.compile(rb"[ \t\n\r\x0b\x0c]+")
_CLASSES = b"".join(b" " if bytes([i]).isspace() else b"x" for i in range(256))  # white space -> " ", the rest -> "x"


def show(data: bytes | str, limit: int = 60) -> str:
    """A short quotation for a message: the first `limit` characters, then "…".
    Only the start is decoded, so quoting an 8 MB token costs nothing."""
    # 4 bytes per character at most: the first `limit` characters decode
    # exactly as if the whole had been, and more follow when there are more.
    text = data[: 4 * limit + 8].decode("utf-8", "replace") if isinstance(data, bytes) else data
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _next_space(data: bytes, start: int) -> int:
    """The first white-space byte at or after start, or -1; memchr searches
    windows that double, so a long token costs a few passes of memchr."""
    end, step = len(data), 256
    while start < end:
        stop = min(end, start + step)
        found = [i for i in (data.find(space, start, stop) for space in _WHITE) if i >= 0]
        if found:
            return min(found)
        start, step = stop, step * 2
    return -1


def _next_token(data: bytes, start: int) -> int:
    """The first byte at or after start that is not white space, or -1."""
    end, step = len(data), 256
    while start < end:
        window = data[start : start + step]
        rest = len(window.lstrip())
        if rest:
            return start + len(window) - rest
        start, step = start + len(window), step * 2
    return -1


def token_pieces(data: bytes) -> Iterator[bytes]:
    """data in pieces of about PIECE bytes, each cut just before a token that
    follows white space, so that no token and no run of white space is split."""
    start, end, size = 0, len(data), PIECE
    while start < end:
        cut = start + size
        space = _next_space(data, cut) if cut < end else -1
        token = _next_token(data, space) if space >= 0 else -1
        if token < 0:
            yield data[start:] if start else data
            return
        yield data[start:token]
        start = token


def tokens(data: bytes, fold: bool = False) -> Iterator[bytes]:
    """The tokens of data in order (ASCII-lowercased when fold)."""
    pieces = token_pieces(data)
    return chain.from_iterable(piece.lower().split() if fold else piece.split() for piece in pieces)


def _count(piece: bytes) -> int:
    # Tokens start where a byte that isn't white space follows one that is
    # (or the start): counted in C, without making the tokens.
    classes = piece.translate(_CLASSES)
    return classes.count(b" x") + classes.startswith(b"x")


def token_count(data: bytes) -> int:
    return sum(map(_count, token_pieces(data)))


def gaps(data: bytes) -> Iterator[bytes]:
    """The white space before each token and after the last one: one more
    than there are tokens (b"" where there is none)."""
    if not data or data.isspace():
        return iter((data,))
    runs = chain.from_iterable(_SPACES.findall(piece) for piece in token_pieces(data))
    return chain((b"",) if not data[:1].isspace() else (), runs, (b"",) if not data[-1:].isspace() else ())


def same_runs(a: bytes, b: bytes) -> int:
    """A position up to which a and b are the same bytes and at which both
    start a token or a run of white space: what comes before it is the same
    tokens and the same white space on both sides."""
    at = common_prefix(a, b)
    if at == 0 or at == len(a) == len(b):
        return at
    if a[at - 1 : at].isspace():
        return len(a[:at].rstrip())  # the start of the white space that ends there
    return max(a.rfind(space, 0, at) for space in _WHITE) + 1  # the start of that token


def token_span(data: bytes, index: int) -> tuple[int, int]:
    """Where token `index` (0-based) of data starts and ends; it must exist.
    Pieces are counted in C; only the piece that holds the token is searched."""
    offset = 0
    for piece in token_pieces(data):
        count = _count(piece)
        if index < count:
            classes = piece.translate(_CLASSES)
            start = -1
            if classes.startswith(b"x"):
                start, index = (0, -1) if index == 0 else (-1, index - 1)
            for _ in range(index + 1):
                start = classes.find(b" x", start + 1) + 1
            end = classes.find(b" ", start)
            return offset + start, offset + (len(piece) if end < 0 else end)
        index -= count
        offset += len(piece)
    raise IndexError("no such token")


def token_at(data: bytes, index: int) -> bytes:
    start, end = token_span(data, index)
    return data[start:end]


def line_of(data: bytes, position: int) -> int:
    """The 1-based line that byte `position` of data is on."""
    return data.count(b"\n", 0, position) + 1


def line_pieces(data: bytes) -> Iterator[bytes]:
    """data in pieces of about PIECE bytes, each cut just after a \\n (so a \\r\\n is never split)."""
    start, end, size = 0, len(data), PIECE
    while start < end:
        newline = data.find(b"\n", start + size) if start + size < end else -1
        if newline < 0:
            yield data[start:] if start else data
            return
        yield data[start : newline + 1]
        start = newline + 1


def lines(data: bytes) -> Iterator[bytes]:
    """The lines of data with \\r\\n read as \\n and trailing white space cut,
    trailing empty lines included (line_count says where the lines end)."""

    def split(piece: bytes) -> list[bytes]:
        parts = piece.replace(b"\r\n", b"\n").split(b"\n")
        if piece.endswith(b"\n"):
            parts.pop()  # the start of the next piece's first line, not a line of its own
        return parts

    yield from chain.from_iterable(map(bytes.rstrip, split(piece)) for piece in line_pieces(data))
    if not data or data.endswith(b"\n"):
        yield b""  # what follows the last \n (split(b"\n") gives it too)


def line_count(data: bytes) -> int:
    """How many lines count: up to the last one that is not all white space."""
    end, size = len(data), PIECE
    while end > 0:
        # From the end a piece at a time: trailing white space is not copied whole.
        start = max(0, end - size)
        content = len(data[start:end].rstrip())
        if content:
            return data.count(b"\n", 0, start + content) + 1
        end = start
    return 0


def common_prefix(a: bytes, b: bytes) -> int:
    """How many bytes a and b have in common from the start: whole pieces are
    compared in C, and only the piece that differs byte by byte."""
    end, size = min(len(a), len(b)), PIECE
    start = 0
    while start < end and a[start : start + size] == b[start : start + size]:
        start += size
    if start >= end:
        return end
    piece = zip(a[start : start + size], b[start : start + size])
    return start + next((i for i, (x, y) in enumerate(piece) if x != y), min(size, end - start))
