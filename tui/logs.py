"""The log a lab admin reads when something failed: proctorx.log in the user
log folder (userdirs.log_dir(), PROCTORX_LOG_DIR overrides), rotated at 1 MiB
with five old files kept.

What goes in: the engine connection, image builds, saves and loads, every run
(problem, language, verdict, tests passed, timings) and every unexpected
exception with its whole traceback, while the screen shows one line.  What
never goes in: the user's code, test data, or any token or password.

The CLI's main() and the app call setup() once; modules only log through
`logging.getLogger(__name__)` (all under the "tui" logger).  Core: no Textual.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from tui import userdirs

ROOT_LOGGER = "tui"
LOG_FILE = "proctorx.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_state: dict = {"file": None, "handlers": []}


def setup(verbose: bool = False, echo: bool = True, stream=None) -> Path | None:
    """Starts logging to the file; verbose adds debug lines and, with echo
    (the CLI, not the app, whose screen stderr would tear), mirrors it all on
    stderr.  Returns the file, or None when its folder can't be written (then
    nothing is logged to a file, and nothing fails: a log is never a reason not
    to judge)."""
    logger = logging.getLogger(ROOT_LOGGER)
    for handler in _state["handlers"]:
        logger.removeHandler(handler)
        handler.close()
    _state["handlers"], _state["file"] = [], None
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
    formatter = logging.Formatter(FORMAT)
    try:
        folder = userdirs.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        handler: logging.Handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        print(f"proctorx: warning: no log file ({exc.strerror or exc}: {exc.filename or ''})", file=sys.stderr)
    else:
        handler.setFormatter(formatter)
        logger.addHandler(handler)
        _state["handlers"].append(handler)
        _state["file"] = path
    if verbose and echo:
        mirror = logging.StreamHandler(stream or sys.stderr)
        mirror.setFormatter(logging.Formatter("proctorx: %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(mirror)
        _state["handlers"].append(mirror)
    return _state["file"]


def log_file() -> Path | None:
    """The file setup() logs to, if any."""
    return _state["file"]


def unexpected(what: str, exc: BaseException) -> str:
    """Logs an unexpected exception with its traceback; returns the one line
    to show a person, which says where the rest is."""
    logging.getLogger(ROOT_LOGGER).error("%s: %s", what, exc, exc_info=(type(exc), exc, exc.__traceback__))
    where = _state["file"]
    detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
    return f"{what}: {detail}" + (f" (the details are in {where})" if where else "")
