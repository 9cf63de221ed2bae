"""Each run as a fresh process group on this machine, for hosts without a
container engine (`--sandbox local`).

What a run gets: an empty scratch directory of its own (removed afterwards),
rlimits (CPU, address space, stack, file size, processes, open files, no core
dumps), a clean environment, a new session (no terminal), a wall-clock kill of
the whole group, and — where the OS allows — a network namespace of its own
and, when the app is root, an unprivileged user of its own.

Weaker than a container, and labelled so: the program still sees the host's
file system (what its user may read), the shared /tmp and the process table.

    process.py    starting the program (a gated shell trampoline) and serving its pipes
    supervise.py  one run to its end: watched, killed whole, reaped, measured
    isolation.py  rlimits, namespaces, uids, the subreaper: what this OS allows
    scratch.py    each run's own directory, its files in and out
    sandbox.py    LocalSandbox, the Sandbox protocol over all of it
"""

from tui.sandbox.local.isolation import Isolation
from tui.sandbox.local.sandbox import LocalSandbox

__all__ = ["Isolation", "LocalSandbox"]
