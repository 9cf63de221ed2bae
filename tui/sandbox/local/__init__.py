"""Each run as a fresh process group on this machine, for hosts without a
container engine (`--sandbox local`).

What a run gets: an empty scratch directory of its own (removed afterwards),
rlimits (CPU, address space, stack, file size, processes, open files, no core
dumps), a clean environment, a new session (no terminal), a wall-clock kill of
the whole group, and — where the OS allows — a cgroup of its own (every
process and thread counted and killed together, the CPU limit on their sum,
memory and process limits), network and mount namespaces of its own (no
network; a root of its own with the system folders read-only and a private
/tmp: no home folders, no package, no other run's files) and, when the app is
root, an unprivileged user of its own and a /proc showing only its processes.

Weaker than a container, and labelled so: LocalSandbox.details() says which
of these this machine allows and exactly what stays shared.

    process.py    starting the program (a gated shell trampoline) and serving its pipes
    supervise.py  one run to its end: watched, killed whole, reaped, measured
    isolation.py  rlimits, namespaces, uids, the subreaper: what this OS allows
    cgroup.py     each run's cgroup: CPU time and memory of all its processes, limits, kill
    mounts.py     each run's own root file system
    scratch.py    each run's own directory, its files in and out
    sandbox.py    LocalSandbox, the Sandbox protocol over all of it
"""

from tui.sandbox.local.isolation import Isolation
from tui.sandbox.local.sandbox import LocalSandbox

__all__ = ["Isolation", "LocalSandbox"]
