"""Practice tools against the fake sandbox: one test at a time and the failed
ones, expected outputs from the reference solution, the user's own editor
(a stub script), and the --solution file reloaded when it changes on disk.
Stress testing against the real engine is in test_stress_docker.py."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from tests.app.helpers import PROBLEMS, SIZE, table_column, wait_for
from tui.app import widgets
from tui.app.screens import ConfirmScreen, DetailsScreen
from tui.app.store import CustomTest
from tui.app.widgets import ResultBanner

RIGHT = "a, b = map(int, input().split())\nprint(a + b)\n"


def headline(screen) -> str:
    return screen.query_one(ResultBanner).headline


async def run_all(pilot) -> None:
    screen = pilot.app.screen
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: not screen.running)
    await pilot.pause()


async def wait_run(pilot) -> None:
    screen = pilot.app.screen
    await wait_for(pilot, lambda: not screen.running)
    await pilot.pause()


# ---- one test at a time, and the failed ones ------------------------------------
async def test_r_on_a_row_runs_just_that_test_and_the_others_keep_their_result(make_app, solution, fake):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: wrong-big\n"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await run_all(pilot)
        table = screen.query_one(widgets.TestTable)
        before = fake.runs
        await pilot.press("f4")  # to the rows
        table.move_cursor(row=1)
        await pilot.press("r")
        await wait_run(pilot)
        assert fake.runs == before + 1
        assert headline(screen) == "Ran test 2 (sample 2) alone: Accepted"
        assert table_column(table, "status") == ["✅ Accepted", "✅ Accepted", "❌ Wrong Answer"]
        table.move_cursor(row=2)
        await pilot.press("r")
        await wait_run(pilot)
        assert headline(screen) == "Ran test 3 (hidden 1) alone: Wrong Answer"
        assert screen.query_one(ResultBanner).has_class("-failed")
    # A partial run is not the problem's result: the full run's stays recorded.
    assert app.store.results()["add-two"].passed == 2


async def test_f8_reruns_only_the_failed_tests_and_says_how_many_now_pass(make_app, solution, fake, data_dir):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: wrong\n"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        app.store.save_custom_tests("add-two", [CustomTest("1 1\n", "2\n")])
        screen.set_tests(screen.all_tests())
        await run_all(pilot)
        table = screen.query_one(widgets.TestTable)
        assert table_column(table, "status") == ["❌ Wrong Answer"] * 4
        # Fixed, except on the big one: two of the three problem tests and the custom one now pass.
        screen.query_one(widgets.CodeEditor).load_text(RIGHT + "# fake: wrong-big\n")
        before = fake.runs
        await pilot.press("f8")
        await wait_run(pilot)
        assert fake.runs == before + 4
        assert headline(screen) == "Re-ran 4 failed tests: 3 now pass"
        await pilot.press("f8")
        await wait_run(pilot)
        assert fake.runs == before + 5  # only the one still failing
        assert headline(screen) == "Re-ran 1 failed test: it still fails"
        screen.query_one(widgets.CodeEditor).load_text(RIGHT)
        await pilot.press("f8")
        await wait_run(pilot)
        assert headline(screen) == "Re-ran 1 failed test: it now passes"
        assert table_column(table, "status") == ["✅ Accepted"] * 4
        before = fake.runs
        await pilot.press("f8")
        await pilot.pause()
        assert fake.runs == before and not screen.running  # nothing failed: nothing runs


# ---- expected outputs from the reference solution -----------------------------------
@pytest.fixture
def with_reference(tmp_path):
    """add-two with a reference solution (the fake runs every program as the sum)."""
    root = tmp_path / "problems"
    shutil.copytree(PROBLEMS / "add-two", root / "add-two")
    (root / "add-two" / "solutions").mkdir()
    (root / "add-two" / "solutions" / "solution.py").write_text(RIGHT)
    return root


async def test_a_custom_test_without_expected_output_is_judged_by_the_reference(make_app, solution, fake, with_reference, data_dir):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: wrong-big\n"), roots=[with_reference])
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        app.store.save_custom_tests("add-two", [CustomTest("2 3\n"), CustomTest("70 80\n")])
        screen.set_tests(screen.all_tests())
        await run_all(pilot)
        table = screen.query_one(widgets.TestTable)
        assert table_column(table, "name")[3:] == ["custom 1 (ref)", "custom 2 (ref)"]
        assert table_column(table, "status")[3:] == ["✅ Accepted", "❌ Wrong Answer"]  # judged, not only run
        assert headline(screen) == "You have passed 3/5 tests"
        table.move_cursor(row=4)
        await pilot.press("f4", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen))
        assert app.screen.query_one("#details-expected").border_title == "Expected output — from the reference solution"
        assert "expected: from the reference solution" in str(app.screen.query_one("#details-summary").content)
        await pilot.press("escape")
        # Kept by input: the next run asks the reference nothing.
        runs = fake.runs
        await run_all(pilot)
        assert fake.runs == runs + 5
    assert list((data_dir / "reference-answers").glob("add-two.json"))


async def test_no_reference_answers_when_the_screen_turns_them_off(make_app, solution, fake, with_reference):
    """Exam mode's switch: `reference_allowed = False` on the screen."""
    app = make_app(problem="add-two", solution=solution(RIGHT), roots=[with_reference])
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        screen.reference_allowed = False
        app.store.save_custom_tests("add-two", [CustomTest("2 3\n")])
        screen.set_tests(screen.all_tests())
        await run_all(pilot)
        table = screen.query_one(widgets.TestTable)
        assert table_column(table, "name")[3] == "custom 1"
        assert table_column(table, "status")[3] == "▷ Ran, not judged"
        assert fake.runs == 4
        assert not (app.store.root / "reference-answers").exists()


