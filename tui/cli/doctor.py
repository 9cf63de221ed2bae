"""`proctorx doctor`: what works, what is missing, and how to fix it."""

from __future__ import annotations

import argparse
import os
import shutil

from tui import languages
from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, EXIT_SANDBOX


def run(args: argparse.Namespace) -> int:
    ok = True
    host = os.environ.get("DOCKER_HOST")
    print(f"Docker engine ({'DOCKER_HOST=' + host if host else 'default socket /var/run/docker.sock'}):")
    try:
        from tui.sandbox.docker import DockerSandbox
        from tui.sandbox.images import BASE_IMAGE, image_exists

        sandbox = DockerSandbox()
    except Exception as exc:  # any failure to reach the engine is the finding itself
        ok = False
        print("  ✗ not reachable")
        for line in str(exc).splitlines():
            print(f"    {line}")
    else:
        print(f"  ✓ reachable: {sandbox.describe()}")
        base = image_exists(sandbox.api, BASE_IMAGE)
        print(
            f"  {'✓' if base else '!'} base image {BASE_IMAGE}"
            + ("" if base else f": missing — `docker pull {BASE_IMAGE}` (needed to build the runners)")
        )
        print("Runner images:")
        missing = []
        for language in languages.all_languages().values():
            present = image_exists(sandbox.api, language.image)
            print(f"  {'✓' if present else '✗'} {language.id:<7} {language.name:<20} {language.image}" + ("" if present else "  (missing)"))
            if not present:
                missing.append(language.id)
        if missing:
            print(f"  fix: `proctorx images build {' '.join(missing)}` (or just judge: the first use builds them)")
        leftovers = sandbox.cleanup_leftovers()
        if leftovers:
            print(f"  removed {leftovers} container(s) left behind by a crashed run")
        sandbox.close()
    print("Local sandbox (--sandbox local, weaker isolation: processes, no container):")
    from tui.sandbox.local import LocalSandbox

    local = LocalSandbox()
    for line in local.details():
        print(f"  · {line}")
    local.close()
    for language in languages.all_languages().values():
        tools = {language.run_argv("", 256)[0]}
        if language.compiled:
            tools.add(language.compile_argv("")[0])
        absent = sorted(t for t in tools if not t.startswith(".") and shutil.which(t) is None)
        mark = "✓" if not absent else "-"
        print(f"  {mark} {language.id:<7}" + (" tools found on this machine" if not absent else f" needs {', '.join(absent)} on PATH"))
    print("Verdict: " + ("ready." if ok else "Docker is not usable: start the engine, or use --sandbox local."))
    return EXIT_OK if ok else EXIT_SANDBOX


COMMAND = Command("doctor", "is the engine reachable, are the images there, what to fix", lambda parser: None, run)
