"""`proctorx doctor`: what works, what is missing, and how to fix it.

"Ready" means a judge with the Docker sandbox can run every language: the
engine answers, language definitions exist, and each runner image is there or
can be built here.  Anything else is "not ready", with the fix, and exit 3.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys

from tui import __version__, languages, logs, resources, settings
from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, EXIT_SANDBOX
from tui.cli.output import marks


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--build", action="store_true", help="build the missing runner images now (minutes), to prove they build")


class Findings:
    """The report as it is printed, and what keeps it from being ready."""

    def __init__(self) -> None:
        self.blockers: list[str] = []
        self.m = marks()

    def line(self, text: str, indent: int = 1) -> None:
        print("  " * indent + text, flush=True)

    def ok(self, text: str) -> None:
        self.line(f"{self.m['ok']} {text}")

    def warn(self, text: str) -> None:
        self.line(f"{self.m['warn']} {text}")

    def bad(self, text: str, blocker: str) -> None:
        self.line(f"{self.m['bad']} {text}")
        self.blockers.append(blocker)


def run(args: argparse.Namespace) -> int:
    report = Findings()
    print(f"ProctorX {__version__} ({resources.origin()}: {resources.home()})")
    found = _languages(report)
    _library(report)
    _engine(report, found, args.build)
    _user_files(report)
    _local(report, found)
    if report.blockers:
        print("Verdict: not ready: " + "; ".join(report.blockers))
        return EXIT_SANDBOX
    print("Verdict: ready.")
    return EXIT_OK


def _languages(report: Findings) -> list[languages.Language]:
    folder = resources.images_dir()
    print(f"Languages (from {folder}):")
    try:
        found = list(languages.all_languages().values())
    except languages.LanguageError as exc:
        report.bad(str(exc), "a language definition is broken: fix or remove it")
        return []
    if not found:
        report.bad(
            "no language definitions found",
            f"no languages: {folder} has no <lang>/language.yaml; reinstall ProctorX (pip install --force-reinstall proctorx) "
            f"or point {resources.HOME_ENV} at a folder holding images/ and problems/",
        )
    else:
        report.ok(", ".join(f"{lang.id} ({lang.name})" for lang in found))
    return found


def _library(report: Findings) -> None:
    from tui.packages import load_library

    roots = common.problem_roots(None)
    library = load_library(*roots)
    print("Problems:")
    if library.problems:
        report.ok(f"{len(library.problems)} problem(s) from " + ", ".join(str(r) for r in roots if r.is_dir()))
    else:
        report.bad(
            "no problems found in " + ", ".join(str(r) for r in roots),
            "no problems: reinstall ProctorX, or pass --problems DIR to the app and `problems list` "
            f"({resources.HOME_ENV} overrides the library)",
        )
    for error in library.errors[:5]:
        report.warn(f"skipped a broken package: {error}")


def _engine(report: Findings, found: list[languages.Language], build: bool) -> None:
    host = os.environ.get("DOCKER_HOST")
    print(f"Docker engine ({'DOCKER_HOST=' + host if host else 'default socket /var/run/docker.sock'}):")
    try:
        from tui.sandbox.docker import DockerSandbox

        sandbox = DockerSandbox()
    except Exception as exc:  # any failure to reach the engine is the finding itself
        report.bad("not reachable", "Docker is not usable: start the engine, or use --sandbox local.")
        for line in str(exc).splitlines():
            report.line(line, 2)
        return
    try:
        _images(report, sandbox, found, build)
    finally:
        sandbox.close()


def _images(report: Findings, sandbox, found: list[languages.Language], build: bool) -> None:
    from tui.sandbox.base import SandboxUnavailable
    from tui.sandbox.images import BASE_IMAGE, build_image, image_exists

    report.ok(f"reachable: {sandbox.describe()}")
    base = image_exists(sandbox.api, BASE_IMAGE)
    missing = [lang for lang in found if not image_exists(sandbox.api, lang.image)]
    if base:
        report.ok(f"base image {BASE_IMAGE} (the runner images are built from it)")
    elif missing:
        report.bad(
            f"base image {BASE_IMAGE}: missing, so the missing runner images can't be built here",
            "runner images missing and no base image to build them: `proctorx images load FILE` with an archive "
            "made by `proctorx images save FILE` on a machine that has them (or `docker pull "
            f"{BASE_IMAGE}` where a registry is reachable)",
        )
    else:
        report.warn(f"base image {BASE_IMAGE}: missing (not needed while the runner images are all here)")
    print("Runner images:")
    for lang in found:
        label = f"{lang.id:<7} {lang.name:<20} {lang.image}"
        if lang not in missing:
            report.ok(label)
        elif build:
            progress = common.ProgressLine()
            try:
                build_image(sandbox.api, lang, progress)
                progress.done()
                report.ok(f"{label}  (built now)")
            except SandboxUnavailable as exc:
                progress.done()
                first = str(exc).splitlines()[0]
                report.bad(
                    f"{label}  can't be built: {first}",
                    f"the {lang.id} image does not build: `proctorx images build {lang.id} -v` shows why",
                )
        elif base:
            report.warn(f"{label}  missing: `proctorx images build {lang.id}` (or the first judge in {lang.id} builds it, minutes)")
        else:
            report.line(f"{report.m['bad']} {label}  missing: `proctorx images load FILE`")
    if base and not build and missing:
        report.line(
            f"fix: `proctorx images build {' '.join(lang.id for lang in missing)}`, or `proctorx doctor --build` to prove they build"
        )
    leftovers = sandbox.cleanup_leftovers()
    if leftovers:
        report.line(f"removed {leftovers} container(s) left behind by a crashed run")


def _user_files(report: Findings) -> None:
    print("Your files:")
    loaded = settings.load()
    report.line(
        f"{report.m['bullet']} settings: {loaded.path}" + ("" if loaded.path.exists() else " (none yet: every setting at its default)")
    )
    for warning in loaded.warnings:
        report.warn(warning)
    report.line(f"{report.m['bullet']} log: {logs.log_file() or 'none (the log folder can not be written)'}")


def _local(report: Findings, found: list[languages.Language]) -> None:
    print("Local sandbox (--sandbox local, weaker isolation: processes, no container):")
    from tui.sandbox.local import LocalSandbox

    local = LocalSandbox()
    for line in local.details():
        report.line(f"{report.m['bullet']} {line}")
    local.close()
    for language in found:
        tools = {language.run_argv("", 256)[0]}
        if language.builds:
            tools.add(language.compile_argv("")[0])
        absent = sorted(t for t in tools if not t.startswith(".") and shutil.which(t) is None)
        mark = report.m["ok"] if not absent else "-"
        report.line(f"{mark} {language.id:<7}" + (" tools found on this machine" if not absent else f" needs {', '.join(absent)} on PATH"))
    sys.stdout.flush()


COMMAND = Command("doctor", "is the engine reachable, are the images there, what to fix", arguments, run)
