"""One test in full: its input, the expected and the actual output, stderr,
and a line diff pointing at the first difference; a multi-pass test's passes,
each with its input, output and feedback.  Hidden tests keep their data to
themselves: only the verdict, time and memory are shown."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.app.answers import ReferenceAnswered
from tui.app.widgets.diff_view import line_diff
from tui.app.widgets.test_table import Row, format_memory, format_time, kind_of, ran, status_text
from tui.judging import TestResult, Verdict
from tui.judging.results import PassResult
from tui.packages import Problem, TestCase
from tui.sandbox.base import Exchange

SHOW_LINES = 200
SHOW_CHARS = 20_000


def shown(data: bytes | None, empty: str = "(empty)") -> Text:
    """The start of a (possibly huge) text: at most SHOW_LINES lines and
    SHOW_CHARS characters, with a note of how much there is in all."""
    if data is None:
        return Text("(none)", style="dim italic")
    if not data:
        return Text(empty, style="dim italic")
    # Only the start is decoded for drawing (4 bytes per character at most);
    # the whole is decoded once, to count its characters, and dropped.
    head = data[: 4 * SHOW_CHARS + 8].decode("utf-8", "replace")[:SHOW_CHARS]
    total = len(head) if len(data) <= SHOW_CHARS else len(data.decode("utf-8", "replace"))
    lines = head.splitlines()
    body = Text("\n".join(lines[:SHOW_LINES]))
    if len(lines) > SHOW_LINES:
        body.append(f"\n… {total:,} characters in all: the first {SHOW_LINES} lines are shown", style="dim italic")
    elif total > SHOW_CHARS:
        body.append(f"\n… {total:,} characters in all: the first {SHOW_CHARS:,} are shown", style="dim italic")
    return body


def section(title: str, body: Text, id: str) -> Vertical:
    box = Vertical(Static(body, classes="section-body"), id=id, classes="section")
    box.border_title = title
    return box


class DetailsScreen(Screen):
    """One test of the panel; n and p walk through the others."""

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", id="details.close"),
        Binding("n,right", "move(1)", "Next test", id="details.next"),
        Binding("p,left", "move(-1)", "Previous test", id="details.previous"),
    ]

    def __init__(self, problem: Problem, rows: list[Row], position: int, unjudged: set[int], reveal_hidden: bool = False) -> None:
        """reveal_hidden: a hidden test is shown whole too (demo mode, whose runs bring it back whole)."""
        super().__init__()
        self.problem = problem
        self.rows = rows
        self.position = position
        self.unjudged = unjudged
        self.reveal_hidden = reveal_hidden

    @property
    def test(self) -> TestCase:
        return self.rows[self.position].test

    @property
    def result(self) -> TestResult | None:
        return self.rows[self.position].result

    @property
    def judged(self) -> bool:
        return self.test.index not in self.unjudged

    async def action_move(self, step: int) -> None:
        position = self.position + step
        if 0 <= position < len(self.rows):
            self.position = position
            await self.recompose()

    def summary(self) -> Text:
        test, result = self.test, self.result
        text = Text(f"Test {test.index} of {len(self.rows)} · {test.name} ({kind_of(test)})", style="bold")
        text.append("\n")
        if result is None:
            text.append("Not run yet: ctrl+r on the main screen runs it.", style="italic")
            return text
        colors = self.app.get_css_variables()
        text.append_text(status_text(result, self.judged, colors))
        if ran(result):
            wall = "" if result.wall_ms is None else f" (wall {result.wall_ms} ms)"  # a hidden test keeps it
            text.append(f"   time {format_time(result)}{wall}   memory {format_memory(result) or '—'}")
        if result.passes:
            count = len(result.passes)
            text.append(f"\n{count} pass{'es' if count > 1 else ''}: the time is their total, each held to the limit on its own")
        if result.rerun_alone:
            text.append("\nRun again alone: beside other tests it came near its time limit, so this is a run with nothing else running.")
        if isinstance(test, ReferenceAnswered):
            text.append("\nexpected: from the reference solution (this custom test had no expected output)", style="italic")
        if not self.judged and result.verdict in (Verdict.AC, Verdict.WA):
            text.append("\nThis custom test has no expected output: what your program printed is shown, not judged.")
        elif result.message and (self.reveal_hidden or not test.hidden):
            text.append(f"\n{result.message}")
        return text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="details"):
            yield Static(self.summary(), id="details-summary")
            if self.test.hidden and not self.reveal_hidden:
                yield Static(Text("This is a hidden test: its input and output are not shown.", style="italic"), id="details-hidden")
            else:
                yield from self.sections()
        yield Footer()

    def sections(self) -> ComposeResult:
        """WA leads with the diff; a crash leads with stderr, where its reason is."""
        if self.result is not None and self.result.passes:
            yield from self.pass_sections()
            return
        if self.problem.interactive:
            yield from self.interactive_sections()
            return
        test, result = self.test, self.result
        expected = test.expected() if self.judged else None
        program_ran = ran(result)
        stderr_first = program_ran and result.verdict in (Verdict.RE, Verdict.MLE, Verdict.TLE, Verdict.OLE) and bool(result.stderr.strip())
        if program_ran and result.verdict is Verdict.WA and expected is not None:
            diff = line_diff(expected, result.stdout, self.app.get_css_variables())
            yield section("Diff", diff, "details-diff")
        if stderr_first:
            yield section("Standard error", shown(result.stderr), "details-stderr")
        yield section("Input", shown(test.input()), "details-input")
        with Horizontal(id="details-outputs"):
            if self.judged:
                from_reference = isinstance(test, ReferenceAnswered)
                title = "Expected output — from the reference solution" if from_reference else "Expected output"
                yield section(title, shown(expected), "details-expected")
            actual = shown(result.stdout, "(no output)") if program_ran else Text("(not run)", style="dim italic")
            yield section("Your answer" if self.problem.submit_answer else "Your output", actual, "details-actual")
        if program_ran and not stderr_first and not self.problem.submit_answer:  # answers have no stderr
            yield section("Standard error", shown(result.stderr, "(nothing)"), "details-stderr")

    def interactive_sections(self) -> ComposeResult:
        """An interactive test has no output to compare: the exchange between
        the program and the interactor is shown instead, then the interactor's
        input."""
        test, result = self.test, self.result
        exchange = result.exchange if result is not None else None
        body = exchange_view(exchange, self.app.get_css_variables()) if ran(result) else Text("(not run)", style="dim italic")
        yield section("Exchange — → your program wrote, ← it read", body, "details-exchange")
        yield section("Input (the interactor's, not shown to your program)", shown(test.input()), "details-input")
        if ran(result):
            yield section("Standard error", shown(result.stderr, "(nothing)"), "details-stderr")

    def pass_sections(self) -> ComposeResult:
        """A multi-pass test, pass by pass: what the program got (the test's
        input, then what the validator wrote for it), what it gave (an
        interactive one: the exchange), and the validator's feedback."""
        test, result = self.test, self.result
        colors = self.app.get_css_variables()
        interactive = self.problem.interactive
        for one in result.passes:
            n = one.number
            yield Static(pass_heading(one, len(result.passes), colors), id=f"details-pass-{n}", classes="pass-heading")
            if interactive:
                yield section(
                    f"Pass {n} · exchange — → your program wrote, ← it read",
                    exchange_view(one.exchange, colors),
                    f"details-pass-{n}-exchange",
                )
                yield section(f"Pass {n} · the interactor's input", shown(one.stdin), f"details-pass-{n}-input")
            else:
                with Horizontal(classes="pass-io"):
                    yield section(f"Pass {n} · input", shown(one.stdin), f"details-pass-{n}-input")
                    yield section(f"Pass {n} · your output", shown(one.stdout, "(no output)"), f"details-pass-{n}-output")
            yield section(f"Pass {n} · feedback", shown(one.message.encode(), "(none)"), f"details-pass-{n}-feedback")
            if one.stderr.strip():
                yield section(f"Pass {n} · standard error", shown(one.stderr), f"details-pass-{n}-stderr")
        yield section("Answer file (the validator's, never shown to your program)", shown(test.expected()), "details-expected")


