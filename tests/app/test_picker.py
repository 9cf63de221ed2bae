"""Launching the app and picking a problem."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tests.app.helpers import PROBLEMS, SIZE, table_column
from tui.app.screens import PickerScreen, ProblemScreen
from tui.app.widgets import CodeEditor


async def test_launch_without_a_problem_shows_the_picker(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        table = app.screen.query_one("#picker-table", DataTable)
        assert table_column(table, "title") == ["Add Two", "Reverse Words"]
        assert table_column(table, "difficulty") == ["easy", "medium"]
        assert table_column(table, "tests") == ["2 + 1", "1 + 0"]
        assert "math, implementation" in table_column(table, "tags")


async def test_launch_with_a_problem_and_solution_opens_it(make_app, solution):
    path = solution("print(sum(map(int, input().split())))\n")
    app = make_app(problem="add-two", solution=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        assert app.screen.language.id == "python"
        assert app.screen.query_one(CodeEditor).text == path.read_text()
        # Back to the list the app would have opened on.
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, PickerScreen)


async def test_filter_as_you_type_then_enter_opens(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#picker-table", DataTable)
        await pilot.press(*"str")
        assert table_column(table, "title") == ["Reverse Words"]
        await pilot.press("escape")
        assert app.screen.query_one("#picker-filter", Input).value == ""
        assert table.row_count == 2
        await pilot.press(*"easy")
        assert table_column(table, "title") == ["Add Two"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        assert app.screen.problem.slug == "add-two"


async def test_arrows_move_through_the_list_while_filtering(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen.problem.slug == "reverse-words"


async def test_the_last_verdict_feeds_the_picker(make_app, data_dir):
    from tui.app.store import Store

    Store(data_dir).record_result("add-two", "WA", 2, 3, "python")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#picker-table", DataTable)
        assert table_column(table, "state")[0] == "✗ attempted"
        assert table_column(table, "last")[0] == "Wrong Answer 2/3"
        Store(data_dir).record_result("add-two", "AC", 3, 3, "python")
        app.screen.refill()
        assert table_column(table, "state")[0] == "✅ solved"
        assert table_column(table, "last")[0] == "Accepted 3/3"


async def test_broken_packages_are_listed_not_fatal(make_app, tmp_path):
    broken = tmp_path / "more" / "broken"
    broken.mkdir(parents=True)
    (broken / "problem.yaml").write_text("title: [unclosed\n")
    app = make_app(roots=[tmp_path / "more", PROBLEMS])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        info = str(app.screen.query_one("#picker-info").content)
        assert "1 problem folder could not be loaded" in info
        assert "broken/problem.yaml" in info
        assert app.screen.query_one("#picker-table", DataTable).row_count == 2
