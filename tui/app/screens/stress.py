"""Stress testing from the app: a generator and a brute (by default the
problem's reference solution) against the editor's code, round after round,
with a progress line and a stop key; the first failing round is shown in full
and one key makes it a custom test."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static

from tui.app.screens.details import section, shown
from tui.app.store import CustomTest
from tui.app.widgets.diff_view import line_diff
from tui.judging import Verdict
from tui.judging.reference import Source, read_source, reference_source
from tui.judging.stress_results import Status, StressEvent, StressEventKind, StressReport
from tui.languages import Language
from tui.packages import Problem
from tui.sandbox import SandboxUnavailable

HINT = "ctrl+r starts · esc stops, or goes back · the generator prints one input and gets the seed as its first argument"


@dataclass
class StressProgress(Message, bubble=False):
    run_id: int
    event: StressEvent


@dataclass
class StressFailed(Message, bubble=False):
    run_id: int
    error: str


class StressScreen(Screen[CustomTest | None]):
    """Dismissed with the failing round as a custom test (ctrl+n), or None."""

    BINDINGS = [
        Binding("ctrl+r", "start", "Start", id="stress.start"),
        Binding("escape", "stop_or_back", "Stop / back", id="stress.stop"),
        Binding("ctrl+n", "add_test", "Add as custom test", id="stress.add_test"),
    ]

    def __init__(self, problem: Problem, language: Language, code: str, reference_allowed: bool = True) -> None:
        super().__init__()
        self.problem, self.language, self.code = problem, language, code
        self.reference_allowed = reference_allowed
        self.run_id = 0
        self.cancel_event: threading.Event | None = None
        self.report: StressReport | None = None
        self.rounds = 0

    @property
    def running(self) -> bool:
        return self.cancel_event is not None

    def _remembered(self) -> dict:
        return self.app.store.state("stress", {}).get(self.problem.slug, {})

    def compose(self) -> ComposeResult:
        remembered = self._remembered()
        has_reference = self.reference_allowed and reference_source(self.problem) is not None
        brute_hint = "empty: the problem's reference solution" if has_reference else "required: a slow but sure solution of yours"
        with Vertical(id="stress"):
            yield Label(Text(f"Stress test · {self.problem.title} · your {self.language.name} code"), id="stress-title")
            with Horizontal(classes="stress-field"):
                yield Label("Generator", classes="stress-label")
                yield Input(remembered.get("generator", ""), placeholder="gen.py: prints one input, seed in argv[1]", id="stress-generator")
            with Horizontal(classes="stress-field"):
                yield Label("Brute", classes="stress-label")
                yield Input(remembered.get("brute", ""), placeholder=brute_hint, id="stress-brute")
            with Horizontal(classes="stress-field"):
                yield Label("Rounds", classes="stress-label")
                yield Input(str(remembered.get("runs", 100)), type="integer", id="stress-runs", classes="stress-number")
                yield Label("Seed", classes="stress-label")
                yield Input(str(remembered.get("seed", 1)), type="integer", id="stress-seed", classes="stress-number")
            yield Static(Text(HINT), id="stress-progress")
            yield VerticalScroll(id="stress-result")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#stress-generator", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "add_test":
            return True if self.report is not None and self.report.failure is not None and not self.running else None
        if action == "start":
            return None if self.running else True
        return True

    def progress(self, line: str, state: str = "") -> None:
        widget = self.query_one("#stress-progress", Static)
        widget.update(Text(line))
        for name in ("running", "passed", "failed", "error"):
            widget.set_class(name == state, f"-{name}")

    # ---- starting and stopping ---------------------------------------------
    def _sources(self) -> tuple[Source, Source, int, int] | str:
        """The generator, the brute, rounds and seed from the form; a line saying why not."""
        generator_text = self.query_one("#stress-generator", Input).value.strip()
        brute_text = self.query_one("#stress-brute", Input).value.strip()
        runs_text = self.query_one("#stress-runs", Input).value.strip()
        seed_text = self.query_one("#stress-seed", Input).value.strip()
        if not generator_text:
            return "Name the generator's file: a program that prints one input, given the seed as its first argument."
        try:
            runs, seed = int(runs_text or "100"), int(seed_text or "1")
        except ValueError:
            return "Rounds and seed are whole numbers."
        if runs < 1:
            return "Rounds: at least 1."
        try:
            generator = read_source("generator", Path(generator_text).expanduser())
            if brute_text:
                brute = read_source("brute", Path(brute_text).expanduser())
            elif not self.reference_allowed:
                return "Here the reference solution can't be the brute: name a brute of your own."
            else:
                brute = reference_source(self.problem)
                if brute is None:
                    return "This problem ships no reference solution: name a brute of your own."
        except ValueError as exc:
            return str(exc)
        settings = self.app.store.state("stress", {})
        settings[self.problem.slug] = {
            "generator": str(Path(generator_text).expanduser().resolve()),
            "brute": str(Path(brute_text).expanduser().resolve()) if brute_text else "",
            "runs": runs,
            "seed": seed,
        }
        self.app.store.set_state("stress", settings)
        return generator, brute, runs, seed

    def action_start(self) -> None:
        if self.running:
            return
        chosen = self._sources()
        if isinstance(chosen, str):
            self.progress(chosen, "error")
            return
        generator, brute, runs, seed = chosen
        self.run_id += 1
        self.cancel_event = threading.Event()
        self.report, self.rounds = None, 0
        self.query_one("#stress-result", VerticalScroll).remove_children()
        self.progress("Compiling the solution, the generator and the brute… (esc stops)", "running")
        self.refresh_bindings()
        solution = Source("solution", self.language, self.code, "your code")
        self._stress(self.run_id, solution, generator, brute, runs, seed, self.cancel_event)

    def action_stop_or_back(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.progress("Stopping: the rounds in flight end and their containers go…", "running")
        else:
            self.dismiss(None)

    @work(thread=True, group="stress", exit_on_error=False)
    def _stress(self, run_id: int, solution: Source, generator: Source, brute: Source, runs: int, seed: int, cancel) -> None:
        """A thin worker: the runner stress-tests, the screen hears of each step."""
        runner = self.app.runner
        while not runner.ready.wait(0.2):
            if cancel.is_set():
                self.post_message(StressFailed(run_id, "stopped"))
                return
        if not runner.available:
            runner.open()

        def on_event(event: StressEvent) -> None:
            self.post_message(StressProgress(run_id, event))

        try:
            runner.stress(self.problem, solution, generator, brute, runs, seed, on_event, cancel)
        except SandboxUnavailable as exc:
            lines = str(exc).strip().splitlines() or ["the sandbox is not available"]
            self.post_message(StressFailed(run_id, lines[0]))
        except Exception as exc:  # a bug of ours: say so instead of hanging on "running"
            self.post_message(StressFailed(run_id, f"internal error while stress testing: {exc!r}"))

    # ---- what the run says --------------------------------------------------
    def on_stress_failed(self, message: StressFailed) -> None:
        if message.run_id == self.run_id:
            self.cancel_event = None
            self.refresh_bindings()
            self.progress(f"Could not stress test: {message.error}", "error")

    def on_stress_progress(self, message: StressProgress) -> None:
        if message.run_id != self.run_id:
            return
        event = message.event
        if event.kind is StressEventKind.CHECKING_BRUTE:
            self.progress("Checking your brute on the problem's samples… (esc stops)", "running")
        elif event.kind is StressEventKind.ROUND:
            self.rounds = event.rounds
            if not self.cancel_event.is_set():
                self.progress(f"Round {event.rounds} agrees · {event.rate:.1f} rounds/s · esc stops", "running")
        elif event.kind is StressEventKind.FINISHED:
            self.cancel_event = None
            self.report = event.report
            self.refresh_bindings()
            self._show(event.report)

    def _show(self, report: StressReport) -> None:
        if report.status is Status.PASSED:
            line = f"All {report.rounds} rounds agree (seeds {report.seed}–{report.seed + report.rounds - 1}, {report.rate:.1f} rounds/s)"
            self.progress(line + (f" · note: {report.note}" if report.note else ""), "passed")
        elif report.status is Status.CANCELLED:
            self.progress(f"Stopped after {report.rounds} agreeing rounds · ctrl+r starts again", "")
        elif report.status is Status.ERROR:
            compiled = report.compile.get("solution")
            self.progress(report.error or "the stress test could not run", "error")
            result = self.query_one("#stress-result", VerticalScroll)
            if compiled is not None and not compiled.ok:
                result.mount(section("Compiler output", Text(compiled.output.strip()), "stress-compile"))
            elif report.error_input is not None:
                result.mount(section(f"Input of round {report.error_round}", shown(report.error_input), "stress-input"))
        else:
            self._show_failure(report)

    def _show_failure(self, report: StressReport) -> None:
        failure = report.failure
        result = failure.result
        detail = f" — {result.message}" if result.message else ""
        line = f"Round {failure.round} (seed {failure.seed}): {result.label}{detail}"
        self.progress(line + f" · found after {report.rounds} agreeing rounds · ctrl+n adds it as a custom test", "failed")
        colors = self.app.get_css_variables()
        parts = []
        if result.verdict is Verdict.WA:
            diff = line_diff(failure.expected, result.stdout, colors)
            parts.append(section("Diff", diff, "stress-diff"))
        # The outputs before the input, which may be megabytes.
        parts.append(
            Horizontal(
                section("Expected (the brute's output)", shown(failure.expected, "(nothing)"), "stress-expected"),
                section("Your output", shown(result.stdout, "(no output)"), "stress-actual"),
                id="stress-outputs",
            )
        )
        if result.stderr.strip():
            parts.append(section("Your standard error", shown(result.stderr), "stress-stderr"))
        parts.append(section("Input", shown(failure.input), "stress-input"))
        self.query_one("#stress-result", VerticalScroll).mount_all(parts)

    def action_add_test(self) -> None:
        if self.report is None or self.report.failure is None or self.running:
            return
        failure = self.report.failure
        expected = failure.expected.decode("utf-8", "replace") if failure.expected.strip() else None
        self.dismiss(CustomTest(failure.input.decode("utf-8", "replace"), expected))
