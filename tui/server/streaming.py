"""Server-Sent Events, the way a judgement streams: one `event:` line (its
kind) and one `data:` line (a JSON object) per event, a blank line after each,
and a comment line now and then so a silent connection can be told from a
dead one.  The server writes them; the client reads them back with
`read_events`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

# How often the server says it is still there while a test runs; the client
# gives up on a connection silent for several of these.
PING_S = 5.0
PING = b": ping\n\n"


def event(kind: str, data: dict) -> bytes:
    return f"event: {kind}\ndata: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n\n".encode()


class StreamError(Exception):
    """The stream isn't Server-Sent Events of JSON objects."""


def read_events(lines: Iterable[str]) -> Iterator[tuple[str, dict]]:
    """(kind, data) for each event in the lines of a stream (comments
    skipped); StreamError for a data line that isn't a JSON object."""
    kind, data = "message", []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line:
            if data:
                try:
                    value = json.loads("\n".join(data))
                except ValueError:
                    raise StreamError(f"event {kind!r} carried data that isn't JSON") from None
                if not isinstance(value, dict):
                    raise StreamError(f"event {kind!r} carried data that isn't a JSON object")
                yield kind, value
            kind, data = "message", []
        elif line.startswith(":"):
            continue
        else:
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "event":
                kind = value
            elif name == "data":
                data.append(value)
