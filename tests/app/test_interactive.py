"""An interactive problem in the app, against the real Docker engine: the
details screen shows the exchange instead of a diff, and a custom test gives
the interactor's input."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from tests.app.helpers import SIZE, wait_for
from tests.conftest import containers_of
from tui.app import ProctorXApp
from tui.app.screens import DetailsScreen
from tui.app.screens.custom_test import CustomTestScreen
from tui.cli.app import resolve
from tui.resources import problems_dir

pytestmark = pytest.mark.docker
PROBLEM = problems_dir() / "guess-the-number"


def make(data_dir, solution) -> ProctorXApp:
    roots = [problems_dir()]
    return ProctorXApp(roots, **resolve(roots, "guess-the-number", solution, None), data_dir=data_dir, jobs=2)


async def run_all(pilot) -> None:
    await wait_for(pilot, lambda: pilot.app.runner.ready.is_set(), timeout=60)
    assert pilot.app.runner.available, pilot.app.runner.error
    screen = pilot.app.screen
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: screen.running, timeout=30)
    await wait_for(pilot, lambda: not screen.running, timeout=600)
    await pilot.pause()


async def quit_leaving_no_container(pilot) -> None:
    """ctrl+q, as a user quits: the containers the app kept started for the
    next run (the interactor's too) go with it."""
    sandbox = pilot.app.runner.sandbox
    await pilot.press("ctrl+q")
    await wait_for(pilot, lambda: pilot.app.runner.sandbox is None, timeout=60)
    assert containers_of(sandbox) == []


def sections(details) -> dict[str, str]:
    return {box.id: str(box.query_one(".section-body").content) for box in details.query(".section")}


async def test_the_details_of_a_sample_show_the_exchange(data_dir):
    app = make(data_dir, PROBLEM / "solutions" / "solution.py")
    async with app.run_test(size=SIZE) as pilot:
        await run_all(pilot)
        await pilot.press("f4", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), timeout=30)
        await pilot.pause()
        details = app.screen
        text = sections(details)
        assert "Accepted" in str(details.query_one("#details-summary").content)
        # Sample 1: N = 10, the secret 7, asked about the middle each time.
        assert text["details-exchange"] == "← 10\n→ ? 5\n← >\n→ ? 8\n← <\n→ ? 6\n← >\n→ ? 7\n← ="
        assert text["details-input"] == "10 7"
        assert not details.query("#details-diff") and not details.query("#details-expected")
        await pilot.press("n")
        await wait_for(pilot, lambda: "details-exchange" in sections(app.screen) and "1000" in sections(app.screen)["details-exchange"])
        assert sections(app.screen)["details-exchange"].startswith("← 1000\n→ ? 500\n← <")
        await quit_leaving_no_container(pilot)


async def test_a_wrong_exchange_shows_the_interactors_message(data_dir, tmp_path):
    wrong = tmp_path / "wrong.py"
    wrong.write_text("input()\nprint('? 11', flush=True)\ninput()\n")
    app = make(data_dir, wrong)
    async with app.run_test(size=SIZE) as pilot:
        await run_all(pilot)
        await pilot.press("f4", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), timeout=30)
        await pilot.pause()
        summary = str(app.screen.query_one("#details-summary").content)
        assert "Wrong Answer" in summary and "question 1: 11 is outside 1 … 10" in summary
        assert sections(app.screen)["details-exchange"] == "← 10\n→ ? 11"
        await quit_leaving_no_container(pilot)


async def test_a_custom_test_gives_the_interactors_input(data_dir):
    app = make(data_dir, PROBLEM / "solutions" / "solution.py")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.runner.ready.is_set(), timeout=60)
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: isinstance(app.screen, CustomTestScreen))
        dialog = app.screen
        labels = " ".join(str(label.content) for label in dialog.query("Label"))
        assert "The interactor's input file" in labels and "answer file" in labels
        dialog.query_one("#custom-input", TextArea).text = "3 3\n"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, CustomTestScreen))
        await run_all(pilot)
        await pilot.press("f4", "end", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), timeout=30)
        await pilot.pause()
        details = app.screen
        assert "custom 1" in str(details.query_one("#details-summary").content)
        assert "Accepted" in str(details.query_one("#details-summary").content)
        assert sections(details)["details-exchange"] == "← 3\n→ ? 2\n← >\n→ ? 3\n← ="
        await quit_leaving_no_container(pilot)
