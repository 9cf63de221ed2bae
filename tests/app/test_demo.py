"""Demo mode against the fake sandbox: the reference runs at once, one key
shows the next program and runs it, the first failure opens by itself (hidden
tests too), the keys pressed are shown, and nothing is saved.

The package is add-two copied into tmp_path with a reference, a wrong starter
and three submissions, each bent by the fake sandbox's markers (fakes.py)."""

from __future__ import annotations

import shutil

import pytest

from tests.app.helpers import PROBLEMS, SIZE, wait_for
from tui.app.demo_app import DemoApp
from tui.app.screens.demo import DemoDetailsScreen, DemoScreen
from tui.app.widgets import CodeEditor, ResultBanner
from tui.app.widgets.demo_header import DemoHeader
from tui.app.widgets.key_echo import KeyEcho
from tui.cli.demo import resolve

SUM = "a, b = map(int, input().split())\nprint(a + b)\n"
FILES = {
    "solutions/solution.py": "# The reference: read two numbers, print their sum.\n" + SUM,
    "starters/main.py": "# fake: wrong\na, b = map(int, input().split())\n# TODO: print the sum\n",
    "submissions/wrong_answer/big_sums.py": "# Adds one too many once the sum is over 100. Passes the samples.\n# fake: wrong-big\n" + SUM,
    "submissions/run_time_error/crash.py": "# Crashes on every input, whatever it is given.\n# fake: crash\n" + SUM,
    "submissions/accepted/other.py": "# Another right answer.\n" + SUM,
}
LABELS = ["solutions/solution.py", "starters/main.py", "wrong_answer/big_sums.py", "run_time_error/crash.py"]


@pytest.fixture
def package(tmp_path):
    root = tmp_path / "problems"
    shutil.copytree(PROBLEMS / "add-two", root / "add-two")
    for name, code in FILES.items():
        path = root / "add-two" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(code, encoding="utf-8")
    return root


@pytest.fixture
def demo_app(package, data_dir, fake):
    def make(lang=None, **changes) -> DemoApp:
        for name, code in changes.items():
            (package / "add-two" / name).write_text(code, encoding="utf-8")
        import argparse

        roots, resolved = resolve(argparse.Namespace(problem="add-two", problems=package, lang=lang))
        return DemoApp(roots, **resolved, sandbox=fake, data_dir=data_dir, jobs=2)

    return make


def demo_screen(app) -> DemoScreen:
    return next(s for s in app.screen_stack if isinstance(s, DemoScreen))


async def ran(pilot, runs_before: int) -> DemoScreen:
    """Waits for the next run after `runs_before` to end."""
    screen = demo_screen(pilot.app)
    await wait_for(pilot, lambda: screen.panel.run_id > runs_before and not screen.running)
    await pilot.pause()
    return screen


async def test_the_reference_is_shown_and_run_at_once(demo_app, data_dir):
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ran(pilot, 0)
        assert screen.query_one(CodeEditor).text == FILES["solutions/solution.py"]
        header = screen.query_one(DemoHeader).text
        assert header.startswith("Showing: solutions/solution.py (Python 3) — The reference: read two numbers, print their sum.")
        assert screen.query_one(ResultBanner).headline == "You have passed 3/3 tests"
        assert app.screen is screen  # all passed: nothing to open
    assert not data_dir.exists()  # no code, result or setting of the user's was written


