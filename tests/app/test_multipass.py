"""A multi-pass problem in the app, against the real Docker engine: the
details screen shows each pass with its input, output and feedback, and a
hidden test still only its verdict."""

from __future__ import annotations

import pytest

from tests.app.helpers import SIZE, wait_for
from tests.app.test_interactive import quit_leaving_no_container, run_all, sections
from tui.app import ProctorXApp
from tui.app.screens import DetailsScreen
from tui.cli.app import resolve
from tui.resources import problems_dir

pytestmark = pytest.mark.docker
PROBLEM = problems_dir() / "bit-relay"


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
