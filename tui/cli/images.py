"""`proctorx images build`: the runner images, ahead of their first use."""

from __future__ import annotations

import argparse

from tui import languages
from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, UsageError


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("langs", nargs="*", metavar="LANG")


def run(args: argparse.Namespace) -> int:
    from tui.sandbox.docker import DockerSandbox
    from tui.sandbox.images import build_image, image_exists

    try:
        wanted = [languages.get(lang) for lang in args.langs] or list(languages.all_languages().values())
    except languages.LanguageError as exc:
        raise UsageError(str(exc)) from None
    sandbox = DockerSandbox()
    progress = common.ProgressLine()
    try:
        for language in wanted:
            if image_exists(sandbox.api, language.image):
                print(f"{language.id}: {language.image} is up to date")
                continue
            build_image(sandbox.api, language, progress)
            progress.done()
            print(f"{language.id}: built {language.image}")
    finally:
        sandbox.close()
    return EXIT_OK


COMMAND = Command("images build", "build the runner images (first use builds them too)", arguments, run)
