"""How a program is run in isolation: the Sandbox protocol and its makers."""

from __future__ import annotations

from tui.sandbox.base import CompileResult, Program, Progress, RunResult, Sandbox, SandboxUnavailable

__all__ = ["CompileResult", "Program", "Progress", "RunResult", "Sandbox", "SandboxUnavailable", "open_sandbox"]


def open_sandbox(kind: str = "docker", jobs: int = 2, warm_depth: int | None = None) -> Sandbox:
    """The sandbox the user asked for.  Docker never silently falls back to
    local: a missing engine raises SandboxUnavailable with the fix."""
    if kind == "local":
        from tui.sandbox.local import LocalSandbox

        return LocalSandbox()
    if kind != "docker":
        raise SandboxUnavailable(f"unknown sandbox {kind!r}: use docker or local")
    from tui.sandbox.docker import DockerSandbox

    sandbox = DockerSandbox(jobs=jobs, warm_depth=warm_depth)
    sandbox.cleanup_leftovers()
    return sandbox
