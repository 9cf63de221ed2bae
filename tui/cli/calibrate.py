"""`proctorx calibrate`: measures this machine against a fixed workload and
stores the factor its time limits are scaled by (tui/judging/calibration.py)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, UsageError


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engine", metavar="URL", help="calibrate this Docker engine (default: the local one)")
    parser.add_argument("--runs", type=int, default=None, help="how many times the workload runs (default 5; the median counts)")
    parser.add_argument("--json", action="store_true", help="print the calibration as one JSON object")
    common.sandbox_argument(parser)


def run(args: argparse.Namespace) -> int:
    from tui.judging import calibration
    from tui.sandbox import open_sandbox

    runs = args.runs or calibration.RUNS
    if runs < 1:
        raise UsageError("--runs must be at least 1")
    if args.engine and args.sandbox == "local":
        raise UsageError("--engine is for the docker sandbox, not --sandbox local")
    if args.engine:
        import docker

        from tui.sandbox.base import SandboxUnavailable
        from tui.sandbox.docker import ENGINE_ERRORS, DockerSandbox

        try:
            client = docker.DockerClient(base_url=args.engine, timeout=60, use_ssh_client=args.engine.startswith("ssh://"))
            sandbox = DockerSandbox(jobs=1, client=client)
        except ENGINE_ERRORS as exc:
            raise SandboxUnavailable(f"the engine at {args.engine} can't be reached: {exc}") from None
    else:
        sandbox = open_sandbox(args.sandbox, jobs=1)
    progress = common.ProgressLine()
    try:
        found = calibration.measure(sandbox, runs, progress)
    except calibration.CalibrationError as exc:
        raise UsageError(str(exc)) from None
    finally:
        progress.done()
        sandbox.close()
    where = calibration.save(found)
    if args.json:
        json.dump(asdict(found) | {"saved_to": str(where)}, sys.stdout)
        sys.stdout.write("\n")
        return EXIT_OK
    print(f"{sandbox.describe()} on {found.machine}: the workload took {found.measured_ms} ms of CPU (median of {runs}: {found.runs_ms})")
    print(f"reference for this workload: {found.reference_ms} ms (the machine the shipped time limits were set on)")
    if found.factor > 1:
        print(f"time limits on this machine are now × {found.factor:g} (a 2 s limit is applied as {2 * found.factor:g} s)")
    else:
        print("this machine is at least as fast as the reference: time limits stay as the problems set them (× 1)")
    print(f"saved to {where}")
    return EXIT_OK


COMMAND = Command("calibrate", "measure this machine's speed and scale time limits when it is slower", arguments, run)
