"""Building the runner images from images/<lang>/ through the Engine API."""

from __future__ import annotations

import io
import re
import tarfile

import docker
from docker.errors import APIError, BuildError, DockerException

from tui.languages import Language
from tui.sandbox.base import Progress, SandboxUnavailable

BASE_IMAGE = "debian:bookworm-slim"
_STEP = re.compile(r"^Step (\d+)/(\d+) : (.*)")


def image_exists(api: docker.APIClient, tag: str) -> bool:
    try:
        api.inspect_image(tag)
        return True
    except docker.errors.ImageNotFound:
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
    log: list[str] = []
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
                raise BuildError(chunk["error"], log)
            line = (chunk.get("stream") or "").strip()
            if not line:
                continue
            log.append(line)
            step = _STEP.match(line)
            if step:
                done, total = int(step.group(1)), int(step.group(2))
                say(f"{language.id}: step {done}/{total}: {step.group(3)[:60]}", (done - 1) / total)
    except (BuildError, APIError, DockerException) as exc:
        tail = "\n".join(log[-15:])
        hint = ""
        if "pull access denied" in str(exc) or "not found" in str(exc) and BASE_IMAGE in str(exc):
            hint = f"\nThe base image {BASE_IMAGE} is missing: `docker pull {BASE_IMAGE}`."
        raise SandboxUnavailable(f"the image for {language.name} could not be built: {exc}{hint}\n{tail}") from None
    say(f"built {tag}", 1.0)