# ---- your own editor ---------------------------------------------------------------
def stub_editor(tmp_path, line: str = "# edited in the stub") -> str:
    """An 'editor' that appends a line to the file it is given."""
    script = tmp_path / "stub-editor.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "{line}" >> "$1"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


async def test_f3_opens_the_solution_file_in_editor_and_reloads_it(make_app, solution, tmp_path, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", stub_editor(tmp_path))
    path = solution(RIGHT)
    app = make_app(problem="add-two", solution=path)
    async with app.run_test(size=SIZE) as pilot:
        editor = app.screen.query_one(widgets.CodeEditor)
        await pilot.press("f3")
        await pilot.pause()
        assert editor.text == RIGHT + "# edited in the stub\n"
        assert path.read_text() == RIGHT + "# edited in the stub\n"
        await pilot.press("ctrl+z")  # one edit: undo brings the code before back
        assert editor.text == RIGHT


async def test_f3_without_a_solution_file_edits_a_copy_and_takes_it_back(make_app, tmp_path, monkeypatch):
    monkeypatch.setenv("VISUAL", stub_editor(tmp_path, "print('from vim')"))
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        editor = app.screen.query_one(widgets.CodeEditor)
        before = editor.text
        await pilot.press("f3")
        await pilot.pause()
        assert editor.text == before + "print('from vim')\n"
        assert not [p for p in os.listdir(os.environ.get("TMPDIR", "/tmp")) if p.startswith("proctorx-edit-")]


async def test_f3_says_how_when_no_editor_is_set_or_found(make_app, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        text = app.screen.query_one(widgets.CodeEditor).text
        await pilot.press("f3")
        await pilot.pause()
        assert any("Set $VISUAL or $EDITOR" in n.message for n in app._notifications)
        monkeypatch.setenv("EDITOR", "no-such-editor-here --wait")
        await pilot.press("f3")
        await pilot.pause()
        assert any("`no-such-editor-here` (from $EDITOR) was not found" in n.message for n in app._notifications)
        assert app.screen.query_one(widgets.CodeEditor).text == text


# ---- the --solution file, watched ---------------------------------------------------
async def test_a_change_on_disk_reloads_the_editor_and_runs_the_tests_when_turned_on(make_app, solution, fake):
    path = solution(RIGHT)
    app = make_app(problem="add-two", solution=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        editor = screen.query_one(widgets.CodeEditor)
        path.write_text(RIGHT + "# saved from vim\n")
        await wait_for(pilot, lambda: editor.text == RIGHT + "# saved from vim\n", timeout=30)
        await pilot.pause(0.3)
        assert fake.runs == 0  # off by default
        await pilot.press("f9")
        assert app.store.state("run_on_change") is True
        path.write_text(RIGHT + "# fake: wrong\n")
        await wait_for(pilot, lambda: fake.runs == 3 and not screen.running, timeout=30)
        await pilot.pause()
        assert editor.text == RIGHT + "# fake: wrong\n"
        assert headline(screen) == "You have passed 0/3 tests"


async def test_a_change_on_disk_while_the_editor_has_edits_asks_and_never_overwrites(make_app, solution):
    path = solution(RIGHT)
    app = make_app(problem="add-two", solution=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        editor = screen.query_one(widgets.CodeEditor)
        editor.focus()
        editor.move_cursor((2, 0))
        await pilot.press("#", " ", "m", "i", "n", "e")
        mine = editor.text
        path.write_text(RIGHT + "# theirs\n")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), timeout=30)
        await pilot.press("n")  # keep the editor's
        await pilot.pause()
        assert editor.text == mine
        await pilot.press("ctrl+s")  # would write over theirs: asks first
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await pilot.pause()
        assert path.read_text() == RIGHT + "# theirs\n"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await pilot.pause()
        assert path.read_text() == mine


async def test_a_file_that_vanishes_is_a_clear_line_and_the_code_stays(make_app, solution):
    path = solution(RIGHT)
    app = make_app(problem="add-two", solution=path)
    async with app.run_test(size=SIZE) as pilot:
        editor = app.screen.query_one(widgets.CodeEditor)
        path.unlink()
        await wait_for(pilot, lambda: any("was deleted or moved away" in n.message for n in app._notifications), timeout=30)
        assert editor.text == RIGHT
        await pilot.press("ctrl+s")  # writes it again: nothing on disk to lose
        await pilot.pause()
        assert path.read_text() == RIGHT


# ---- stress testing: what the form and a bad generator say (the real thing: test_stress_docker.py) ----
async def test_the_stress_screen_says_in_one_line_what_is_missing_or_broken(make_app, solution, with_reference, tmp_path):
    from tui.app.screens.stress import StressScreen

    crash = tmp_path / "gen.py"
    crash.write_text("print(1, 2)  # fake: crash\n")
    app = make_app(problem="add-two", solution=solution(RIGHT), roots=[with_reference])
    async with app.run_test(size=SIZE) as pilot:
        code = app.screen.query_one(widgets.CodeEditor).text
        await pilot.press("ctrl+g")
        await wait_for(pilot, lambda: isinstance(app.screen, StressScreen))
        screen = app.screen

        def line() -> str:
            return str(screen.query_one("#stress-progress").content)

        await pilot.press("ctrl+r")
        assert line() == "Name the generator's file: a program that prints one input, given the seed as its first argument."
        screen.query_one("#stress-generator").value = str(tmp_path / "missing.py")
        await pilot.press("ctrl+r")
        assert line() == f"{tmp_path / 'missing.py'}: no such file"
        screen.query_one("#stress-generator").value = str(crash)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.report is not None)
        assert line() == "the generator (gen.py) crashed on round 1 (seed 1) (killed by SIGSEGV): Segmentation fault"
        screen.reference_allowed = False  # as exam mode has it: the brute must be the user's own
        await pilot.press("ctrl+r")
        assert line() == "Here the reference solution can't be the brute: name a brute of your own."
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, StressScreen))
        assert app.screen.query_one(widgets.CodeEditor).text == code  # nothing of the user's lost
