"""The user's own editor ($VISUAL, else $EDITOR) on a file, with the app
suspended meanwhile so the editor has the terminal to itself.

Under Textual's headless driver (tests) there is no terminal to hand over:
the editor then runs without one, which is all a script standing in for
an editor needs.  Where the app can't be suspended at all (in a browser) the
answer is a line saying so.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from textual.app import App, SuspendNotSupported
from textual.widgets import TextArea

HEADLESS_TIMEOUT_S = 60
NO_EDITOR = "Set $VISUAL or $EDITOR to your editor (say `export EDITOR=vim`) to edit the code in it."


def editor_command(env: dict[str, str] | None = None) -> list[str] | None:
    """$VISUAL, else $EDITOR, split as a shell would ("code --wait")."""
    env = os.environ if env is None else env
    for name in ("VISUAL", "EDITOR"):
        value = (env.get(name) or "").strip()
        if value:
            try:
                return shlex.split(value)
            except ValueError:
                return [value]
    return None


def run_editor(app: App, command: list[str], path: Path) -> str:
    """Runs the editor on `path` and waits for it; "" when it ran and exited
    cleanly, else one line saying what went wrong."""
    argv = [*command, str(path)]
    if shutil.which(command[0]) is None and not Path(command[0]).is_file():
        return f"The editor `{command[0]}` (from ${_source_var()}) was not found: check that variable."
    try:
        if app.is_headless:
            done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, check=False, timeout=HEADLESS_TIMEOUT_S)
        else:
            with app.suspend():
                done = subprocess.run(argv, check=False)
    except subprocess.TimeoutExpired:
        return f"The editor did not finish within {HEADLESS_TIMEOUT_S} s without a terminal, and was stopped."
    except SuspendNotSupported:
        return "Your own editor needs the app in a terminal of its own; here it can't hand the terminal over."
    except OSError as exc:
        return f"The editor `{command[0]}` could not be started: {exc.strerror or exc}."
    if done.returncode != 0:
        return f"The editor exited with code {done.returncode}."
    return ""


def _source_var() -> str:
    return "VISUAL" if (os.environ.get("VISUAL") or "").strip() else "EDITOR"


class ScratchFile:
    """A file of the code's own name in a folder of its own, for an editor to
    open when there is no --solution file to edit (the name gives the editor
    its syntax colours)."""

    def __init__(self, name: str, text: str) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="proctorx-edit-"))
        self.path = self.folder / name
        self.path.write_text(text, encoding="utf-8")

    def read(self) -> str | None:
        try:
            return self.path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def replace_all(editor: TextArea, text: str) -> bool:
    """Puts `text` in the editor as one edit, so ctrl+z brings the previous
    text back; the cursor stays on its line where it can.  False when the
    text was already there."""
    if editor.text == text:
        return False
    row, column = editor.cursor_location
    editor.replace(text, editor.document.start, editor.document.end, maintain_selection_offset=False)
    lines = text.split("\n")
    row = min(row, len(lines) - 1)
    editor.move_cursor((row, min(column, len(lines[row]))))
    return True