def pass_heading(one: PassResult, count: int, colors: dict[str, str]) -> Text:
    """`Pass 2 of 3 · ❌ Wrong Answer   time 11 ms   memory 7.7 MB`."""
    style = colors.get("text-success", "green") if one.verdict is Verdict.AC else colors.get("text-error", "red")
    text = Text(f"Pass {one.number} of {count} · ", style="bold")
    text.append(("✅ " if one.verdict is Verdict.AC else "❌ ") + one.verdict.label, style=f"bold {style}")
    memory = f"{one.memory_kb / 1024:.1f} MB" if one.memory_kb else "—"
    text.append(f"   time {one.time_ms} ms   memory {memory}")
    return text


def exchange_view(exchange: Exchange | None, colors: dict[str, str]) -> Text:
    """The exchange line by line, the program's lines apart from the interactor's."""
    if exchange is None or not exchange.chunks:
        return Text("(nothing was said)", style="dim italic")
    lines = exchange.lines()
    text = Text()
    styles = {"program": colors.get("accent", "cyan"), "judge": colors.get("secondary", "magenta")}
    for number, (who, line) in enumerate(lines[:SHOW_LINES]):
        if number:
            text.append("\n")
        text.append("→ " if who == "program" else "← ", style=f"bold {styles[who]}")
        text.append(line[:SHOW_CHARS])
    if len(lines) > SHOW_LINES:
        text.append(f"\n… {len(lines):,} lines in all: the first {SHOW_LINES} are shown", style="dim italic")
    if exchange.truncated:
        text.append(f"\n… the exchange went on: {exchange.limit // 1024} KiB each way are recorded", style="dim italic")
    return text
