"""Exam mode as a student meets it: the start screen, the lock-down, every
run in the log, the countdown across a restart, and the last judging at zero.
Time is a clock the tests move, never a wait."""

from __future__ import annotations

import json

from textual.css.query import NoMatches
from textual.widgets import Input, Markdown, Select, Tabs

from tests.app.helpers import EXAM, PROBLEMS, SIZE, wait_for
from tui.app.screens import DetailsScreen, PickerScreen
from tui.app.screens.exam_end import ExamSummaryScreen
from tui.app.screens.exam_problem import ExamHelpScreen, ExamProblemScreen
from tui.app.screens.exam_start import ExamStartScreen
from tui.app.widgets import CodeEditor, Countdown, ResultBanner
from tui.exam import chain
from tui.exam.examfile import load_exam
from tui.exam.records import LogFolder
from tui.exam.session import ExamSession

RIGHT = "a, b = map(int, input().split())\nprint(a + b)\n"
RUN_KEYS = {
    "seq",
    "time",
    "student",
    "event",
    "prev",
    "hash",
    "problem",
    "language",
    "code",
    "code_sha256",
    "verdict",
    "passed",
    "total",
    "tests",
}


def log_lines(tmp_path, student="s1234") -> list[dict]:
    path = tmp_path / "logs" / f"{student}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert chain.verify(lines).ok
    return [json.loads(line) for line in lines]


def summary(app) -> list[list[str]] | None:
    """The summary's rows once the summary is on screen and filled."""
    if not isinstance(app.screen, ExamSummaryScreen):
        return None
    try:
        return app.screen.rows() or None
    except NoMatches:
        return None


async def start(pilot) -> ExamProblemScreen:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExamStartScreen))
    await pilot.click("#exam-start-button")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExamProblemScreen))
    await pilot.pause()
    return pilot.app.screen


async def run(pilot, screen) -> None:
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: not screen.running and screen.query_one(ResultBanner).headline.startswith("You have"))
    await pilot.pause()


async def test_the_student_gives_an_id_and_the_countdown_starts_with_a_start_record(make_exam_app, tmp_path):
    app = make_exam_app(student=None)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ExamStartScreen))
        assert not (tmp_path / "logs" / "s1234.jsonl").exists()  # nothing starts before the student does
        app.screen.query_one(Input).value = "../etc"
        await pilot.press("enter")
        assert "can't be used" in str(app.screen.query_one("#exam-start-error").content)
        app.screen.query_one(Input).value = "s1234"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ExamProblemScreen))
        assert app.screen.query_one(Countdown).text == "1:30:00 left"
    [first] = log_lines(tmp_path)
    assert first["event"] == "start" and first["exam"] == "Lab exam" and first["student"] == "s1234"
    assert first["exam_sha256"] == app.exam_file.sha256 and first["host"]
    assert first["time"] == "2026-12-01T09:00:00.000+01:00"


async def test_the_app_is_locked_to_the_exam(make_exam_app, tmp_path):
    app = make_exam_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        tabs = screen.query_one("#exam-tabs", Tabs)
        assert [str(tab.label) for tab in tabs.query("Tab")] == ["1. Add Two", "2. Reverse Words"]
        assert screen.problem.slug == "add-two"
        # Only the exam's languages.
        options = [str(prompt) for prompt, _ in screen.query_one("#language", Select)._options]
        assert options == ["Python 3", "C (gcc -O2)"]
        # No problem list, no custom tests: the keys do nothing and the footer doesn't offer them.
        await pilot.press("ctrl+o", "ctrl+n")
        await pilot.pause()
        assert app.screen is screen
        assert not any(isinstance(s, PickerScreen) for s in app.screen_stack)
        footer_actions = {b.action for _, b, enabled, _ in app.screen.active_bindings.values() if enabled}
        assert "problems" not in footer_actions and "add_test" not in footer_actions
        # The palette opens nothing but the exam's problems and languages.
        titles = [c.title for c in app.get_system_commands(screen)]
        assert "Problem 2: Reverse Words" in titles and "Run tests" in titles and "Language: C (gcc -O2)" in titles
        assert not [t for t in titles if t.startswith("Open problem") or "C++" in t or "Java" in t]
        assert not {"Back to problems", "New custom test", "Screenshot"} & set(titles)
        # Help says how the exam works, and lists no key of the practice mode's problem list.
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, ExamHelpScreen))
        text = app.screen.query_one(Markdown).source
        assert "The proctor grades the last code you ran" in text and str(tmp_path / "logs" / "s1234.jsonl") in text
        assert "Problem list" not in text and "ctrl+o" not in text and "custom" not in text.lower()
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        # f8 moves to the next problem of the exam, f3 back.
        await pilot.press("f8")
        await wait_for(pilot, lambda: getattr(app.screen, "problem", None) is not None and app.screen.problem.slug == "reverse-words")
        assert app.screen.query_one(Countdown).text.endswith("left")
        await pilot.press("f3")
        await wait_for(pilot, lambda: app.screen is screen)


