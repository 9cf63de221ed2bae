"""Exit statuses and the error a command raises for bad input.  A leaf:
imports nothing of ours, so every command can import it."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SANDBOX = 0, 1, 2, 3
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """Bad arguments or unreadable input: exit 2 with one line."""
