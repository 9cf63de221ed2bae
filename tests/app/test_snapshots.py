"""SVG snapshots of the main screens, on the fake sandbox so they are
deterministic.  Update with `pytest tests/app --snapshot-update` after a
deliberate change, and look at the report before committing."""

from __future__ import annotations

from tests.app.helpers import PROBLEMS, SIZE, wait_for
from tui.app import ProctorXApp
from tui.app.widgets import CodeEditor
from tui.cli.app import resolve

RIGHT_BUT_BIG = "a, b = map(int, input().split())\nprint(a + b)\n# fake: wrong\n"


def make(data_dir, solution=None, problem=None) -> ProctorXApp:
    from tests.app.fakes import FakeSandbox

    return ProctorXApp([PROBLEMS], **resolve([PROBLEMS], problem, solution, None), sandbox=FakeSandbox(), data_dir=data_dir, jobs=2)


async def _steady(pilot) -> None:
    for editor in pilot.app.screen.query(CodeEditor):
        editor.cursor_blink = False
    await pilot.pause()


async def _run(pilot) -> None:
    await _steady(pilot)
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: not pilot.app.screen.running)
    await pilot.pause()


def test_picker(snap_compare, data_dir):
    assert snap_compare(make(data_dir), terminal_size=SIZE)


def test_main_screen_after_a_run(snap_compare, data_dir, solution):
    app = make(data_dir, solution(RIGHT_BUT_BIG), "add-two")
    assert snap_compare(app, terminal_size=SIZE, run_before=_run)


def test_main_screen_small_terminal(snap_compare, data_dir):
    assert snap_compare(make(data_dir, problem="add-two"), terminal_size=(100, 30), run_before=_steady)


def test_details_of_a_wrong_answer(snap_compare, data_dir, solution):
    async def open_details(pilot) -> None:
        await _run(pilot)
        await pilot.press("f4", "down", "enter")
        await pilot.pause()

    app = make(data_dir, solution(RIGHT_BUT_BIG), "add-two")
    assert snap_compare(app, terminal_size=SIZE, run_before=open_details)


def test_a_scoring_problem_after_a_run(snap_compare, data_dir, solution):
    """A section per test group with its score, the total in the banner."""
    from tests.app.fakes import FakeSandbox
    from tests.app.test_scoring import SCORING

    code = "print(sum(map(int, input().split())))\n# fake: wrong-big\n"
    app = ProctorXApp([SCORING], **resolve([SCORING], "add-up", solution(code), None), sandbox=FakeSandbox(), data_dir=data_dir, jobs=2)
    assert snap_compare(app, terminal_size=SIZE, run_before=_run)
