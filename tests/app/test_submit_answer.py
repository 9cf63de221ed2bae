"""A submit-answer problem in the app: the editor holds the answer to the
test chosen (the menu above it, or the row in the table), each answer is a
file of the data folder, ctrl+r judges them all, and an exam's log keeps
them.  The sums problem compares in-process (the fake sandbox runs nothing
either way); the factors problem's output validator runs on the real engine."""

from __future__ import annotations

import json

import pytest
from textual.widgets import Select, Static

from tests.app.helpers import SIZE, table_column, wait_for
from tests.app.test_exam import log_lines, start
from tests.app.test_interactive import quit_leaving_no_container, run_all, sections
from tests.conftest import FIXTURES
from tests.integration.test_cli import proctorx
from tui.app import widgets
from tui.app.screens import DetailsScreen
from tui.app.widgets import CodeEditor, ResultBanner
from tui.judging.answers import unpack

SUMS = FIXTURES / "kattis-2025-submit-sums"
FACTORS = FIXTURES / "kattis-2025-submit-factors"


def answer_menu(screen) -> list[str]:
    return [str(prompt) for prompt, _ in screen.query_one("#language", Select)._options]


async def answer(pilot, key: str, text: str) -> None:
    """Chooses the test in the menu above the editor and types its answer."""
    screen = pilot.app.screen
    screen.query_one("#language", Select).value = key
    await wait_for(pilot, lambda: screen.sheet.current == key and screen.query_one(CodeEditor).has_focus)
    screen.query_one(CodeEditor).text = text
    await pilot.pause()


async def judged(pilot) -> None:
    screen = pilot.app.screen
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: not screen.running and screen.query_one(ResultBanner).headline.startswith("You have"), timeout=120)
    await pilot.pause()


async def test_the_editor_holds_one_answer_per_test_kept_as_files(make_app, data_dir):
    app = make_app(problem=str(SUMS))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert answer_menu(screen) == ["Answer to sample/1", "Answer to secret/01-negative", "Answer to secret/02-big"]
        assert str(screen.query_one("#answer-input", Static).content).splitlines()[-1] == "2 3"  # sample 1's input
        assert str(screen.query_one("#problem-meta", Static).content).startswith("Submit-answer")
        # No program runs: no custom tests, no language, the footer says what ctrl+l chooses.
        shown = {b.action: b.description for _, b, enabled, _ in screen.active_bindings.values() if enabled}
        assert shown.get("choose_answer") == "Test answered" and "choose_language" not in shown and "add_test" not in shown
        await answer(pilot, "sample/1", "5\n")
        await answer(pilot, "secret/02-big", "5\n")  # wrong: the sum is 1111111110
        assert "123456789 987654321" in str(screen.query_one("#answer-input", Static).content)
        # Moving in the table takes the editor to that test's answer.
        await pilot.press("f4")
        table = screen.query_one(widgets.TestTable)
        await pilot.press("down")
        await wait_for(pilot, lambda: screen.sheet.current == "secret/01-negative" and screen.query_one(CodeEditor).text == "")
        await pilot.press("up")
        await wait_for(pilot, lambda: screen.sheet.current == "sample/1")
        assert screen.query_one(CodeEditor).text == "5\n"
        await judged(pilot)
        assert table_column(table, "status") == ["✅ Accepted", "❌ Wrong Answer", "❌ Wrong Answer"]
        assert screen.query_one(ResultBanner).headline == "You have passed 1/3 tests"
    folder = data_dir / "answers" / "kattis-2025-submit-sums"
    assert (folder / "sample" / "1.ans").read_text() == "5\n" and (folder / "secret" / "02-big.ans").read_text() == "5\n"
    assert not (folder / "secret" / "01-negative.ans").exists()  # never written: judged as no answer

    # The next session opens with them, and the folder is a submission `proctorx judge` takes.
    app = make_app(problem=str(SUMS))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.query_one(CodeEditor).text == "5\n"
    result = proctorx("judge", str(SUMS), str(folder), "--json")
    assert [t["verdict"] for t in json.loads(result.stdout)["tests"]] == ["AC", "WA", "WA"]


async def test_a_run_of_answers_in_an_exam_is_logged_and_comes_back_on_another_machine(make_exam_app, tmp_path, data_dir):
    text = f"title: Lab exam\nproblems: [add-two, {SUMS}]\nduration: 90\nlanguages: [python]\n"
    app = make_exam_app(text=text)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await pilot.press("f8")  # the second problem
        await wait_for(pilot, lambda: app.screen is not screen and getattr(app.screen, "sheet", None) is not None)
        screen = app.screen
        await answer(pilot, "sample/1", "5\n")
        await answer(pilot, "secret/01-negative", "6\n")
        await judged(pilot)
        assert screen.query_one(ResultBanner).headline == "You have passed 2/3 tests"
    run = [r for r in log_lines(tmp_path) if r["event"] == "run"][-1]
    assert run["problem"] == "kattis-2025-submit-sums" and run["language"] == "answers" and (run["passed"], run["total"]) == (2, 3)
    from tui import packages

    assert unpack(packages.load(SUMS), run["code"]) == {1: b"5\n", 2: b"6\n", 3: None}

    # Another machine: the data folder is empty, the log holds the answers run last.
    for path in sorted(data_dir.rglob("*.ans"), reverse=True):
        path.unlink()
    app = make_exam_app(text=text)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "problem", None) is not None)
        await pilot.press("f8")
        await wait_for(pilot, lambda: getattr(app.screen, "sheet", None) is not None)
        screen = app.screen
        assert screen.query_one(CodeEditor).text == "5\n"
        screen.query_one("#language", Select).value = "secret/01-negative"
        await wait_for(pilot, lambda: screen.query_one(CodeEditor).text == "6\n")


