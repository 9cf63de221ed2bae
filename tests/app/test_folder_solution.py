"""--solution DIR in the app, against the real engine: the main file is in
the editor, the folder's other files go with every run as they are on disk."""

from __future__ import annotations

import pytest

from tests.app.helpers import SIZE, table_column, wait_for
from tests.conftest import FIXTURES
from tui.app import ProctorXApp, widgets
from tui.app import messages as msg
from tui.app.widgets import CodeEditor, ResultBanner
from tui.cli.app import resolve
from tui.cli.errors import UsageError
from tui.judging import EventKind

pytestmark = pytest.mark.docker
ROOTS = [FIXTURES]


def sources(folder, tally: str):
    folder.mkdir()
    (folder / "main.py").write_text("import sys\nfrom tally import total\nprint(total(sys.stdin.read()))\n")
    (folder / "tally.py").write_text(tally)
    return folder


async def run_and_wait(pilot, finished: list) -> list[str]:
    screen = pilot.app.screen
    before = len(finished)
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: len(finished) > before and not screen.running, timeout=600)
    await pilot.pause()
    return table_column(screen.query_one(widgets.TestTable), "status")


async def test_a_folder_runs_with_its_modules_and_picks_up_their_changes(tmp_path):
    folder = sources(tmp_path / "pair", "def total(text):\n    return sum(int(x) for x in text.split())\n")
    app = ProctorXApp(ROOTS, **resolve(ROOTS, "sum", folder, None), data_dir=tmp_path / "data")
    finished: list = []

    def hook(message) -> None:
        if isinstance(message, msg.JudgeEvent) and message.event.kind is EventKind.FINISHED:
            finished.append(message.event.report)

    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await wait_for(pilot, lambda: app.runner.ready.is_set(), timeout=60)
        screen = app.screen
        assert screen.language.id == "python"
        assert "from tally import total" in screen.query_one(CodeEditor).text
        statuses = await run_and_wait(pilot, finished)
        assert set(statuses) == {"✅ Accepted"}
        assert screen.query_one(ResultBanner).headline == f"You have passed {len(statuses)}/{len(statuses)} tests"
        # The module is read again for the next run: a bug put in it shows.
        (folder / "tally.py").write_text("def total(text):\n    return 0\n")
        assert "❌ Wrong Answer" in await run_and_wait(pilot, finished)
        await pilot.press("ctrl+q")


def test_a_folder_that_cant_be_judged_stops_the_app_before_it_opens(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.py").write_text("print(1)\n")
    (folder / "b.java").write_text("class B {}\n")
    with pytest.raises(UsageError, match="several languages"):
        resolve(ROOTS, "sum", folder, None)