async def test_one_key_each_walks_the_programs_and_opens_each_first_failure(demo_app, data_dir, fake):
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ran(pilot, 0)
        seen = [screen.program.label]

        # The starter: wrong on the first sample; its details and diff open by themselves.
        await pilot.press("f6")
        await ran(pilot, 1)
        await wait_for(pilot, lambda: isinstance(app.screen, DemoDetailsScreen))
        details = app.screen
        seen.append(screen.program.label)
        assert screen.query_one(CodeEditor).text == FILES["starters/main.py"]
        assert (details.test.index, details.test.hidden) == (1, False)
        assert details.query_one("#details-diff") is not None
        assert details.query_one(DemoHeader).text.startswith("Showing: starters/main.py")

        # From the details, the same key: the wrong submission, whose first failure is the hidden test.
        await pilot.press("f6")
        await ran(pilot, 2)
        await wait_for(pilot, lambda: isinstance(app.screen, DemoDetailsScreen) and app.screen is not details)
        details = app.screen
        seen.append(screen.program.label)
        assert screen.query_one(DemoHeader).text == (
            "Showing: wrong_answer/big_sums.py (Python 3) — Adds one too many once the sum is over 100."
        )
        assert (details.test.index, details.test.hidden) == (3, True)
        assert not details.query("#details-hidden")  # demo mode shows the hidden test whole...
        diff = str(details.query_one("#details-diff .section-body").content)
        assert "300" in diff and "301" in diff  # ...its diff: expected 300, printed 301

        await pilot.press("f6")
        await ran(pilot, 3)
        await wait_for(pilot, lambda: isinstance(app.screen, DemoDetailsScreen) and app.screen is not details)
        seen.append(screen.program.label)
        assert "Runtime Error" in str(app.screen.query_one("#details-summary").content)

        # Round again to the reference, which passes: no details.
        await pilot.press("f6")
        await ran(pilot, 4)
        seen.append(screen.program.label)
        assert app.screen is screen
        assert seen == LABELS + [LABELS[0]]  # the accepted submission is not one of the mistakes
        assert screen.query_one(ResultBanner).headline == "You have passed 3/3 tests"

        await pilot.press("shift+f6")
        await ran(pilot, 5)
        assert screen.program.label == LABELS[-1]
    assert not data_dir.exists()


async def test_the_keys_pressed_are_shown_with_what_they_do(demo_app):
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ran(pilot, 0)
        echo = screen.query_one(KeyEcho)
        assert "F6 next program" in echo.text  # between presses: the keys worth knowing
        await pilot.press("ctrl+r")
        await ran(pilot, 1)
        assert "Ctrl+R Run tests" in echo.text
        await pilot.press("f4", "down", "down")
        assert "↓ Cursor down ×2" in echo.text and "F4 Editor/Tests" in echo.text
        await pilot.press("f6")
        await ran(pilot, 2)
        await wait_for(pilot, lambda: isinstance(app.screen, DemoDetailsScreen))
        assert "F6 Next program" in app.screen.query_one(KeyEcho).text  # the details screen shows it too


async def test_typing_and_saving_in_demo_mode_touch_nothing_of_the_users(demo_app, data_dir):
    from tui.app.store import Store
    from tui.languages import get

    store = Store(data_dir)
    store.save_code("add-two", get("python"), "# my own work\n")
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ran(pilot, 0)
        assert screen.query_one(CodeEditor).text == FILES["solutions/solution.py"]  # not the user's saved code
        editor = screen.query_one(CodeEditor)
        editor.focus()
        await pilot.press("end", "x", "y")
        await pilot.pause(1.5)  # past the practice screen's autosave delay
        await pilot.press("ctrl+s")
        await pilot.press("ctrl+r")
        await ran(pilot, 1)
        await pilot.press("escape")  # the details of the broken edit
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == before


async def test_showing_another_program_mid_run_cancels_it_then_runs_the_new_one(demo_app, fake):
    app = demo_app(**{"solutions/solution.py": "# Waits to be let go.\n# fake: hold\n" + SUM})
    async with app.run_test(size=SIZE) as pilot:
        screen = demo_screen(app)
        await wait_for(pilot, lambda: screen.running)
        await pilot.press("f6")
        assert screen.program.label == "starters/main.py"
        assert screen.query_one(CodeEditor).text == FILES["starters/main.py"]
        # The held run is cancelled; the starter's run follows it and fails on its own.
        await wait_for(pilot, lambda: isinstance(app.screen, DemoDetailsScreen))
        assert screen.panel.run_id == 2
        assert screen.query_one(ResultBanner).headline == "You have passed 0/3 tests"


async def test_the_projector_layout_is_a_class_one_key_turns_off(demo_app):
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ran(pilot, 0)
        footer = screen.query_one("Footer")
        assert screen.has_class("-projector") and not footer.display
        assert screen.query_one("#tests-pane").outer_size.height == 4  # every row and the header in view
        await pilot.press("f8")
        assert not screen.has_class("-projector") and footer.display
