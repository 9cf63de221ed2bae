"""What one run may use: shared by the problem (which sets it) and the sandbox
(which enforces it)."""

from __future__ import annotations

from dataclasses import dataclass, replace

DEFAULT_TIME_S = 2.0
DEFAULT_MEMORY_MB = 256
DEFAULT_OUTPUT_MB = 8


@dataclass(frozen=True)
class Limits:
    time_s: float = DEFAULT_TIME_S  # CPU time
    memory_mb: int = DEFAULT_MEMORY_MB
    output_mb: float = DEFAULT_OUTPUT_MB
    # Whether the program may create or change files in its working folder
    # (2025-09 `allow_writing_files`, false by default there; older formats: yes).
    writable: bool = True

    @property
    def wall_s(self) -> float:
        # A sleeping or blocked program uses no CPU: it is stopped at a few
        # times the CPU limit instead, and that is TLE too.
        return max(3 * self.time_s, self.time_s + 2.0)

    @property
    def output_bytes(self) -> int:
        return int(self.output_mb * 1024 * 1024)

    def scaled(self, factor: float) -> Limits:
        """The time limit as applied on a machine `factor` times slower than
        the one the problem was written on (proctorx calibrate)."""
        return self if factor == 1 else replace(self, time_s=round(self.time_s * factor, 3))


COMPILE_LIMITS = Limits(time_s=30.0, memory_mb=1024, output_mb=64)
VALIDATOR_LIMITS = Limits(time_s=10.0, memory_mb=1024, output_mb=8)
