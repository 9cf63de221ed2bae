"""The editor: languages, autosave, explicit save; never writing into problems/."""

from __future__ import annotations

import hashlib

from textual.widgets import Select

from tests.app.helpers import PROBLEMS, SIZE, wait_for
from tui import languages
from tui.app.screens import ProblemScreen
from tui.app.store import Store
from tui.app.widgets import CodeEditor
from tui.languages import get


def tree_digest(root) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(str(path).encode() + path.read_bytes())
    return h.hexdigest()


async def test_a_new_problem_starts_from_the_starter(make_app):
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        editor = app.screen.query_one(CodeEditor)
        assert editor.text == (PROBLEMS / "add-two" / "starters" / "main.py").read_text()
        assert editor.language == "python"


async def test_switching_language_swaps_in_starter_then_saved_code(make_app, data_dir):
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: ProblemScreen = app.screen
        editor = screen.query_one(CodeEditor)
        editor.text = "print(42)\n"
        screen.query_one("#language", Select).value = "c"
        await pilot.pause()
        assert screen.language.id == "c"
        assert editor.text == (PROBLEMS / "add-two" / "starters" / "main.c").read_text()
        assert editor.language == "c"  # highlighted through tree-sitter-c
        # Java has no starter here: a template with a Main class.
        screen.query_one("#language", Select).value = "java"
        await pilot.pause()
        assert "public class Main" in editor.text
        assert editor.language == "java"
        screen.query_one("#language", Select).value = "python"
        await pilot.pause()
        assert editor.text == "print(42)\n"  # the code left behind, not the starter
    assert Store(data_dir).load_code("add-two", get("python")) == "print(42)\n"


async def test_cpp_is_highlighted(make_app):
    app = make_app(problem="add-two", lang="cpp")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        editor = app.screen.query_one(CodeEditor)
        assert editor.language == "cpp"
        assert "#include" in editor.text


async def test_typing_autosaves_and_reopening_restores(make_app, data_dir):
    before = tree_digest(PROBLEMS)
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        editor = app.screen.query_one(CodeEditor)
        editor.text = ""
        await pilot.press(*"print(1)")
        saved = Store(data_dir).code_path("add-two", get("python"))
        await wait_for(pilot, lambda: saved.is_file() and saved.read_text() == "print(1)", timeout=5)
        await pilot.press("ctrl+q")
    again = make_app(problem="add-two")
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.screen.query_one(CodeEditor).text == "print(1)"
        assert again.screen.language.id == "python"
    assert tree_digest(PROBLEMS) == before  # nothing written into the problem package


async def test_ctrl_s_saves_at_once_and_into_the_solution_file(make_app, solution, data_dir):
    path = solution("print(0)\n")
    app = make_app(problem="add-two", solution=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one(CodeEditor).text = "print(7)\n"
        await pilot.press("ctrl+s")
        assert Store(data_dir).load_code("add-two", get("python")) == "print(7)\n"
        assert path.read_text() == "print(7)\n"  # the user's own file, outside problems/


async def test_a_solution_inside_a_problem_package_is_never_written(make_app, data_dir, tmp_path):
    import shutil

    roots = tmp_path / "lib"
    shutil.copytree(PROBLEMS, roots)
    inside = roots / "add-two" / "starters" / "main.py"
    original = inside.read_text()
    app = make_app(problem="add-two", solution=inside, roots=[roots])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one(CodeEditor).text = "print(7)\n"
        await pilot.press("ctrl+s")
    assert inside.read_text() == original
    assert Store(data_dir).load_code("add-two", get("python")) == "print(7)\n"


async def test_enter_keeps_the_indentation(make_app):
    app = make_app(problem="add-two", lang="python")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        editor = app.screen.query_one(CodeEditor)
        editor.text = ""
        await pilot.press(*"def f():", "enter", *"x = 1", "enter", *"return x", "enter", *"y")
        assert editor.text == "def f():\n    x = 1\n    return x\ny"


async def test_braces_indent_and_close(make_app):
    app = make_app(problem="add-two", lang="c")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        editor = app.screen.query_one(CodeEditor)
        editor.text = ""
        await pilot.press(*"int main() {", "enter", *"return 0;", "enter", "}")
        assert editor.text == "int main() {\n    return 0;\n}"


def _menu_labels(screen) -> dict[str, str]:
    from textual.widgets._select import SelectOverlay

    overlay = screen.query_one(SelectOverlay)
    options = [overlay.get_option_at_index(i) for i in range(overlay.option_count)]
    return {str(option.prompt): option for option in options}


async def test_the_language_menu_offers_every_language_and_says_which_are_not_built(make_app, fake):
    fake.unbuilt = {"rust", "haskell"}
    app = make_app(problem="add-two")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: ProblemScreen = app.screen
        await wait_for(pilot, lambda: "Rust (rustc -O)  · not built yet" in _menu_labels(screen))
        labels = _menu_labels(screen)
        assert len(labels) == len(languages.all_languages()) >= 22
        assert "Haskell (ghc -O2)  · not built yet" in labels and "Python 3" in labels and "Go" in labels
        screen.query_one("#language", Select).value = "rust"  # its image is built on the switch
        await wait_for(pilot, lambda: "Rust (rustc -O)" in _menu_labels(screen))
        assert screen.language.id == "rust" and "fn main()" in screen.query_one(CodeEditor).text
        assert "Haskell (ghc -O2)  · not built yet" in _menu_labels(screen)


async def test_a_2025_09_problem_offers_only_its_languages(make_app):
    from tests.conftest import FIXTURES

    app = make_app(problem="kattis-2025-twice", roots=[FIXTURES])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: ProblemScreen = app.screen
        offered = [value for _, value in screen.query_one("#language", Select)._options if value is not Select.BLANK]
        assert sorted(offered) == ["cpp", "pypy", "python"]  # the C it ships is not among them
        assert screen.language.id == "python"
