"""Spreading a class's submissions over several Docker engines.

Each engine (`unix://`, `tcp://`, `ssh://`, as the Docker SDK takes them)
judges with its own concurrency: `jobs` lanes, each a sandbox of its own
judging one submission at a time.  Every engine starts with its share of the
submissions and, once it is done, takes work from the engine with the most
left, so a fast engine never waits for a slow one.  An engine that stops
answering gives its submission back for the others.  Lanes on one engine
(even reached by two URLs) share its RunGate: a lone re-run is alone there.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.judging import Judge, Report, Verdict, calibration
from tui.judging.calibration import Calibration
from tui.judging.gate import RunGate
from tui.languages import Language
from tui.packages import Problem
from tui.sandbox.base import SandboxUnavailable


@dataclass
class Job:
    """One submission to judge: an opaque key for the caller, and what to run."""

    key: object
    problem: Problem
    language: Language
    code: str


@dataclass
class Outcome:
    job: Job
    report: Report | None
    engine: str  # the URL that judged it
    error: str = ""


@dataclass
class Engine:
    url: str
    jobs: int
    engine_id: str = ""
    name: str = ""
    version: str = ""
    calibration: Calibration | None = None
    error: str | None = None  # why it could not be used (or stopped being usable)
    graded: int = 0
    lanes: list = field(default_factory=list)  # one DockerSandbox per lane

    @property
    def factor(self) -> float:
        return self.calibration.factor if self.calibration else 1.0

    def describe_factor(self) -> str:
        return f"time limits {self.calibration.describe()}" if self.calibration else "time limits × 1 (not calibrated: proctorx calibrate)"


def connect(url: str, timeout: int = 60):
    """A Docker SDK client for the URL; ssh:// goes through the system's ssh."""
    import docker

    return docker.DockerClient(base_url=url, timeout=timeout, use_ssh_client=url.startswith("ssh://"))


def open_engine(url: str, jobs: int | None, languages: list[Language]) -> Engine:
    """Connects `jobs` lanes (default: the engine's CPU count) and builds the
    images the submissions need; an engine that can't be used has `error`."""
    from tui.sandbox.docker import ENGINE_ERRORS, DockerSandbox

    engine = Engine(url, jobs or 1)
    try:
        first = DockerSandbox(jobs=1, client=connect(url), warm_depth=2)
        info = first.client.info()
        engine.engine_id, engine.name, engine.version = str(info.get("ID", url)), str(info.get("Name", "?")), first.version
        engine.jobs = jobs or max(1, int(info.get("NCPU") or 1))
        engine.lanes.append(first)
        first.prepare(languages)
        first.cleanup_leftovers()
        for _ in range(engine.jobs - 1):
            engine.lanes.append(DockerSandbox(jobs=1, client=connect(url), warm_depth=2))
    except (SandboxUnavailable, *ENGINE_ERRORS) as exc:
        engine.error = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        close_engine(engine)
        return engine
    engine.calibration = calibration.lookup(f"docker:{engine.engine_id}")
    return engine


def close_engine(engine: Engine) -> None:
    for sandbox in engine.lanes:
        try:
            sandbox.close()
        except Exception:
            pass
    engine.lanes = []


def _answers(sandbox) -> bool:
    try:
        sandbox.client.ping()
        return True
    except Exception:
        return False


class Shares:
    """Each engine's share of the jobs (by its lanes), and stealing from the
    engine with the most left once an engine's own share is done."""

    def __init__(self, jobs: list[Job], weights: list[int]) -> None:
        self._lock = threading.Lock()
        self.queues: list[deque[Job]] = [deque() for _ in weights]
        order = [i for i, weight in enumerate(weights) for _ in range(max(1, weight))]
        for n, job in enumerate(jobs):
            self.queues[order[n % len(order)]].append(job)

    def take(self, engine: int) -> Job | None:
        with self._lock:
            if self.queues[engine]:
                return self.queues[engine].popleft()
            richest = max(range(len(self.queues)), key=lambda i: len(self.queues[i]))
            return self.queues[richest].pop() if self.queues[richest] else None

    def give_back(self, engine: int, job: Job) -> None:
        with self._lock:
            self.queues[engine].appendleft(job)

    def left(self) -> list[Job]:
        with self._lock:
            return [job for queue in self.queues for job in queue]


def judge_all(
    engines: list[Engine],
    jobs: list[Job],
    progress: Callable[[int, int, list[Engine]], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[list[Outcome], list[Job]]:
    """Judges every job on the usable engines; returns the outcomes and the
    jobs no engine could judge (all of them gone)."""
    cancel = cancel or threading.Event()
    usable = [e for e in engines if e.error is None and e.lanes]
    outcomes: list[Outcome] = []
    if not usable:
        return outcomes, list(jobs)
    shares = Shares(jobs, [e.jobs for e in usable])
    gates: dict[str, RunGate] = {}
    lock = threading.Lock()

    def lane(index: int, engine: Engine, sandbox) -> None:
        judge = Judge(sandbox, jobs=1, time_factor=engine.factor, gate=gates[engine.engine_id])
        while not cancel.is_set() and engine.error is None:
            job = shares.take(index)
            if job is None:
                return
            report, error = None, ""
            try:
                report = judge.judge(job.problem, job.language, job.code, cancel=cancel)
            except SandboxUnavailable as exc:
                error = str(exc)
            except Exception as exc:
                error = f"internal error while judging: {exc!r}"
            if cancel.is_set():
                shares.give_back(index, job)
                return
            failed = report is None or report.verdict is Verdict.IE or any(t.verdict is Verdict.IE for t in report.tests)
            if failed and not _answers(sandbox):
                engine.error = f"stopped answering while judging ({error or 'internal errors'})"
                shares.give_back(index, job)
                return
            with lock:
                outcomes.append(Outcome(job, report, engine.url, error))
                engine.graded += 1
                if progress is not None:
                    progress(len(outcomes), len(jobs), engines)

    for engine in usable:  # before any lane runs
        gates.setdefault(engine.engine_id, RunGate())
    threads = [
        threading.Thread(target=lane, args=(index, engine, sandbox), name=f"proctorx-grade-{index}-{n}", daemon=True)
        for index, engine in enumerate(usable)
        for n, sandbox in enumerate(engine.lanes)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, shares.left()