async def test_every_run_appends_a_run_record_with_the_code_and_each_test(make_exam_app, tmp_path):
    app = make_exam_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        screen.query_one(CodeEditor).text = RIGHT + "# fake: wrong-big\n"
        await run(pilot, screen)
        screen.query_one(CodeEditor).text = RIGHT
        await run(pilot, screen)
        await pilot.press("ctrl+q")
    records = log_lines(tmp_path)
    assert [r["event"] for r in records] == ["start", "run", "run", "quit"]
    first, second = records[1], records[2]
    assert set(first) == RUN_KEYS
    assert first["problem"] == "add-two" and first["language"] == "python" and first["code"] == RIGHT + "# fake: wrong-big\n"
    assert (first["verdict"], first["passed"], first["total"]) == ("WA", 2, 3)
    assert first["tests"][2] == {"index": 3, "verdict": "WA", "time_ms": 12, "memory_kb": 8192}  # the hidden test, for the proctor
    assert (second["verdict"], second["passed"], second["code"]) == ("AC", 3, RIGHT)


async def test_the_countdown_resumes_from_the_first_start_across_a_restart(make_exam_app, tmp_path, clock):
    app = make_exam_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        screen.query_one(CodeEditor).text = RIGHT + "# mine\n"
        clock.advance(minutes=10)
        await wait_for(pilot, lambda: screen.query_one(Countdown).text == "1:20:00 left")
        await pilot.press("ctrl+q")
    clock.advance(minutes=5)  # the app was closed for five minutes: they count
    again = make_exam_app()
    async with again.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(again.screen, ExamProblemScreen))
        await wait_for(pilot, lambda: again.screen.query_one(Countdown).text == "1:15:00 left")
        assert again.screen.query_one(CodeEditor).text == RIGHT + "# mine\n"  # the exam's own saved code
        await pilot.press("ctrl+q")
    records = log_lines(tmp_path)
    assert [r["event"] for r in records] == ["start", "quit", "resume", "quit"]
    assert records[0]["time"] == "2026-12-01T09:00:00.000+01:00"
    assert records[2]["time"] == "2026-12-01T09:15:00.000+01:00"


async def test_at_zero_the_editor_locks_the_code_on_screen_is_judged_and_the_log_closed(make_exam_app, tmp_path, clock, data_dir):
    app = make_exam_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await run(pilot, screen)  # the starter: 0 of 3
        screen.query_one(CodeEditor).text = RIGHT  # typed, never run
        await pilot.press("f8")
        await wait_for(pilot, lambda: app.screen is not screen)
        clock.advance(minutes=90)
        await wait_for(pilot, lambda: summary(app))
        assert screen.query_one(CodeEditor).read_only
        assert summary(app) == [["Add Two", "3/3 AC", "2"], ["Reverse Words", "not run", "0"]]
    records = log_lines(tmp_path)
    assert [r["event"] for r in records] == ["start", "run", "run", "end"]
    assert records[2]["code"] == RIGHT and records[2]["verdict"] == "AC"
    assert records[3]["reason"] == "time"
    # Reopened after the end: the summary, locked, and nothing more in the log.
    again = make_exam_app()
    async with again.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: summary(again))
        assert summary(again)[0] == ["Add Two", "3/3 AC", "2"]
        assert not any(isinstance(s, ExamProblemScreen) for s in again.screen_stack)
    assert len(log_lines(tmp_path)) == 4


async def test_a_run_in_flight_at_zero_is_waited_for_and_logged_once(make_exam_app, tmp_path, clock, fake):
    app = make_exam_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        screen.query_one(CodeEditor).text = RIGHT + "# fake: hold\n"
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.running)
        clock.advance(minutes=91)
        await wait_for(pilot, lambda: screen.query_one(CodeEditor).read_only)
        await pilot.pause(0.5)
        assert not isinstance(app.screen, ExamSummaryScreen)  # the run still holds the end back
        fake.release.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ExamSummaryScreen))
    assert [r["event"] for r in log_lines(tmp_path)] == ["start", "run", "end"]


async def test_reopened_after_the_time_ran_out_while_closed_shows_the_summary(make_exam_app, tmp_path, clock):
    app = make_exam_app()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("ctrl+q")
    clock.advance(hours=2)
    again = make_exam_app()
    async with again.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(again.screen, ExamSummaryScreen))
    records = log_lines(tmp_path)
    assert [r["event"] for r in records] == ["start", "quit", "end"]
    assert records[-1]["reason"] == "time ran out while the app was closed"


async def test_without_sample_output_a_sample_shows_only_its_verdict(make_exam_app):
    app = make_exam_app(text=EXAM + "show_sample_output: false\n")
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        screen.query_one(CodeEditor).text = RIGHT + "# fake: wrong\n"
        await run(pilot, screen)
        assert "Wrong Answer" in str(screen.query_one("#banner-detail").content)
        assert "expected" not in str(screen.query_one("#banner-detail").content)
        await pilot.press("f4", "home", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DetailsScreen))
        assert app.screen.query("#details-hidden") and not app.screen.query("#details-actual")


async def test_a_log_of_another_exam_is_refused_on_the_start_screen(make_exam_app, tmp_path, clock, exam_file):
    other = load_exam(exam_file(EXAM.replace("Lab exam", "Other exam")), [PROBLEMS])
    ExamSession(other, "s1234", LogFolder(tmp_path / "logs"), clock=clock).begin()
    app = make_exam_app(student=None)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ExamStartScreen))
        app.screen.query_one(Input).value = "s1234"
        await pilot.press("enter")
        await pilot.pause()
        assert "was started for another exam file" in str(app.screen.query_one("#exam-start-error").content)
        assert isinstance(app.screen, ExamStartScreen)


async def test_the_time_limit_shown_is_the_one_applied_on_this_machine(make_exam_app):
    app = make_exam_app()
    app.runner.time_factor = 1.8  # as `proctorx calibrate` would have stored for a slow machine
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        assert "Time limit 1 s × 1.8 on this machine" in str(screen.query_one("#problem-meta").content)
