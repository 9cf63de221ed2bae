"""Before the exam: what it is, the student's id, and Start (or Resume).

The countdown starts when the student presses Start (a `start` record); a
log that can't be written, or that belongs to another exam, is said here and
the exam does not begin."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from tui.exam.session import ExamSession, SessionError


class ExamStartScreen(Screen):
    BINDINGS = [Binding("ctrl+q", "app.quit", "Quit", id="start.quit", priority=True)]

    def __init__(self, session: ExamSession | None = None, error: str = "") -> None:
        super().__init__()
        self.session = session
        self.error = error

    def compose(self) -> ComposeResult:
        exam = self.app.exam_file
        names = ", ".join(p.title for p in exam.problems)
        langs = ", ".join(lang.name for lang in exam.languages)
        with Vertical(id="exam-start"):
            yield Static(Text(exam.title, style="bold"), id="exam-start-title")
            yield Static(
                Text(
                    f"{len(exam.problems)} problem{'s' * (len(exam.problems) != 1)}: {names}\n"
                    f"{exam.duration_s / 60:g} minutes · {langs}\n"
                    "The countdown starts when you press Start, and it does not stop if you quit:\n"
                    "reopening the exam resumes it. Every run is logged for the proctor, in\n"
                    f"{self.app.log_location(self.session.student if self.session else '<your id>')}"
                ),
                id="exam-start-info",
            )
            if self.session is None:
                yield Input(placeholder="your student id", id="exam-student")
            else:
                yield Static(Text(f"Student: {self.session.student}"), id="exam-start-student")
            resume = self.session is not None and self.session.state != "new"
            yield Button("Resume the exam" if resume else "Start the exam", variant="primary", id="exam-start-button")
            yield Static(Text(self.error), id="exam-start-error")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#exam-start-error").display = bool(self.error)
        target = self.query("#exam-student")
        (target.first() if target else self.query_one("#exam-start-button")).focus()

    def say(self, error: str) -> None:
        self.error = error
        widget = self.query_one("#exam-start-error", Static)
        widget.update(Text(error))
        widget.display = bool(error)

    @on(Input.Submitted, "#exam-student")
    @on(Button.Pressed, "#exam-start-button")
    def start(self) -> None:
        session = self.session
        if session is None:
            student = self.query_one("#exam-student", Input).value.strip()
            if not student:
                self.say("Type your student id first.")
                return
            try:
                session = self.app.open_session(student)
            except SessionError as exc:
                self.say(str(exc))
                return
        error = self.app.begin_exam(session)
        if error:
            self.session = session
            self.say(error)
