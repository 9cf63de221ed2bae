"""Helpers shared by the app's tests."""

from __future__ import annotations

from pathlib import Path

PROBLEMS = Path(__file__).resolve().parent / "fixtures" / "problems"
SIZE = (120, 40)
# The exam file the exam tests start from (tests/app/conftest.py make_exam_app).
EXAM = "title: Lab exam\nproblems: [add-two, reverse-words]\nduration: 90\nlanguages: [python, c]\n"


async def wait_for(pilot, condition, timeout: float = 10.0, step: float = 0.05) -> None:
    """Lets the app run until condition() holds."""
    waited = 0.0
    while not condition():
        if waited >= timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {condition}")
        await pilot.pause(step)
        waited += step


def table_column(table, column: str) -> list[str]:
    """The plain text of one column of a DataTable, top to bottom."""
    return [str(table.get_cell(row.key, column)).strip() for row in table.ordered_rows]
