"""Practice beyond the problem's own tests, mixed into the problem screen:
stress testing (ctrl+g), expected outputs for custom tests from the reference
solution, one test at a time (r on a row) or the failed ones (f8), the user's
own editor (f3), and the --solution file watched, reloaded when it changes on
disk and, when the user turns it on (f9), tested.

The screen calls the hooks (answer_from_cache, fill_reference_answers,
write_solution_file); Textual calls the handlers here along with the
screen's own, since it calls every class's handler of a message.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from tui import languages
from tui.app import messages as msg
from tui.app.answers import AnswerCache, ReferenceAnswered, answered
from tui.app.external_editor import NO_EDITOR, ScratchFile, editor_command, replace_all, run_editor
from tui.app.screens.confirm import ConfirmScreen
from tui.app.screens.stress import StressScreen
from tui.app.watch import POLL_S, WatchedFile
from tui.app.widgets.rerun import failed_last_time
from tui.judging.reference import answer_key, answering_source
from tui.packages import TestCase


@dataclass
class SolutionFileChanged(Message, bubble=False):
    kind: str  # "changed", "vanished", "back" (see WatchedFile.poll)


class PracticeTools:
    # The reference solution may answer the user's own inputs (custom tests'
    # expected outputs, stress testing's default brute).  Exam mode sets this
    # to False on its screen: the reference would answer any input typed.
    reference_allowed: bool = True

    watched: WatchedFile | None = None
    _rerun_pending = False

    # ---- set-up ----------------------------------------------------------------
    def on_mount(self) -> None:
        if self.solution is not None:
            self.watched = WatchedFile(self.solution, self._initial)
            self._watch_solution()

    @property
    def run_on_change(self) -> bool:
        return bool(self.store.state("run_on_change", False))

    # ---- expected outputs from the reference solution ------------------------------
    @property
    def answers(self) -> AnswerCache:
        return AnswerCache(self.app.store.root)

    def answer_from_cache(self, tests: list[TestCase]) -> list[TestCase]:
        """Custom tests without an expected output get the one the reference
        gave before, if any (and leave `unjudged`)."""
        if not self.reference_allowed or not self.unjudged or self.problem.multipass:
            return tests
        tests, found = self.answers.lookup(self.problem, tests, self.unjudged)
        self.unjudged -= found
        return tests

    def fill_reference_answers(self, run_id: int, tests: list[TestCase], cancel: threading.Event) -> list[TestCase]:
        """In the run's worker: the reference answers the custom tests still
        without an expected output, before they run; the panel hears of it."""
        unjudged = set(self.unjudged)
        missing = [t for t in tests if t.origin == "custom" and t.index in unjudged and not isinstance(t, ReferenceAnswered)]
        # A multi-pass test's answer file is the validator's, not what a reference prints: it is never made up.
        allowed = self.reference_allowed and not self.problem.multipass
        reference = answering_source(self.problem) if allowed and missing else None
        if reference is None:
            return tests
        outputs = self.app.runner.reference_answers(self.problem, [t.input() for t in missing], cancel)
        found, failed, keep = {}, {}, {}
        for test, answer in zip(missing, outputs):
            if answer.output is not None:
                found[test.index] = answered(test, answer.output)
                keep[answer_key(reference, test.input())] = answer.output
            elif not cancel.is_set():
                failed[test.index] = answer.error
        if keep:
            self.answers.store(self.problem, keep)
        self.panel.post_message(msg.ReferenceAnswers(run_id, found, failed))
        return [found.get(t.index, t) for t in tests]

    # ---- some of the tests -------------------------------------------------------
    def on_test_table_run_one(self, message) -> None:
        if self.running:
            self.notify("Tests are already running: escape cancels them.", severity="warning")
            return
        self.run_tests(only={message.test.index}, scope="one")

    def action_run_failed(self) -> None:
        if self.running:
            self.notify("Tests are already running: escape cancels them.", severity="warning")
            return
        failed = failed_last_time(self.panel.rows())
        if not failed:
            self.notify("No test failed last time: ctrl+r runs them all.", title="Re-run failed tests")
            return
        self.run_tests(only=set(failed), scope="failed")

    def on_test_panel_ended(self, message) -> None:
        if self._rerun_pending:
            self._rerun_pending = False
            self.set_timer(0.1, self.run_tests)

    # ---- stress testing --------------------------------------------------------
    def action_stress(self) -> None:
        if self.problem.interactive:
            self.notify(
                "Stress testing compares outputs: an interactive problem's interactor judges each exchange instead.", severity="warning"
            )
            return
        if self.problem.multipass:
            self.notify(
                "Stress testing compares one output: a multi-pass problem's validator judges each pass instead.", severity="warning"
            )
            return
        if self.running:
            self.notify("Wait for the run to finish (or cancel it) before stress testing.", severity="warning")
            return
        self.save(quiet=True)
        screen = StressScreen(self.problem, self.language, self.code(), reference_allowed=self.reference_allowed)
        self.app.push_screen(screen, self._stress_done)

    def _stress_done(self, test) -> None:
        if test is not None:
            self._add_custom(test)
        self.warm_up()  # the stress test used the containers started for the next run

    # ---- the --solution file -------------------------------------------------------
    def _file_is_editable(self) -> bool:
        return self.watched is not None and self._writable_solution()

    def write_solution_file(self, code: str) -> bool:
        """ctrl+s into the --solution file: at once, unless the file changed
        on disk since the app last agreed with it; then only if the user says so."""
        watched = self.watched
        if watched is None:
            return False
        disk = watched.disk_text()
        if disk is not None and disk != code and disk != watched.synced:
            question = f"{watched.name} changed on disk since ProctorX last read it. Write the editor's code over it?"
            self.app.push_screen(ConfirmScreen(question, yes="Overwrite"), lambda yes: yes and self._write_file(code, say=True))
            return False
        return self._write_file(code)

    def _write_file(self, code: str, say: bool = False) -> bool:
        try:
            self.watched.write(code)
        except OSError as exc:
            name = self.watched.name
            self.notify(f"{name} could not be written ({exc.strerror}); your code is saved in the data folder.", severity="error")
            return False
        if say:
            self.notify(f"Saved to {self.watched.path}", title="Saved")
        return True

    @work(thread=True, group="watch", exit_on_error=False)
    def _watch_solution(self) -> None:
        """Polls the file's stat; the screen hears of each change."""
        worker = get_current_worker()
        stop = threading.Event()
        while not worker.is_cancelled:
            change = self.watched.poll()
            if change is not None:
                self.post_message(SolutionFileChanged(change))
            stop.wait(POLL_S)

    def on_solution_file_changed(self, message: SolutionFileChanged) -> None:
        watched = self.watched
        if message.kind == "vanished":
            self.notify(
                f"{watched.name} was deleted or moved away. The editor keeps your code (also saved in the data folder); "
                "ctrl+s writes the file again.",
                title="File gone",
                severity="warning",
                timeout=12,
            )
            return
        text = watched.disk_text()
        if text is None:
            self.notify(f"{watched.name} changed on disk but can't be read as UTF-8 text: the editor keeps its code.", severity="warning")
            return
        code = self.code()
        if text == code:
            watched.agree(text)
        elif text == watched.synced:
            return  # touched, not changed
        elif not self._same_language():
            self.notify(f"{watched.name} changed on disk: switch the editor to its language to see it.", severity="warning")
        elif code == watched.synced:
            self._load_from_file(text)
        else:
            question = (
                f"{watched.name} changed on disk, and the editor has edits not saved to it. Load the file? "
                "(ctrl+z in the editor then brings your edits back.)"
            )
            self.app.push_screen(ConfirmScreen(question, yes="Load the file"), self._conflict_answered)

    def _conflict_answered(self, load: bool | None) -> None:
        text = self.watched.disk_text()
        if load and text is not None:
            self._load_from_file(text)
        else:
            self.notify(f"Kept the editor's code; ctrl+s asks before writing over {self.watched.name}.", title="Not reloaded")

    def _same_language(self) -> bool:
        try:
            return languages.for_file(self.watched.path).id == self.language.id
        except languages.LanguageError:
            return True

    def _load_from_file(self, text: str, say: str = "changed on disk") -> None:
        replace_all(self.query_one("#editor"), text)
        self.watched.agree(text)
        self.save(quiet=True)
        runs = self.run_on_change
        self.notify(f"Reloaded {self.watched.name}: it {say}" + (" · running the tests" if runs else ""), title="Reloaded")
        if runs:
            self._run_soon()

    def _run_soon(self) -> None:
        if self.running:
            self._rerun_pending = True
        else:
            self.run_tests()

    def action_toggle_run_on_change(self) -> None:
        on = not self.run_on_change
        self.store.set_state("run_on_change", on)
        what = self.watched.name if self.watched is not None else "the code coming back from your editor"
        self.notify(f"Run the tests when {what} changes: {'on' if on else 'off'}", title="Run on change")

    # ---- the user's own editor -----------------------------------------------------
    def action_external_editor(self) -> None:
        command = editor_command()
        if command is None:
            self.notify(NO_EDITOR, title="No editor", severity="warning", timeout=10)
            return
        if self._file_is_editable() and self._same_language():
            self._edit_file(command)
        else:
            self._edit_scratch(command)

    def _edit_file(self, command: list[str]) -> None:
        watched, code = self.watched, self.code()
        disk = watched.disk_text()
        if disk is None or (disk != code and disk == watched.synced):
            if not self._write_file(code):  # the editor's code is the newer (or the file is gone): the file gets it
                return
        elif disk != code and code == watched.synced:
            self._load_from_file(disk)
        elif disk != code:
            question = (
                f"{watched.name} changed on disk, and the editor has edits not saved to it. Open the file as it is on disk? "
                "(ctrl+z in the editor afterwards brings your edits back.)"
            )

            def answered_(yes: bool | None) -> None:
                text = watched.disk_text()
                if yes and text is not None:
                    self._load_from_file(text)
                    self._open(command, watched.path, watched.disk_text)

            self.app.push_screen(ConfirmScreen(question, yes="Open the file"), answered_)
            return
        self._open(command, watched.path, watched.disk_text)

    def _edit_scratch(self, command: list[str]) -> None:
        code = self.code()
        scratch = ScratchFile(self.language.source_name(code), code)
        try:
            self._open(command, scratch.path, scratch.read)
        finally:
            scratch.remove()

    def _open(self, command: list[str], path, read) -> None:
        """The editor on `path`, then its text back into the app."""
        problem = run_editor(self.app, command, path)
        text = read()
        if text is None:
            self.notify(f"{path.name} is gone after editing: the editor keeps the code it had.", severity="warning")
            return
        if self.watched is not None and path == self.watched.path:
            self.watched.agree(text)
        if problem:
            self.notify(problem, title="Your editor", severity="warning", timeout=10)
        if replace_all(self.query_one("#editor"), text):
            self.save(quiet=True)
            runs = self.run_on_change
            self.notify(f"Code from your editor loaded ({path.name})" + (" · running the tests" if runs else ""), title="Reloaded")
            if runs:
                self._run_soon()
