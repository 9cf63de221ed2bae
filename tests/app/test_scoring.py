"""A scoring problem in the app: a section per test group with its score out
of its maximum, the total in the banner, and on_reject: break's rows not run
(against the fake sandbox; the grading rules are in tests/unit/test_grading.py)."""

from __future__ import annotations

from pathlib import Path

from tests.app.helpers import SIZE, table_column, wait_for
from tui.app import widgets
from tui.app.screens import DetailsScreen
from tui.app.widgets import ResultBanner

SCORING = Path(__file__).resolve().parent / "fixtures" / "scoring"
RIGHT = "print(sum(map(int, input().split())))\n"


async def run(pilot):
    screen = pilot.app.screen
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: not screen.running)
    await pilot.pause()
    return screen


async def test_a_section_per_group_before_the_run(make_app, solution):
    app = make_app(problem="add-up", solution=solution(RIGHT), roots=[SCORING])
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(widgets.TestTable)
        assert table_column(table, "name") == [
            "sample",
            "sample 1",
            "secret",
            "secret/1-small",
            "hidden 1",
            "hidden 2",
            "secret/2-large",
            "hidden 3",
            "hidden 4",
            "hidden 5",
        ]
        status = table_column(table, "status")
        assert [status[i] for i in (0, 2, 3, 6)] == ["—/0", "—/100", "—/40", "—/60"]
        del pilot


async def test_full_marks(make_app, solution):
    app = make_app(problem="add-up", solution=solution(RIGHT), roots=[SCORING])
    async with app.run_test(size=SIZE) as pilot:
        screen = await run(pilot)
        assert screen.query_one(ResultBanner).headline == "Score 100/100 · Accepted · passed 6/6 tests"
        status = table_column(screen.query_one(widgets.TestTable), "status")
        assert [status[i] for i in (2, 3, 6)] == ["100/100", "40/40", "60/60"]


async def test_a_partial_score_and_the_group_that_stopped(make_app, solution):
    app = make_app(problem="add-up", solution=solution(RIGHT + "# fake: wrong-big\n"), roots=[SCORING])
    async with app.run_test(size=SIZE) as pilot:
        screen = await run(pilot)
        banner = screen.query_one(ResultBanner)
        assert banner.headline == "Score 40/100 · Accepted · passed 3/6 tests"
        assert "test 4 (hidden 3): Wrong Answer" in str(banner.query_one("#banner-detail").content)
        table = screen.query_one(widgets.TestTable)
        status = table_column(table, "status")
        assert status[2:10] == ["40/100", "40/40", "✅ Accepted", "✅ Accepted", "0/60", "❌ Wrong Answer", "— Not Run", "— Not Run"]
        # The cursor waits on the first failure; enter shows that test, not the row above it.
        assert table.current_test().test.index == 4
        table.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        assert app.screen.rows[app.screen.position].test.name == "hidden 3"
