"""A multi-pass problem in the app, against the real Docker engine: the
details screen shows each pass with its input, output and feedback, and a
hidden test still only its verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App

import tui.app.app as app_module
from tests.app.helpers import SIZE, wait_for
from tests.app.test_interactive import quit_leaving_no_container, run_all, sections
from tests.conftest import FIXTURES
from tui import packages
from tui.app import ProctorXApp
from tui.app.screens import DetailsScreen
from tui.app.widgets.test_table import Row
from tui.cli.app import resolve
from tui.judging.results import PassResult, TestResult
from tui.resources import problems_dir
from tui.sandbox.base import Exchange

PROBLEM = problems_dir() / "bit-relay"


@pytest.mark.docker
async def test_the_details_show_each_pass(data_dir):
    roots = [problems_dir()]
    wrong = PROBLEM / "submissions" / "wrong_answer" / "little-endian.py"
    app = ProctorXApp(roots, **resolve(roots, "bit-relay", wrong, None), data_dir=data_dir, jobs=2)
    async with app.run_test(size=SIZE) as pilot:
        await run_all(pilot)
        await pilot.press("f4", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), timeout=30)
        await pilot.pause()
        details = app.screen
        summary = str(details.query_one("#details-summary").content)
        assert "Wrong Answer" in summary and "pass 2: the note decoded wrongly: bit 2 is '1', not '0'" in summary
        assert "2 passes: the time is their total" in summary
        headings = [str(h.content) for h in details.query(".pass-heading")]
        assert [h.split("   ")[0] for h in headings] == ["Pass 1 of 2 · ✅ Accepted", "Pass 2 of 2 · ❌ Wrong Answer"]
        text = sections(details)
        # Pass 1 packs 1011 0001 lowest bit first (n, i); pass 2 gets that note back from the validator.
        assert (text["details-pass-1-input"], text["details-pass-1-output"]) == ("encode\n8\n10110001", "ni")
        assert text["details-pass-1-feedback"] == "(none)"
        assert (text["details-pass-2-input"], text["details-pass-2-output"]) == ("decode\n8\nni", "11011000")
        assert text["details-pass-2-feedback"] == "the note decoded wrongly: bit 2 is '1', not '0'"
        assert text["details-expected"] == "10110001"
        await pilot.press("n")  # a hidden test: its verdict, never its passes
        await wait_for(pilot, lambda: app.screen.query("#details-hidden"))
        assert not app.screen.query(".pass-heading") and "pass" not in str(app.screen.query_one("#details-summary").content)
        await quit_leaving_no_container(pilot)


async def test_an_interactive_multi_pass_test_shows_each_passs_exchange():
    """Judged for real in tests/integration/test_multipass.py; here only what
    the details screen makes of such a result, on its own."""
    problem = packages.load(FIXTURES / "kattis-interactive-multipass")
    talks = []
    for said, answer in ((b"3 3\n", b"6\n"), (b"6 2\n", b"13\n")):
        talk = Exchange()
        talk.add("interactor", said)
        talk.add("program", answer)
        talks.append(talk)
    passes = [
        PassResult(1, "AC", 9, 30, 7600, 0, None, b"3 3\n", b"6\n", b"", "3 doubled is 6", talks[0]),
        PassResult(2, "WA", 8, 28, 7700, 0, None, b"6 2\n", b"13\n", b"", "3 doubled is 6\n6 doubled is 12, not '13'", talks[1]),
    ]
    result = TestResult(1, "sample 1", False, "WA", 17, 58, 7700, 0, None, b"13\n", b"", "pass 2: ...", exchange=talks[1], passes=passes)
    rows = [Row(problem.tests[0], "done", result)]

    class Shown(App):
        CSS_PATH = Path(app_module.__file__).parent / "app.tcss"

        def on_mount(self) -> None:
            self.push_screen(DetailsScreen(problem, rows, 0, set()))

    app = Shown()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen))
        await pilot.pause()
        text = sections(app.screen)
        assert text["details-pass-1-exchange"] == "← 3 3\n→ 6"
        assert text["details-pass-2-exchange"] == "← 6 2\n→ 13"
        assert text["details-pass-2-input"] == "6 2"
        assert text["details-pass-2-feedback"] == "3 doubled is 6\n6 doubled is 12, not '13'"