@pytest.mark.docker
async def test_the_output_validator_judges_the_answers_typed(make_app, data_dir):
    from tui.app.app import ProctorXApp

    app = make_app(problem=str(FACTORS), sandbox=None)
    assert isinstance(app, ProctorXApp)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.runner.ready.is_set(), timeout=60)
        await answer(pilot, "sample/1", "2 3\n")
        await answer(pilot, "secret/01-seven-thirteen", "13 7\n")  # any order: the validator multiplies
        await answer(pilot, "secret/02-million", "1 1000000\n")  # 1 is no factor here
        await run_all(pilot)
        screen = app.screen
        assert table_column(screen.query_one(widgets.TestTable), "status") == ["✅ Accepted", "✅ Accepted", "❌ Wrong Answer"]
        assert screen.query_one(ResultBanner).headline == "You have passed 2/3 tests"
        await pilot.press("f4")
        screen.query_one(widgets.TestTable).move_cursor(row=0)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), timeout=30)
        await pilot.pause()
        text = sections(app.screen)
        assert "details-stderr" not in text and app.screen.query_one("#details-actual").border_title == "Your answer"
        assert (text["details-input"], text["details-actual"]) == ("6", "2 3")  # the answer, as the output it stands for
        await pilot.press("n", "n")  # a hidden test: its verdict only, not the validator's message
        await wait_for(pilot, lambda: app.screen.query("#details-hidden"))
        assert "both factors" not in str(app.screen.query_one("#details-summary").content)
        await pilot.press("escape")
        await quit_leaving_no_container(pilot)


@pytest.mark.docker
async def test_with_a_judge_server_the_answers_go_to_the_servers_copy(data_dir, tmp_path):
    """`proctorx --judge URL`: the server's problem names the tests as the
    package does, hides a hidden test's input, and judges the answers typed."""
    import shutil

    from tests.integration.services import JudgeServer
    from tui.app import ProctorXApp
    from tui.app.remote_runner import RemoteRunner
    from tui.cli.app import resolve

    library = tmp_path / "library"
    shutil.copytree(SUMS, library / SUMS.name)
    server = JudgeServer(tmp_path / "server", "--problems", str(library), "--jobs", "2").start()
    try:
        runner = RemoteRunner(server.url)
        runner.open()
        assert runner.available, runner.error
        roots = [tmp_path / "no-problems-here"]
        roots[0].mkdir()
        app = ProctorXApp(roots, **resolve(roots, SUMS.name, None, None, served=runner.problems), data_dir=data_dir, runner=runner)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = app.screen
            assert answer_menu(screen) == ["Answer to sample/1", "Answer to secret/01-negative", "Answer to secret/02-big"]
            await answer(pilot, "sample/1", "5\n")
            await answer(pilot, "secret/02-big", "1111111110\n")
            shown = str(screen.query_one("#answer-input", Static).content)
            assert shown == "The input of secret/02-big is a hidden test's: the judge server doesn't show it."
            await judged(pilot)
            assert table_column(screen.query_one(widgets.TestTable), "status") == ["✅ Accepted", "❌ Wrong Answer", "✅ Accepted"]
            assert screen.query_one(ResultBanner).headline == "You have passed 2/3 tests"
    finally:
        server.stop()
    assert server.containers() == []


async def test_a_demo_shows_the_packages_answer_submissions_and_never_the_users(data_dir, fake):
    """`proctorx demo`: the accepted answers first, then each wrong one (f6),
    judged as they are shipped; the user's own answers are neither read nor written."""
    import argparse

    from tui.app.demo_app import DemoApp
    from tui.app.store import Store
    from tui.cli.demo import resolve as resolve_demo

    Store(data_dir).save_answer(SUMS.name, "sample/1", "mine\n")  # the user's: not the room's
    roots, resolved = resolve_demo(argparse.Namespace(problem=str(SUMS), problems=FIXTURES, lang=None))
    app = DemoApp(roots, **resolved, sandbox=fake, data_dir=data_dir, jobs=2)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.screen.query(ResultBanner) and app.screen.query_one(ResultBanner).headline.startswith("You have"))
        screen = app.screen
        assert "accepted/all-right" in str(screen.query_one("#demo-showing").content)
        assert screen.query_one(CodeEditor).text == "5\n"  # the shipped answer, not the user's
        assert screen.query_one(ResultBanner).headline == "You have passed 3/3 tests"
        await pilot.press("f6")
        await wait_for(pilot, lambda: "wrong_answer/one-missing" in str(screen.query_one("#demo-showing").content))
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen), timeout=30)  # its first failure, opened for the room
        assert "no answer for this test: add secret/02-big.ans" in str(app.screen.query_one("#details-summary").content)
    assert Store(data_dir).load_answer(SUMS.name, "sample/1") == "mine\n"
    assert sorted(p.name for p in (data_dir / "answers" / SUMS.name).rglob("*.ans")) == ["1.ans"]
