"""Building the runner images from images/<lang>/ through the Engine API."""

from __future__ import annotations

import gzip
import io
import logging
import os
import re
import tarfile
import time
from pathlib import Path

import docker
from docker.errors import APIError, BuildError, DockerException

from tui.languages import Language
from tui.sandbox.base import Progress, SandboxUnavailable

BASE_IMAGE = "debian:bookworm-slim"
_STEP = re.compile(r"^Step (\d+)/(\d+) : (.*)")
log = logging.getLogger(__name__)


def image_exists(api: docker.APIClient, tag: str) -> bool:
    try:
        api.inspect_image(tag)
        return True
    except docker.errors.ImageNotFound:
        return False


def _base_missing(api: docker.APIClient) -> bool:
    try:
        return not image_exists(api, BASE_IMAGE)
    except (APIError, DockerException):
        return False


def build_context(language: Language) -> io.BytesIO:
    """The language's folder plus the launcher's source, as a tar."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for path in language.build_files():
            tar.add(path, arcname=path.name)
    buf.seek(0)
    return buf


def build_image(api: docker.APIClient, language: Language, progress: Progress | None = None) -> None:
    """Builds the language's image, reporting each Dockerfile step."""
    tag = language.image
    say = progress or (lambda line, fraction: None)
    say(f"building image {tag} for {language.name}", 0.0)
    log.info("image build: %s for %s from %s", tag, language.id, language.folder)
    started = time.monotonic()
    lines: list[str] = []
    try:
        for chunk in api.build(
            fileobj=build_context(language),
            custom_context=True,
            tag=tag,
            rm=True,
            forcerm=True,
            decode=True,
            labels={"proctorx": "1", "proctorx.language": language.id},
        ):
            if "error" in chunk:
                raise BuildError(chunk["error"], lines)
            line = (chunk.get("stream") or "").strip()
            if not line:
                continue
            lines.append(line)
            log.debug("image build: %s: %s", language.id, line)
            step = _STEP.match(line)
            if step:
                done, total = int(step.group(1)), int(step.group(2))
                say(f"{language.id}: step {done}/{total}: {step.group(3)[:60]}", (done - 1) / total)
    except (BuildError, APIError, DockerException) as exc:
        tail = "\n".join(lines[-15:])
        hint = ""
        if _base_missing(api):
            hint = (
                f"\nThe base image {BASE_IMAGE} is missing: `docker pull {BASE_IMAGE}` where a registry is reachable, "
                "or load runner images saved on another machine: `proctorx images load FILE`."
            )
        log.error("image build: %s failed: %s%s\n%s", tag, exc, hint, "\n".join(lines[-40:]))
        raise SandboxUnavailable(f"the image for {language.name} could not be built: {exc}{hint}\n{tail}") from None
    log.info("image build: %s built in %.1f s", tag, time.monotonic() - started)
    say(f"built {tag}", 1.0)


class ArchiveError(Exception):
    """A file that can't be used as an image archive: the message says why."""


def image_size(api: docker.APIClient, tag: str) -> int:
    return int(api.inspect_image(tag).get("Size") or 0)


def save_images(api: docker.APIClient, tags: list[str], path: Path, progress: Progress | None = None) -> int:
    """Writes the images to one archive (the engine's `docker save` format, so
    `docker load` reads it too); gzip-compressed when the name ends in .gz or
    .tgz.  Written beside the target and renamed at the end, so a failure never
    leaves half an archive.  Returns the bytes the engine sent."""
    say = progress or (lambda line, fraction: None)
    expected = sum(image_size(api, tag) for tag in tags) or 1
    # The SDK's get_image takes one name; the endpoint itself takes several,
    # so images that share layers store them once.  APIClient is a requests
    # Session: its get() with the SDK's own base URL and API version.
    url = f"{api.base_url}/v{api.api_version}/images/get"
    partial = path.with_name(path.name + ".part")
    sent = 0
    log.info("images save: %s to %s", ", ".join(tags), path)
    started = time.monotonic()
    try:
        response = api.get(url, params={"names": tags}, stream=True, timeout=None)
        if response.status_code != 200:
            raise APIError(f"{response.status_code} {response.reason}: {response.text[:300]}")
        opener = gzip.open(partial, "wb", compresslevel=1) if path.suffix in (".gz", ".tgz") else open(partial, "wb")  # noqa: SIM115
        with opener as out:
            for chunk in response.iter_content(1024 * 1024):
                out.write(chunk)
                sent += len(chunk)
                say(f"saving {len(tags)} image(s): {sent / 1e6:.0f} MB", min(sent / expected, 1.0))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("images save: %s written, %.0f MB from the engine in %.1f s", path, sent / 1e6, time.monotonic() - started)
    return sent


def check_archive(path: Path) -> None:
    """Raises ArchiveError for a file that can't be an image archive, before
    the engine is asked (its own errors say little)."""
    if not path.exists():
        raise ArchiveError(f"{path}: no such file")
    if not path.is_file():
        raise ArchiveError(f"{path}: is a folder, not an image archive")
    try:
        is_tar = tarfile.is_tarfile(path)
    except OSError as exc:
        raise ArchiveError(f"{path}: can't be read ({exc.strerror or exc})") from None
    if not is_tar:
        raise ArchiveError(f"{path}: is not an image archive (a tar, or a .tar.gz, made by `proctorx images save`)")


def load_images(api: docker.APIClient, path: Path, progress: Progress | None = None) -> list[str]:
    """Sends the archive to the engine; returns the tags it loaded.  The engine
    unpacks gzip itself, so the file goes as it is, streamed."""
    check_archive(path)
    say = progress or (lambda line, fraction: None)
    total = path.stat().st_size or 1

    def chunks():
        done = 0
        with path.open("rb") as f:
            while chunk := f.read(1024 * 1024):
                done += len(chunk)
                say(f"loading {path.name}: {done / 1e6:.0f} MB", min(done / total, 1.0))
                yield chunk

    log.info("images load: %s (%.0f MB)", path, total / 1e6)
    loaded: list[str] = []
    try:
        for message in api.load_image(chunks()):
            if "error" in message:
                raise ArchiveError(f"{path}: is not an image archive the engine can load ({message['error']})")
            text = (message.get("stream") or "").strip()
            if text.startswith(("Loaded image:", "Loaded image ID:")):
                loaded.append(text.split(":", 1)[1].strip())
    except APIError as exc:  # the engine refused the archive itself (connection errors pass on)
        raise ArchiveError(f"{path}: is not an image archive the engine can load ({exc.explanation or exc})") from None
    if not loaded:
        raise ArchiveError(f"{path}: holds no image (is it an archive made by `proctorx images save`?)")
    log.info("images load: %s gave %s", path, ", ".join(loaded))
    return loaded
