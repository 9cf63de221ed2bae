"""The tokens file: who may judge on a server, and for which exam.

    # TOKEN            STUDENT   [EXAM_FILE]
    k3J9...            alice     exams/exam2.yaml
    lab-pc-14-secret   pc14
    Xq81...            admin:ms-lee exams/exam2.yaml

One token per line; `#` starts a comment; an exam file is relative to the
tokens file.  A token with an exam may judge that exam's problems in its
languages, and its runs are recorded; one without may judge any problem the
server holds (practice), unrecorded.  `admin:NAME` makes an admin token: the
proctor's (tui.server.proctor), who watches the students of its exam (of every
exam of the file, without one); it judges as practice does, never recorded,
and a student's token never opens the proctor's view.  A token is kept only as
its SHA-256, so neither the server's memory dumps nor its logs hold one.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

from tui.exam.examfile import Exam, ExamFileError, load_exam
from tui.exam.records import RecordsError, check_student

MIN_TOKEN = 8
ADMIN = "admin:"
SESSION_SALT = b"proctorx proctor session"


class TokensError(Exception):
    """A tokens file that can't be used; names the file, the line and the fix."""


@dataclass(frozen=True)
class Client:
    """Who a request comes from: the token's student (or machine) and exam."""

    student: str
    exam: Exam | None = None
    token_id: str = ""  # the first hex digits of the token's hash: safe to log
    admin: bool = False  # a proctor's token (`admin:NAME`): it watches, it is not examined
    watches: Exam | None = None  # an admin's exam (None: every exam of the tokens file)


ANONYMOUS = Client("anonymous")


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Tokens:
    def __init__(self, entries: dict[str, Client], path: Path | None = None) -> None:
        self._by_hash = entries
        self.path = path

    @classmethod
    def load(cls, path: Path, problem_roots: list[Path] | None = None) -> Tokens:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TokensError(f"{path}: the tokens file can't be read ({getattr(exc, 'strerror', None) or exc})") from None
        exams: dict[Path, Exam] = {}
        entries: dict[str, Client] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            where = f"{path}:{number}"
            if len(words) not in (2, 3):
                raise TokensError(
                    f"{where}: expected `TOKEN STUDENT [EXAM_FILE]` (or `TOKEN admin:NAME [EXAM_FILE]`), found {len(words)} words"
                )
            token, student = words[0], words[1]
            admin = student.startswith(ADMIN)
            if admin:
                student = student[len(ADMIN) :]
            if len(token) < MIN_TOKEN:
                raise TokensError(
                    f"{where}: the token is {len(token)} characters: use at least {MIN_TOKEN} (random ones, like `openssl rand -hex 16`)"
                )
            try:
                check_student(student)
            except RecordsError as exc:
                raise TokensError(f"{where}: {exc}") from None
            exam = None
            if len(words) == 3:
                exam_path = (Path(path).parent / words[2]).resolve()
                if exam_path not in exams:
                    try:
                        exams[exam_path] = load_exam(exam_path, problem_roots)
                    except ExamFileError as exc:
                        raise TokensError(f"{where}: the exam file can't be used: {exc}") from None
                exam = exams[exam_path]
            digest = fingerprint(token)
            if digest in entries:
                raise TokensError(f"{where}: this token is already given on an earlier line: each token names one student")
            if admin:
                entries[digest] = Client(student, None, digest[:8], admin=True, watches=exam)
            else:
                entries[digest] = Client(student, exam, digest[:8])
        if not entries:
            raise TokensError(f"{path}: no tokens in it (one `TOKEN STUDENT [EXAM_FILE]` per line)")
        return cls(entries, Path(path))

    def find(self, token: str | None) -> Client | None:
        if not token:
            return None
        digest = fingerprint(token)
        client = self._by_hash.get(digest)
        # The dict lookup already decided; compare_digest keeps the last step
        # free of early exits on the matching entry.
        if client is not None and hmac.compare_digest(digest[:8], client.token_id):
            return client
        return None

    def by_id(self, token_id: str) -> Client | None:
        """The client whose token's fingerprint begins so (Client.token_id):
        how a run kept in the database finds its student again."""
        return next((c for c in self._by_hash.values() if c.token_id == token_id), None)

    def session(self, client: Client) -> str | None:
        """The proctor's page's cookie for an admin: derived from the token's
        hash, so every server with this tokens file takes it and a stolen
        cookie opens the proctor's view only, never judges as the token."""
        digest = next((d for d, c in self._by_hash.items() if c is client and c.admin), None)
        return None if digest is None else hmac.new(digest.encode(), SESSION_SALT, hashlib.sha256).hexdigest()

    def by_session(self, cookie: str | None) -> Client | None:
        if not cookie:
            return None
        for client in self.admins():
            if hmac.compare_digest((self.session(client) or "").encode(), cookie.encode("utf-8", "replace")):
                return client
        return None

    def admins(self) -> list[Client]:
        return [c for c in self._by_hash.values() if c.admin]

    def students_of(self, sha256: str) -> list[str]:
        """The students whose tokens sit this exam, sorted: the room's roll,
        those who never started included."""
        return sorted({c.student for c in self._by_hash.values() if c.exam is not None and c.exam.sha256 == sha256})

    def exams(self) -> list[Exam]:
        seen: dict[str, Exam] = {}
        for client in self._by_hash.values():
            exam = client.watches if client.admin else client.exam
            if exam is not None:
                seen.setdefault(exam.sha256, exam)
        return list(seen.values())

    def __len__(self) -> int:
        return len(self._by_hash)
