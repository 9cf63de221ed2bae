"""App-wide conventions: help, themes, the command palette, bindings, layout,
the engine's state, and the core's independence from Textual."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

import pytest
from textual.binding import Binding
from textual.command import CommandList
from textual.widgets import Markdown

from tests.app.helpers import PROBLEMS, SIZE, wait_for
from tui import settings
from tui.app import ProctorXApp, screens, widgets
from tui.app.screens import EngineErrorScreen, HelpScreen, ProblemScreen
from tui.cli.app import resolve


async def test_f1_and_question_mark_open_help(make_app):
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(Markdown).source
        assert "ctrl+r" in text and "Run tests" in text and str(app.store.root) in text
        await pilot.press("escape")
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("question_mark")  # in the editor, '?' is typed
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("f4", "question_mark")  # on the test panel it opens help
        assert isinstance(app.screen, HelpScreen)


async def test_ctrl_t_toggles_light_and_dark_and_remembers(make_app, config_dir):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        dark = app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is not dark
        chosen = app.theme
    assert settings.load(config_dir).settings.theme == chosen
    again = make_app()
    async with again.run_test(size=SIZE):
        assert again.theme == chosen


async def test_command_palette_offers_the_apps_actions(make_app):
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in (
            "Run tests",
            "Save",
            "New custom test",
            "Back to problems",
            "Language: C++17 (g++ -O2)",
            "Open problem: Reverse Words",
            "Toggle light/dark theme",
            "Help",
        ):
            assert any(t.startswith(title.split(":")[0]) for t in titles), title
        # Through the palette itself: open it, search, run.
        await pilot.press("ctrl+p")
        await pilot.press(*"open problem: reverse")
        await wait_for(pilot, lambda: bool(app.screen.query(CommandList)) and app.screen.query_one(CommandList).option_count == 1)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ProblemScreen) and app.screen.problem.slug == "reverse-words")


def _binding_classes():
    for module in (screens, widgets):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            yield cls
    yield ProctorXApp


def test_every_binding_has_an_id():
    missing = []
    for cls in _binding_classes():
        for binding in cls.__dict__.get("BINDINGS", []):
            if not isinstance(binding, Binding) or not binding.id:
                missing.append(f"{cls.__name__}: {binding}")
    assert not missing


def test_the_core_never_imports_textual():
    code = (
        "import sys; import tui.packages, tui.judging, tui.languages, tui.sandbox, tui.sandbox.docker, tui.cli;"
        "assert not [m for m in sys.modules if m.startswith(('textual', 'tui.app'))], 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("size", [(100, 30), (200, 60)])
async def test_regions_are_usable_at_small_and_large_sizes(make_app, size):
    app = make_app(problem="add-two")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        statement = screen.query_one("#statement-pane").region
        editor = screen.query_one(widgets.CodeEditor).region
        table = screen.query_one(widgets.TestTable)
        tests = table.region
        assert statement.width >= 30 and editor.width >= 55
        assert editor.height >= 8 and tests.height >= table.row_count + 1  # every row in view
        assert not statement.overlaps(editor) and not editor.overlaps(tests)
        # Keyboard resizing.
        width = statement.width
        await pilot.press("alt+right")
        await pilot.pause()
        assert screen.query_one("#statement-pane").region.width == width + 4
        await pilot.press("f2")
        await pilot.pause()
        assert screen.query_one(widgets.CodeEditor).region.width > editor.width


async def test_dragging_the_splitter_resizes_the_statement(make_app):
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        splitter = app.screen.query_one(widgets.Splitter)
        x = splitter.region.x
        await pilot.mouse_down(splitter)
        await pilot.hover(splitter, offset=(10, 0))
        await pilot.mouse_up(splitter)  # it has moved with the pointer
        await pilot.pause()
        assert app.screen.query_one("#statement-pane").region.width == x + 10


async def test_status_line_names_the_sandbox(make_app):
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Fake sandbox (tests)" in str(app.screen.query_one("#status-engine").content)


async def test_local_sandbox_is_described_as_weaker(make_app):
    class Local:
        name = "local"

        def describe(self):
            return "local"

        def close(self):
            pass

    app = make_app(sandbox=Local())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "local sandbox — weaker isolation" in str(app.screen.query_one("#status-engine").content)


async def test_image_builds_show_a_progress_bar(make_app, fake):
    from tui.app import messages as msg

    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        app.post_message(msg.ImageProgress("python: step 2/5: RUN apt-get install", 0.25))
        await pilot.pause()
        bar = app.screen.query_one("#status-progress")
        assert bar.display and bar.progress == 25
        assert "step 2/5" in str(app.screen.query_one("#status-build").content)
        app.post_message(msg.ImageReady())
        await pilot.pause()
        assert not bar.display


async def test_no_engine_shows_how_to_fix_it_not_a_crash(data_dir, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    app = ProctorXApp([PROBLEMS], **resolve([PROBLEMS], "add-two", None, None), sandbox_kind="docker", data_dir=data_dir)
    async with app.run_test(size=SIZE) as pilot:
        # The screen becomes current before its widgets are mounted: wait for the message itself.
        await wait_for(pilot, lambda: isinstance(app.screen, EngineErrorScreen) and bool(app.screen.query("#engine-message")), timeout=30)
        message = str(app.screen.query_one("#engine-message").content)
        assert "No Docker engine is reachable" in message and "Fix:" in message
        await pilot.press("escape")  # keep editing without running
        await wait_for(pilot, lambda: isinstance(app.screen, ProblemScreen))
        await pilot.press("ctrl+r")  # tries again, and explains again
        await wait_for(pilot, lambda: isinstance(app.screen, EngineErrorScreen), timeout=30)
        await pilot.press("ctrl+q")
    assert app.return_code == 0


def write_settings(folder, **values):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(values))


async def test_keys_are_remapped_from_settings_by_binding_id(make_app, config_dir, solution):
    write_settings(config_dir, keymap={"problem.run": "f9"})
    app = make_app(problem="add-two", solution=solution("a, b = map(int, input().split())\nprint(a + b)\n"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("f9")
        await wait_for(pilot, lambda: screen.query_one("ResultBanner").headline == "You have passed 3/3 tests")
        await pilot.press("f1")
        assert "`f9` — Run tests [`problem.run`]" in app.screen.query_one(Markdown).source


async def test_a_malformed_keymap_is_reported_and_ignored(make_app, config_dir):
    write_settings(config_dir, keymap=["ctrl+r"])
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any('"keymap" must be an object of binding ids to keys' in n.message for n in app._notifications)
        assert isinstance(app.screen, ProblemScreen)


async def test_a_settings_file_that_is_not_json_is_a_warning_and_is_kept(make_app, config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text('{"theme": "textual-light",\n "jobs": }\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("not valid JSON (line 2" in n.message for n in app._notifications)
        await pilot.press("ctrl+t")  # saving the theme must not overwrite what the user is editing
        await pilot.pause()
    assert (config_dir / "settings.json").read_text() == '{"theme": "textual-light",\n "jobs": }\n'


async def test_settings_in_the_old_data_folder_are_moved_once(make_app, data_dir, config_dir, solution):
    data_dir.mkdir(parents=True)
    old = {"theme": "textual-light", "keymap": {"problem.run": "f9"}, "languages": {"add-two": "python"}}
    (data_dir / "settings.json").write_text(json.dumps(old))
    app = make_app(problem="add-two", solution=solution("a, b = map(int, input().split())\nprint(a + b)\n"))
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "textual-light"
        await pilot.press("f9")
        await wait_for(pilot, lambda: app.screen.query_one("ResultBanner").headline == "You have passed 3/3 tests")
    assert json.loads((config_dir / "settings.json").read_text()) == {"theme": "textual-light", "keymap": {"problem.run": "f9"}}
    assert not (data_dir / "settings.json").exists() and (data_dir / "settings.json.migrated").exists()
    assert app.store.last_language("add-two") == "python"
