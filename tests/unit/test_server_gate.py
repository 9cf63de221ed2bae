"""The server's shared sandbox (tui.server.gate): several judgements in
flight sum their warm hints per container spec instead of discarding each
other's containers.  A recording stand-in for the engine's pools: what is
checked is what the pools are told."""

from __future__ import annotations

from types import SimpleNamespace

from tui.limits import Limits
from tui.server.gate import SharedSandbox


class Pools:
    name = "docker"

    def __init__(self) -> None:
        self.told: list[list[tuple[str, int]]] = []

    def run_spec(self, program, limits, argv=None, collect=()):
        return (program.image, limits)

    def warm_many(self, runs) -> None:
        self.told.append([(r.program.image, r.count) for r in runs])

    def warm(self, program, limits, count) -> None:
        self.told.append([("main", count)])

    def run(self, *args, **kwargs):
        return "ran"


PY, CPP, LIMITS = SimpleNamespace(image="python"), SimpleNamespace(image="cpp"), Limits()


def test_hints_of_judgements_in_flight_are_summed_per_spec_and_end_with_them():
    pools = Pools()
    shared = SharedSandbox(pools, jobs=2)
    alice, bob, carol = shared.for_judgement(), shared.for_judgement(), shared.for_judgement()
    alice.warm(PY, LIMITS, 16)
    bob.warm(PY, LIMITS, 16)  # another student's Python: the same containers
    carol.warm(CPP, LIMITS, 4)
    assert pools.told[-1] == [("python", 32), ("cpp", 4)]  # the biggest gets the main pool
    for _ in range(10):
        assert alice.run(PY, b"", LIMITS) == "ran"
    carol.close()  # however it ended, its hints go
    assert pools.told[-1] == [("python", 22)]
    alice.warm(PY, LIMITS, 0)
    bob.close()
    assert pools.told[-2:] == [[("main", 0)], []]  # nothing coming: no container kept started
