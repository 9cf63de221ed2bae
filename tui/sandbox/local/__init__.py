"""The local sandbox (`--sandbox local`): each run as a process group on this
machine, for hosts without a container engine."""

from tui.sandbox.local.sandbox import LocalSandbox

__all__ = ["LocalSandbox"]
