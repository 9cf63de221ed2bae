"""`proctorx images build|save|load`: the runner images, ahead of their first
use, and carried to machines that reach no registry (a lab saves them once,
where they can be built, and loads them everywhere else)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tui import languages, resources
from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_FAILED, EXIT_OK, UsageError


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("langs", nargs="*", metavar="LANG")


def save_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the archive to write (.tar, or .tar.gz to compress it)")
    parser.add_argument("langs", nargs="*", metavar="LANG", help="the languages to save (default: every one)")


def load_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="an archive made by `proctorx images save`")


def _wanted(ids: list[str]) -> list[languages.Language]:
    try:
        found = [languages.get(lang) for lang in ids] or list(languages.all_languages().values())
    except languages.LanguageError as exc:
        raise UsageError(str(exc)) from None
    if not found:
        raise UsageError(f"no language definitions found in {resources.images_dir()}: see `proctorx doctor`")
    return found


def _engine():
    from tui.sandbox.docker import DockerSandbox

    return DockerSandbox()


def run(args: argparse.Namespace) -> int:
    from tui.sandbox.images import build_image, image_exists

    wanted = _wanted(args.langs)
    sandbox = _engine()
    try:
        missing = []
        for language in wanted:
            if image_exists(sandbox.api, language.image):
                print(f"{language.id}: {language.image} is up to date")
            else:
                missing.append(language)
        failed = _build_all(sandbox.api, missing, build_image)
    finally:
        sandbox.close()
    return EXIT_FAILED if failed else EXIT_OK


# Builds wait mostly on apt downloads and unpacking: a few at once take far
# less than one after another, and the launcher stage they share is built
# once and taken from the engine's cache by the rest.
PARALLEL_BUILDS = 4


def _build_all(api, missing: list[languages.Language], build_image) -> int:
    """Builds the images, a few at once; prints one line per language and
    returns how many failed (each failure is one line saying why)."""
    from concurrent.futures import ThreadPoolExecutor

    from tui.sandbox.base import SandboxUnavailable

    def one(language: languages.Language) -> bool:
        started = time.monotonic()
        try:
            build_image(api, language)
        except SandboxUnavailable as exc:
            print(f"{language.id}: {str(exc).splitlines()[0]}", flush=True)
            return False
        print(f"{language.id}: built {language.image} in {time.monotonic() - started:.0f} s", flush=True)
        return True

    with ThreadPoolExecutor(max_workers=PARALLEL_BUILDS) as pool:
        results = list(pool.map(one, missing))
    return results.count(False)


def run_save(args: argparse.Namespace) -> int:
    from tui.sandbox.base import SandboxUnavailable
    from tui.sandbox.docker import ENGINE_ERRORS
    from tui.sandbox.images import build_image, image_exists, save_images

    wanted = _wanted(args.langs)
    if args.file.is_dir():
        raise UsageError(f"{args.file}: is a folder; name the archive to write, like {args.file / 'proctorx-images.tar.gz'}")
    if not args.file.parent.is_dir():
        raise UsageError(f"{args.file}: no such folder {args.file.parent}")
    sandbox = _engine()
    progress = common.ProgressLine()
    try:
        for language in wanted:  # a lab saves what it will judge with: build what is missing first
            if not image_exists(sandbox.api, language.image):
                build_image(sandbox.api, language, progress)
                progress.done()
        tags = [language.image for language in wanted]
        try:
            sent = save_images(sandbox.api, tags, args.file, progress)
        except ENGINE_ERRORS as exc:
            raise SandboxUnavailable(f"the engine failed while saving the images: {exc}") from None
        except OSError as exc:
            raise UsageError(f"{args.file}: can't be written ({exc.strerror or exc})") from None
        progress.done()
    finally:
        sandbox.close()
    size = args.file.stat().st_size
    print(f"saved {', '.join(tags)} to {args.file} ({size / 1e6:.0f} MB; {sent / 1e6:.0f} MB of images)")
    print(f"on a machine without a registry: proctorx images load {args.file}")
    return EXIT_OK


def run_load(args: argparse.Namespace) -> int:
    from tui.sandbox.base import SandboxUnavailable
    from tui.sandbox.docker import ENGINE_ERRORS
    from tui.sandbox.images import ArchiveError, check_archive, image_exists, load_images

    try:
        check_archive(args.file)  # before the engine: a wrong file is the user's to fix, exit 2
    except ArchiveError as exc:
        raise UsageError(str(exc)) from None
    sandbox = _engine()
    progress = common.ProgressLine()
    try:
        try:
            loaded = load_images(sandbox.api, args.file, progress)
        except ArchiveError as exc:
            raise UsageError(str(exc)) from None
        except ENGINE_ERRORS as exc:
            raise SandboxUnavailable(f"the engine failed while loading {args.file}: {exc}") from None
        progress.done()
        print(f"loaded {', '.join(loaded)}")
        missing = [lang for lang in languages.all_languages().values() if not image_exists(sandbox.api, lang.image)]
    finally:
        sandbox.close()
    if missing:
        # An archive from another version of ProctorX holds other tags.
        print(
            "still missing for this version of ProctorX: "
            + ", ".join(f"{lang.id} ({lang.image})" for lang in missing)
            + f" — `proctorx images build {' '.join(lang.id for lang in missing)}`, or save them again with this version"
        )
    return EXIT_OK


COMMAND = Command("images build", "build the runner images (first use builds them too)", arguments, run)
SAVE = Command("images save", "write the runner images to one archive, for machines with no registry", save_arguments, run_save)
LOAD = Command("images load", "load runner images from an archive made by `images save`", load_arguments, run_load)
