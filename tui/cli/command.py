"""A command of the command line: its name, its arguments, what it does.

Each command lives in a module of its own under tui/cli/ and is listed once in
tui/cli/main.py.  A command module imports what it needs to run inside run(),
so that `proctorx judge` never pays for the imports of another command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str  # "judge", or "problems list" for an action of a group
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
    description: str = ""

    @property
    def group(self) -> str:
        return self.name.split()[0]

    @property
    def action(self) -> str | None:
        words = self.name.split()
        return words[1] if len(words) > 1 else None
