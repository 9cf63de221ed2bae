"""Stress testing from the app against the real engine: ctrl+g, a generator,
the reference solution as the brute; the failing round shown in full, then
made a custom test with one key."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.app.helpers import SIZE, table_column, wait_for
from tests.app.test_run_docker import BUILD_S, make, wait_for_engine
from tests.integration.test_stress import GEN_SMALL, GEN_SOMETIMES_LARGE, OVERFLOW, PROBLEM
from tui.app import widgets
from tui.app.screens.problem import ProblemScreen
from tui.app.screens.stress import StressScreen

pytestmark = pytest.mark.docker


async def open_stress(pilot, generator: str, runs: str = "100", brute: str = "") -> StressScreen:
    await pilot.press("ctrl+g")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, StressScreen))
    screen = pilot.app.screen
    screen.query_one("#stress-generator").value = generator
    screen.query_one("#stress-brute").value = brute
    screen.query_one("#stress-runs").value = runs
    screen.query_one("#stress-seed").value = "2"
    return screen


def progress(screen) -> str:
    return str(screen.query_one("#stress-progress").content)


async def test_ctrl_g_finds_the_overflow_and_ctrl_n_makes_it_a_custom_test(data_dir, tmp_path):
    generator = tmp_path / "gen.py"
    generator.write_text(GEN_SOMETIMES_LARGE)
    app = make(data_dir, OVERFLOW)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_engine(pilot)
        problem_screen = app.screen
        tests = len(problem_screen.problem.tests)
        screen = await open_stress(pilot, str(generator))
        assert "your C++17 (g++ -O2) code" in str(screen.query_one("#stress-title").content)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.report is not None, timeout=BUILD_S)
        await pilot.pause()
        line = progress(screen)
        assert line.startswith("Round ") and ": Wrong Answer — line 1: expected '5000050000', got '705082704'" in line
        assert "ctrl+n adds it as a custom test" in line
        assert screen.query_one("#stress-expected").border_title == "Expected (the brute's output)"
        assert "5000050000" in str(screen.query_one("#stress-expected .section-body").content)
        assert "705082704" in str(screen.query_one("#stress-actual .section-body").content)
        assert "First difference at line 1" in str(screen.query_one("#stress-diff .section-body").content)
        shown = "\n".join(str(w.content) for w in screen.query(Static))
        assert "705082704" in shown and "lastOk" not in shown  # the reference's code stays hidden
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: isinstance(app.screen, ProblemScreen))
        table = problem_screen.query_one(widgets.TestTable)
        assert table.row_count == tests + 1
        assert app.store.custom_tests("bounded-subarrays")[0].expected == "5000050000\n"
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: not problem_screen.running, timeout=120)
        await pilot.pause()
        assert table_column(table, "status")[-1] == "❌ Wrong Answer"
        await pilot.press("ctrl+q")


async def test_stress_rounds_that_agree_and_a_stop_key(data_dir, tmp_path):
    generator = tmp_path / "gen.py"
    generator.write_text(GEN_SMALL)
    app = make(data_dir, PROBLEM / "solutions" / "solution.py")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_engine(pilot)
        screen = await open_stress(pilot, str(generator), runs="5")
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.report is not None, timeout=BUILD_S)
        await pilot.pause()
        assert progress(screen).startswith("All 5 rounds agree (seeds 2–6")
        screen.query_one("#stress-runs").value = "100000"
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.rounds >= 2, timeout=120)
        await pilot.press("escape")  # stops
        await wait_for(pilot, lambda: not screen.running, timeout=60)
        await pilot.pause()
        assert progress(screen).startswith("Stopped after ")
        assert isinstance(app.screen, StressScreen)
        await pilot.press("escape")  # and goes back
        await wait_for(pilot, lambda: isinstance(app.screen, ProblemScreen))
        # Remembered for the next time.
        assert app.store.state("stress")["bounded-subarrays"]["generator"] == str(generator)
        await pilot.press("ctrl+q")
