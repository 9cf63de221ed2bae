"""The command line: main.py parses and dispatches, one module per command,
errors.py holds the exit statuses (a leaf every command imports)."""

from tui.cli.main import main

__all__ = ["main"]
