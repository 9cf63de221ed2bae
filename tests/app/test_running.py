"""Running against the fake sandbox: the banner, the rows, details, custom
tests, cancelling.  The same flow against the real engine is in
test_run_docker.py; these pin down what the screen says."""

from __future__ import annotations

from tests.app.helpers import SIZE, table_column, wait_for
from tui.app import messages as msg
from tui.app import widgets
from tui.app.screens import ConfirmScreen, CustomTestScreen, DetailsScreen, ProblemScreen
from tui.app.store import CustomTest, Store
from tui.app.widgets import ResultBanner
from tui.judging import EventKind

RIGHT = "a, b = map(int, input().split())\nprint(a + b)\n"


async def run_and_wait(pilot, timeout: float = 10.0) -> ProblemScreen:
    screen = pilot.app.screen
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: not screen.running, timeout)
    await pilot.pause()
    return screen


async def test_all_pass_banner(make_app, solution):
    app = make_app(problem="add-two", solution=solution(RIGHT))
    async with app.run_test(size=SIZE) as pilot:
        screen = await run_and_wait(pilot)
        assert screen.query_one(ResultBanner).headline == "You have passed 3/3 tests"
        assert table_column(screen.query_one(widgets.TestTable), "status") == ["✅ Accepted"] * 3
        assert table_column(screen.query_one(widgets.TestTable), "time") == ["12 ms"] * 3
        assert table_column(screen.query_one(widgets.TestTable), "memory") == ["8.0 MB"] * 3


NAMES = {EventKind.TEST_STARTED: "TestStarted", EventKind.TEST_FINISHED: "TestFinished", EventKind.FINISHED: "RunFinished"}


async def test_rows_go_queued_running_finished_through_messages(make_app, solution, fake):
    seen: list[str] = []
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: hold\n"))

    def hook(message) -> None:
        if isinstance(message, msg.JudgeEvent) and message.event.kind in NAMES:
            seen.append(NAMES[message.event.kind])

    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        screen = app.screen
        await pilot.press("ctrl+r")
        table = screen.query_one(widgets.TestTable)
        await wait_for(pilot, lambda: any("running" in s for s in table_column(table, "status")))
        assert any(s == "· queued" for s in table_column(table, "status"))  # more tests than workers
        fake.release.set()
        await wait_for(pilot, lambda: not screen.running)
    assert seen.count("TestStarted") == 3 and seen.count("TestFinished") == 3
    assert seen[-1] == "RunFinished"


async def test_failures_and_the_first_one_named(make_app, solution):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: wrong-big\n"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await run_and_wait(pilot)
        banner = screen.query_one(ResultBanner)
        assert banner.headline == "You have passed 2/3 tests"
        assert banner.has_class("-failed")
        assert "test 3 (hidden 1): Wrong Answer" in str(banner.query_one("#banner-detail").content)
        assert table_column(screen.query_one(widgets.TestTable), "status")[2] == "❌ Wrong Answer"
    assert app.store.results()["add-two"].verdict == "WA"


async def test_runtime_error_names_the_signal(make_app, solution):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: crash\n"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await run_and_wait(pilot)
        assert table_column(screen.query_one(widgets.TestTable), "status")[0] == "❌ Runtime Error (SIGSEGV)"
        assert screen.query_one(ResultBanner).headline == "You have passed 0/3 tests"


