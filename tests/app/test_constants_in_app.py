"""A 2025-09 package's constants in the app: its own programs open with
them replaced, as problems check judges them (the fake sandbox: what is
shown is the point here; tests/integration/test_constants.py judges them)."""

from __future__ import annotations

import argparse

from tests.app.helpers import SIZE, wait_for
from tests.conftest import FIXTURES
from tui import packages
from tui.app.widgets import CodeEditor
from tui.judging.reference import answering_source

PACKAGE = FIXTURES / "kattis-2025-constants"


async def test_demo_mode_shows_the_packages_programs_with_their_constants_replaced(data_dir, fake):
    from tui.app.demo_app import DemoApp
    from tui.cli.demo import resolve

    roots, resolved = resolve(argparse.Namespace(problem=str(PACKAGE), problems=FIXTURES, lang=None))
    app = DemoApp(roots, **resolved, sandbox=fake, data_dir=data_dir, jobs=2)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.screen.query(CodeEditor))
        screen = app.screen
        shown = []
        for _ in screen.programs:
            await wait_for(pilot, lambda: screen.query_one(CodeEditor).text)
            shown.append(screen.query_one(CodeEditor).text)
            await pilot.press("escape", "f6")
            await pilot.pause()
    # Its one program to show, wrong_answer/small_only.py, believes the bound is {{small_n}}.
    assert len(shown) == 1 and "print(n * n if n <= 10 else -1)" in shown[0] and "{{" not in shown[0]


def test_the_reference_that_answers_custom_tests_has_its_constants_replaced():
    source = answering_source(packages.load(PACKAGE))
    assert "MAX_N = 1000" in source.code and "{{" not in source.code
