"""Exit statuses and the errors a command raises.  A leaf: imports nothing of
ours, so every command can import it."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SANDBOX = 0, 1, 2, 3
EXIT_BUG = 4  # an unexpected error: the log has the traceback
EXIT_INTERRUPTED = 130  # ctrl+c (128 + SIGINT)
EXIT_TERMINATED = 143  # SIGTERM (128 + SIGTERM)


class UsageError(Exception):
    """Bad arguments or unreadable input: exit 2 with one line."""


class Terminated(KeyboardInterrupt):
    """SIGTERM: stops the work exactly as ctrl+c does, then exits 143."""