async def test_compile_error_shows_the_compiler_message(make_app, solution):
    app = make_app(problem="add-two", solution=solution("int main() { /* fake: compile-error */ }\n", "main.c"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await run_and_wait(pilot)
        headline = screen.query_one(ResultBanner).headline
        assert headline.startswith("Compilation Error\n")
        assert "main.c:3:5: error: expected ';'" in headline
        assert table_column(screen.query_one(widgets.TestTable), "status") == ["❌ Compilation Error"] * 3
    assert app.store.results()["add-two"].verdict == "CE"


async def test_escape_cancels_a_run(make_app, solution, fake):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: hold\n"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("ctrl+r")
        table = screen.query_one(widgets.TestTable)
        await wait_for(pilot, lambda: any("running" in s for s in table_column(table, "status")))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not screen.running)
        assert screen.query_one(ResultBanner).headline.startswith("Run cancelled")
        assert "— cancelled" in table_column(table, "status")
        # The editor kept working, and escape is the editor's again.
        assert screen.check_action("cancel_run", ()) is False


async def test_typing_during_a_run_goes_to_the_editor(make_app, solution, fake):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: hold\n"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("ctrl+r")
        await pilot.press(*"# typed")
        assert screen.running
        assert "# typed" in screen.code()
        fake.release.set()
        await wait_for(pilot, lambda: not screen.running)
        assert screen.query_one(ResultBanner).headline == "You have passed 3/3 tests"


async def test_details_show_input_expected_actual_and_a_diff(make_app, solution):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: wrong\n"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await run_and_wait(pilot)
        await pilot.press("f4", "enter")
        await pilot.pause()
        details = app.screen
        assert isinstance(details, DetailsScreen)
        text = {box.id: str(box.query_one(".section-body").content) for box in details.query(".section")}
        assert text["details-input"] == "1 2"
        assert text["details-expected"] == "3"
        assert text["details-actual"] == "4"
        assert "First difference at line 1" in text["details-diff"]
        assert "▶-1 │ 3" in text["details-diff"] and "▶+1 │ 4" in text["details-diff"]
        await pilot.press("n")
        assert str(details.query_one("#details-input .section-body").content) == "5 7"
        await pilot.press("n")
        assert not details.query(".section")  # the hidden one
        await pilot.press("p", "p", "p")  # stops at the first
        assert str(details.query_one("#details-input .section-body").content) == "1 2"
        await pilot.press("escape")
        assert app.screen is screen


async def test_hidden_test_details_show_only_verdict_time_memory(make_app, solution):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: wrong\n"))
    async with app.run_test(size=SIZE) as pilot:
        await run_and_wait(pilot)
        await pilot.press("f4", "down", "down", "enter")
        await pilot.pause()
        details = app.screen
        summary = str(details.query_one("#details-summary").content)
        assert "hidden 1" in summary and "Wrong Answer" in summary and "12 ms" in summary and "8.0 MB" in summary
        assert "300" not in summary  # neither the expected answer...
        assert not details.query(".section")  # ...nor input or outputs


async def test_custom_tests_are_added_run_and_deleted(make_app, solution, data_dir):
    app = make_app(problem="add-two", solution=solution(RIGHT))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("ctrl+n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, CustomTestScreen)
        dialog.query_one("#custom-input").text = "40 2"
        dialog.query_one("#custom-expected").text = "42\n"
        await pilot.press("ctrl+s")
        await pilot.press("ctrl+n")
        await pilot.pause()
        app.screen.query_one("#custom-input").text = "1 1\n"
        await pilot.click("#custom-add")
        await pilot.pause()
        table = screen.query_one(widgets.TestTable)
        assert table_column(table, "name")[-2:] == ["custom 1", "custom 2"]
        assert table_column(table, "kind")[-2:] == ["custom", "custom"]
        assert Store(data_dir).custom_tests("add-two") == [CustomTest("40 2\n", "42\n"), CustomTest("1 1\n", None)]

        await run_and_wait(pilot)
        statuses = table_column(table, "status")
        assert statuses[-2:] == ["✅ Accepted", "▷ Ran, not judged"]
        # The one with an answer counts; the one without is shown only.
        assert screen.query_one(ResultBanner).headline == "You have passed 4/4 tests"

        await pilot.press("f4", "end")
        table.move_cursor(row=table.row_count - 1)
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "custom 2" in app.screen.question
        await pilot.press("enter")  # enter alone is on Cancel: nothing is lost
        await pilot.pause()
        assert table_column(table, "name")[-1] == "custom 2"
        await pilot.press("delete", "y")
        await pilot.pause()
        assert table_column(table, "name")[-1] == "custom 1"
        assert Store(data_dir).custom_tests("add-two") == [CustomTest("40 2\n", "42\n")]
        # A problem's own test can't be deleted.
        table.move_cursor(row=0)
        await pilot.press("delete")
        assert table.row_count == 4


async def test_quit_cancels_the_run_and_closes_the_sandbox(make_app, solution, fake):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: hold\n"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: fake.runs == 2)  # two workers busy, one test queued
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert fake.closed
    assert fake.runs < 3  # the queued tests never started


async def test_one_click_on_a_row_opens_its_details(make_app, solution):
    app = make_app(problem="add-two", solution=solution(RIGHT))
    async with app.run_test(size=SIZE) as pilot:
        screen = await run_and_wait(pilot)
        await pilot.click("#tests", offset=(5, 2))  # the second row
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen) and app.screen.test.name == "sample 2"
        await pilot.press("escape")
        await pilot.click("#tests", offset=(5, 2))  # the row the cursor is on: still one screen
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        await pilot.press("escape")
        assert app.screen is screen


def many_tests_problem(root, count: int):
    folder = root / "many" / "sums"
    (folder / "data" / "secret").mkdir(parents=True)
    (folder / "problem.yaml").write_text("title: Many Sums\ntime_limit: 1\n")
    (folder / "statement.md").write_text("Add two numbers.\n")
    for i in range(1, count + 1):
        (folder / "data" / "secret" / f"{i:02}.in").write_text(f"{i} {i}\n")
        (folder / "data" / "secret" / f"{i:02}.ans").write_text(f"{2 * i}\n")
    return folder.parent


async def test_a_long_run_scrolls_to_follow_its_rows_unless_the_user_is_in_them(make_app, solution, tmp_path):
    app = make_app(problem="sums", solution=solution(RIGHT), roots=[many_tests_problem(tmp_path, 40)])
    async with app.run_test(size=SIZE) as pilot:
        screen = await run_and_wait(pilot)
        table = screen.query_one(widgets.TestTable)
        assert screen.query_one(ResultBanner).headline == "You have passed 40/40 tests"
        assert table.scroll_y > 0, "the last rows to run were never brought into view"
        assert table.cursor_row == 0, "following the run must not move the cursor"
        # In the rows (f4), the user's place is kept.
        await pilot.press("f4")
        table.scroll_to(y=0, animate=False)
        await pilot.pause()
        await run_and_wait(pilot)
        assert table.scroll_y == 0
