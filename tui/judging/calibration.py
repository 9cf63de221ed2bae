"""How much slower this machine is than the one the problems were written on.

`proctorx calibrate` runs a fixed CPU workload in the sandbox, exactly as a
test runs (a fresh container, the launcher measuring CPU time), compares the
median with REFERENCE_MS and stores the speed factor, max(1, measured /
reference), in the user config folder (calibration.json).  The judge, the app
and `exam grade` multiply time limits by it and say so ("1 s × 1.8 on this
machine").  A factor belongs to the engine that was measured (keyed by the
engine's ID, so two URLs of one engine share it) or, for --sandbox local, to
the host.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from tui import languages
from tui.limits import Limits
from tui.sandbox.base import Sandbox, source_program

CONFIG_ENV = "PROCTORX_CONFIG_DIR"
FILE = "calibration.json"

# The shape of the shipped dynamic-programming solutions (Coin Combinations):
# a tight pure-Python loop over a list, deterministic, its answer checked.
WORKLOAD = """\
# ProctorX calibration workload: fixed CPU work, the shape of a DP solution.
MOD = 1_000_000_007
coins = (1, 2, 5, 10, 20, 50, 100, 200)
n = 600_000
ways = [1] + [0] * n
for c in coins:
    for i in range(c, n + 1):
        ways[i] = (ways[i] + ways[i - c]) % MOD
print(ways[n])
"""
ANSWER = b"372446778\n"
# The workload's CPU time on the machine the shipped limits were set for: a
# 2-core machine of this project's kind, quiet, where the Coin Combinations
# Python reference took 1.41 s on its slowest test (issue 8, when X went up to
# 10^5; issue 12 cut it to 4·10^4 for a 2× margin).  Measured there side by
# side: the workload took 0.83 of that test's CPU time.
REFERENCE_MS = 1170
RUNS = 5
LIMITS = Limits(time_s=30.0, memory_mb=256)


class CalibrationError(Exception):
    """The workload could not be measured; the message says why."""


@dataclass
class Calibration:
    key: str  # "docker:<engine id>" or "local:<host>"
    machine: str  # what a person calls it: the engine's host name, or the host
    factor: float
    measured_ms: int  # the median of runs_ms
    reference_ms: int
    runs_ms: list[int]
    when: str

    def describe(self) -> str:
        return f"× {self.factor:g} (calibrated {self.when[:10]}: {self.measured_ms} ms against {self.reference_ms} ms)"


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    return Path(env) if env else Path(platformdirs.user_config_dir("proctorx", appauthor=False))


def path() -> Path:
    return config_dir() / FILE


def factor_from(measured_ms: float, reference_ms: float = REFERENCE_MS) -> float:
    """Limits only ever grow: a faster machine keeps the problem's own."""
    return max(1.0, round(measured_ms / reference_ms, 2))


def machine_of(sandbox: Sandbox) -> tuple[str, str] | None:
    """(key, name) of what the sandbox runs on; None for one that can't be calibrated."""
    name = getattr(sandbox, "name", "")
    if name == "local":
        return f"local:{socket.gethostname()}", socket.gethostname()
    client = getattr(sandbox, "client", None)
    if name != "docker" or client is None:
        return None
    info = client.info()
    return f"docker:{info.get('ID', '?')}", str(info.get("Name", "?"))


def measure(sandbox: Sandbox, runs: int = RUNS, progress=None) -> Calibration:
    """Runs the workload `runs` times, one at a time, and makes a Calibration
    of the median CPU time."""
    machine = machine_of(sandbox)
    if machine is None:
        raise CalibrationError(f"the {getattr(sandbox, 'name', '?')} sandbox can't be calibrated")
    python = languages.get("python")
    sandbox.prepare([python])
    program = source_program(python, WORKLOAD)
    times: list[int] = []
    for number in range(1, runs + 1):
        if progress is not None:
            progress(f"calibrating: run {number}/{runs}", (number - 1) / runs)
        run = sandbox.run(program, b"", LIMITS)
        if run.error or run.exit_code != 0 or run.stdout != ANSWER:
            why = run.error or f"exit {run.exit_code}, output {run.stdout[:40]!r}"
            raise CalibrationError(f"the calibration workload did not run as it should ({why})")
        times.append(run.cpu_ms)
    measured = int(statistics.median(times))
    return Calibration(
        key=machine[0],
        machine=machine[1],
        factor=factor_from(measured),
        measured_ms=measured,
        reference_ms=REFERENCE_MS,
        runs_ms=times,
        when=datetime.now().astimezone().isoformat(timespec="seconds"),
    )


def load_all() -> dict[str, Calibration]:
    try:
        data = json.loads(path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = {}
    for key, item in (data.get("machines") or {}).items() if isinstance(data, dict) else ():
        try:
            found[key] = Calibration(**item)
        except TypeError:
            continue
    return found


def save(calibration: Calibration) -> Path:
    """Stores the calibration beside the others (one per machine)."""
    known = load_all()
    known[calibration.key] = calibration
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps({"machines": {k: asdict(v) for k, v in known.items()}}, indent=2), encoding="utf-8")
    os.replace(tmp, target)
    return target


def lookup(key: str) -> Calibration | None:
    return load_all().get(key)


def for_sandbox(sandbox: Sandbox) -> Calibration | None:
    """The stored calibration of what this sandbox runs on, if any (asks the
    engine who it is only when something was ever calibrated)."""
    if not path().is_file():
        return None
    try:
        machine = machine_of(sandbox)
    except Exception:  # an engine that can't say who it is: not calibrated
        return None
    return lookup(machine[0]) if machine else None


def factor_for(sandbox: Sandbox) -> float:
    found = for_sandbox(sandbox)
    return found.factor if found else 1.0
