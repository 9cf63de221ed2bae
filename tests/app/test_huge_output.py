"""The details of a test whose output is huge: one 8 MiB line, 8 MiB of lines,
a wrong answer whose whole diff would be huge.  The screen must open at once,
draw a bounded part and say how much there is.  How long it took is printed
(run with -s), not asserted: speed is measured, not tested."""

from __future__ import annotations

import re
import time

import pytest

from tests.app.fakes import HUGE
from tests.app.helpers import PROBLEMS, SIZE, wait_for
from tui.app.screens import DetailsScreen

RIGHT = "a, b = map(int, input().split())\nprint(a + b)\n"

pytestmark = pytest.mark.timeout(300)  # before issue 15 the first of these froze the app for minutes


async def open_details(pilot, what: str) -> dict[str, str]:
    """Runs the tests, opens the first one's details, and gives each section's text."""
    screen = pilot.app.screen
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: not screen.running, timeout=120)
    await pilot.pause()
    start = time.perf_counter()
    await pilot.press("f4", "enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, DetailsScreen), timeout=240)
    await pilot.pause()
    print(f"\n{what}: the details screen opened in {time.perf_counter() - start:.2f} s")
    details = pilot.app.screen
    return {box.id: str(box.query_one(".section-body").content) for box in details.query(".section")}


async def test_one_8_mib_line(make_app, solution):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: huge-line\n"))
    async with app.run_test(size=SIZE) as pilot:
        text = await open_details(pilot, "one 8 MiB line")
        assert text["details-actual"].startswith("7" * 1000)
        assert text["details-actual"].endswith(f"… {HUGE:,} characters in all: the first 20,000 are shown")
        assert len(text["details-actual"]) < 21_000
        diff = text["details-diff"]
        assert "First difference at line 1" in diff and "▶-1 │ 3" in diff
        assert f"▶+1 │ {'7' * 100}" in diff and f"… ({HUGE:,} characters in all)" in diff
        assert len(diff) < 5_000


async def test_8_mib_of_lines(make_app, solution):
    app = make_app(problem="add-two", solution=solution(RIGHT + "# fake: huge-lines\n"))
    async with app.run_test(size=SIZE) as pilot:
        text = await open_details(pilot, "8 MiB of lines")
        actual = text["details-actual"]
        assert actual.startswith("4\n1234567\n1234567\n")
        assert actual.endswith(f"… {HUGE - 6:,} characters in all: the first 200 lines are shown")
        assert "First difference at line 1" in text["details-diff"] and re.search(r"▶\+ *1 │ 4\n", text["details-diff"])
        assert "the rest is not shown" in text["details-diff"]


@pytest.fixture
def huge_answer(tmp_path):
    """A problem whose answer is 8 MiB of lines, none of which the fake prints."""
    folder = tmp_path / "problems" / "huge-answer"
    (folder / "data" / "sample").mkdir(parents=True)
    (folder / "problem.yaml").write_text("title: Huge Answer\n")
    (folder / "data" / "sample" / "1.in").write_text("1 2\n")
    (folder / "data" / "sample" / "1.ans").write_bytes(b"7654321\n" * (HUGE // 8))
    return folder.parent


async def test_a_wrong_answer_whose_diff_would_be_huge(make_app, solution, huge_answer):
    app = make_app(problem="huge-answer", solution=solution(RIGHT + "# fake: huge-lines\n"), roots=[huge_answer, PROBLEMS])
    async with app.run_test(size=SIZE) as pilot:
        text = await open_details(pilot, "a wrong answer of 8 MiB against 8 MiB")
        diff = text["details-diff"]
        assert "First difference at line 1" in diff and re.search(r"▶- *1 │ 7654321\n", diff) and re.search(r"▶\+ *1 │ 4\n", diff)
        assert diff.rstrip().endswith("… the rest is not shown …")
        assert diff.count("\n") < 700
        assert text["details-expected"].endswith(f"… {HUGE:,} characters in all: the first 200 lines are shown")
