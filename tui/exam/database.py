"""Exam records in a database: SQLite (one judge server, a file in its log
folder) or PostgreSQL (several servers, one record of the class).

Each (exam, student) is one hash chain, sealed exactly as a log folder's
(tui.exam.chain), and each record is stored as the very line a log file would
hold, so `exam report` verifies a database as it verifies a folder, and
`exam export` writes the same JSON Lines.  Several servers may append to one
student's chain at once: appends are serialised per student (an advisory lock
on PostgreSQL, a write transaction on SQLite), and a unique (exam, student,
seq) makes any append that lost a race fail and seal again on the new end.

A database can hold several exams; `Database(url)` presents one exam's
records (students(), lines()) like a log folder: the only one it holds, or the
one chosen with `?exam=SHA256` (a prefix of at least 8 hex digits will do).
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from tui.exam import chain
from tui.exam.records import RecordsError, check_student

SCHEMES = ("sqlite", "postgresql", "postgres")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
APPEND_TRIES = 50

_metadata = sa.MetaData()
exams = sa.Table("exams", _metadata, sa.Column("sha256", sa.String(64), primary_key=True), sa.Column("title", sa.Text))
records = sa.Table(
    "records",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("exam_sha256", sa.String(64)),
    sa.Column("student", sa.String(64)),
    sa.Column("seq", sa.Integer),
    sa.Column("event", sa.String(16)),
    sa.Column("time", sa.String(40)),
    sa.Column("hash", sa.String(64)),
    sa.Column("server", sa.String(200)),
    sa.Column("line", sa.Text),
)
judgements = sa.Table(
    "judgements",
    _metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("owner", sa.String(64)),
    sa.Column("server", sa.String(200)),
    sa.Column("status", sa.String(16)),
    sa.Column("created", sa.Float),
    sa.Column("expires", sa.Float),
    sa.Column("body", sa.Text),
    sa.Column("request", sa.Text),  # what was asked, until the judgement ends (0002)
)
UNFINISHED = ("queued", "running")


def is_database_url(source: str) -> bool:
    return "://" in str(source)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _lock_key(*words: str) -> int:
    """A signed 64-bit key for PostgreSQL's advisory locks."""
    return int.from_bytes(hashlib.sha256("\0".join(words).encode()).digest()[:8], "big", signed=True)


class Database:
    """The Records protocol (tui.exam.records) over SQLAlchemy Core."""

    def __init__(self, url: str, exam: str | None = None) -> None:
        self.url, wanted = _split_exam(url)
        self.shown = redact(self.url)
        self._wanted = exam or wanted
        self._exam: str | None = None
        scheme = urlsplit(self.url).scheme.split("+")[0]
        if scheme not in SCHEMES:
            raise RecordsError(f"{self.shown}: not a database URL (use sqlite:///PATH or postgresql://USER@HOST/DB)")
        self.postgres = scheme != "sqlite"
        try:
            self.engine = self._engine(scheme)
            self._migrate()
        except SQLAlchemyError as exc:
            raise RecordsError(f"the record database {self.shown} can't be used: {_reason(exc)}") from None

    def _engine(self, scheme: str) -> sa.Engine:
        if not self.postgres:
            path = urlsplit(self.url).path[1:] if self.url.startswith("sqlite:///") else ""
            if path and not Path(path).parent.is_dir():
                raise RecordsError(f"{self.shown}: the folder {Path(path).parent} doesn't exist")
            engine = sa.create_engine(self.url, connect_args={"timeout": 30, "check_same_thread": False})

            # pysqlite's own transaction handling would start writes lazily;
            # BEGIN IMMEDIATE takes the write lock first, so two appends to a
            # chain (threads or processes) go one after the other.
            @sa.event.listens_for(engine, "connect")
            def _connect(dbapi, record) -> None:
                dbapi.isolation_level = None
                dbapi.execute("PRAGMA journal_mode=WAL")
                dbapi.execute("PRAGMA synchronous=FULL")

            @sa.event.listens_for(engine, "begin")
            def _begin(conn) -> None:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

            return engine
        driver_url = "postgresql+psycopg://" + self.url.split("://", 1)[1]
        return sa.create_engine(driver_url, pool_pre_ping=True, pool_size=5, max_overflow=10, connect_args={"connect_timeout": 10})

    def _migrate(self) -> None:
        """Brings the schema to the newest migration (Alembic); servers that
        start together take turns."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            if self.postgres:
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key("proctorx-migrate")})
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    # ---- which exam --------------------------------------------------------
    def exams(self) -> list[tuple[str, str, int]]:
        """(sha256, title, students) of every exam with records."""
        query = (
            sa.select(records.c.exam_sha256, sa.func.coalesce(exams.c.title, ""), sa.func.count(sa.distinct(records.c.student)))
            .select_from(records.outerjoin(exams, exams.c.sha256 == records.c.exam_sha256))
            .group_by(records.c.exam_sha256, exams.c.title)
            .order_by(records.c.exam_sha256)
        )
        with self._reading() as conn:
            return [(sha, title, count) for sha, title, count in conn.execute(query)]

    @property
    def exam(self) -> str:
        """The exam whose records students()/lines() present."""
        if self._exam is None:
            found = self.exams()
            if self._wanted:
                matching = [e for e in found if e[0].startswith(self._wanted.lower())]
                if len(self._wanted) < 8 or len(matching) != 1:
                    known = "; ".join(f"{sha[:12]} {title!r}" for sha, title, _ in found) or "none"
                    raise RecordsError(f"{self.shown}: no single exam matches ?exam={self._wanted} (exams here: {known})")
                self._exam = matching[0][0]
            elif len(found) == 1:
                self._exam = found[0][0]
            elif not found:
                raise RecordsError(f"{self.shown}: holds no exam records yet")
            else:
                choices = "; ".join(f"?exam={sha[:12]} for {title!r} ({count} students)" for sha, title, count in found)
                raise RecordsError(f"{self.shown} holds {len(found)} exams: add one to the URL: {choices}")
        return self._exam

    def register_exam(self, sha256: str, title: str) -> None:
        """Names an exam (its title, for choosing among several)."""
        try:
            with self.engine.begin() as conn:
                if conn.execute(sa.select(exams.c.sha256).where(exams.c.sha256 == sha256)).first() is None:
                    conn.execute(sa.insert(exams).values(sha256=sha256, title=title))
        except IntegrityError:
            pass  # another server named it first
        except SQLAlchemyError as exc:
            raise self._error("written", exc) from None

    # ---- the Records protocol ---------------------------------------------
    def append(self, student: str, record: dict) -> dict:
        """Seals the record as the next of the student's chain in its exam
        (record["exam_sha256"], else the chosen exam) and commits it."""
        check_student(student)
        exam = record.get("exam_sha256") or self.exam
        for _ in range(APPEND_TRIES):
            try:
                with self.engine.begin() as conn:
                    if self.postgres:
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(exam, student)})
                    last = conn.execute(
                        sa.select(records.c.line)
                        .where(records.c.exam_sha256 == exam, records.c.student == student)
                        .order_by(records.c.seq.desc())
                        .limit(1)
                    ).scalar()
                    sealed = chain.seal(record, None if last is None else json.loads(last))
                    conn.execute(
                        sa.insert(records).values(
                            exam_sha256=exam,
                            student=student,
                            seq=sealed["seq"],
                            event=str(sealed.get("event", "")),
                            time=str(sealed.get("time", "")),
                            hash=sealed["hash"],
                            server=str(sealed.get("server", "")),
                            line=chain.line(sealed),
                        )
                    )
                return sealed
            except IntegrityError:
                time.sleep(0.01)  # another server took this seq first: seal again on the new end
            except SQLAlchemyError as exc:
                raise self._error("written", exc) from None
        raise RecordsError(f"{self.shown}: the record of {student} could not be appended (the chain kept moving)")

    def students(self) -> list[str]:
        query = sa.select(records.c.student).distinct().where(records.c.exam_sha256 == self.exam).order_by(records.c.student)
        with self._reading() as conn:
            return list(conn.execute(query).scalars())

    def lines(self, student: str) -> list[str]:
        query = (
            sa.select(records.c.line)
            .where(records.c.exam_sha256 == self.exam, records.c.student == student)
            .order_by(records.c.seq, records.c.id)
        )
        with self._reading() as conn:
            return [line + "\n" for line in conn.execute(query).scalars()]

    def heads(self) -> dict[str, tuple[int, int]]:
        """student -> (records, last seq) in the chosen exam: one cheap query
        that changes whenever a record is appended (the proctor's view polls
        it; an edit in place shows only when the chains are verified again)."""
        query = (
            sa.select(records.c.student, sa.func.count(), sa.func.max(records.c.seq))
            .where(records.c.exam_sha256 == self.exam)
            .group_by(records.c.student)
        )
        with self._reading() as conn:
            return {student: (count, last) for student, count, last in conn.execute(query)}

    def first(self, student: str, event: str) -> dict | None:
        """The student's first record of this event in the chosen exam."""
        query = (
            sa.select(records.c.line)
            .where(records.c.exam_sha256 == self.exam, records.c.student == student, records.c.event == event)
            .order_by(records.c.seq)
            .limit(1)
        )
        with self._reading() as conn:
            line = conn.execute(query).scalar()
        return None if line is None else json.loads(line)

    def for_exam(self, sha256: str) -> Database:
        """The same database, presenting another exam (shares the engine)."""
        view = object.__new__(Database)
        view.__dict__.update(self.__dict__)
        view._wanted, view._exam = sha256, sha256
        return view

    # ---- judgements kept a while, for fetching again by id -----------------
    def put_judgement(self, id: str, owner: str, server: str, status: str, body: dict, keep_s: float, request: dict | None = None) -> None:
        """Keeps a judgement's status and body; `request` (what its client
        asked) is kept while it is unfinished and dropped once it ends."""
        now = time.time()
        values = dict(owner=owner, server=server, status=status, created=now, expires=now + keep_s, body=json.dumps(body))
        if request is not None:
            values["request"] = json.dumps(request)
        elif status not in UNFINISHED:
            values["request"] = None
        try:
            with self.engine.begin() as conn:
                conn.execute(sa.delete(judgements).where(judgements.c.expires < now))
                changed = {k: v for k, v in values.items() if k != "created"}  # created: when it was accepted
                if conn.execute(sa.update(judgements).where(judgements.c.id == id).values(**changed)).rowcount == 0:
                    conn.execute(sa.insert(judgements).values(id=id, **values))
        except SQLAlchemyError as exc:
            raise self._error("written", exc) from None

    def unfinished_judgements(self, server: str) -> list[tuple[str, str, dict]]:
        """(id, owner, request) of this server's judgements that never ended,
        oldest first: a killed server's queue."""
        query = (
            sa.select(judgements.c.id, judgements.c.owner, judgements.c.request)
            .where(judgements.c.server == server, judgements.c.status.in_(UNFINISHED), judgements.c.request.is_not(None))
            .order_by(judgements.c.created)
        )
        with self._reading() as conn:
            return [(id, owner, json.loads(request)) for id, owner, request in conn.execute(query)]

    def get_judgement(self, id: str, owner: str) -> tuple[str, dict] | None:
        query = sa.select(judgements.c.status, judgements.c.body).where(
            judgements.c.id == id, judgements.c.owner == owner, judgements.c.expires >= time.time()
        )
        with self._reading() as conn:
            row = conn.execute(query).first()
        return None if row is None else (row[0], json.loads(row[1]))

    def ping(self) -> None:
        """Raises RecordsError unless the database answers now."""
        with self._reading() as conn:
            conn.execute(sa.text("SELECT 1"))

    def close(self) -> None:
        self.engine.dispose()

    # ---- errors -------------------------------------------------------------
    def _reading(self):
        return _Reading(self)

    def _error(self, what: str, exc: Exception) -> RecordsError:
        return RecordsError(f"the record database {self.shown} can't be {what}: {_reason(exc)}")


class _Reading:
    """A connection for reading; any database failure is a RecordsError."""

    def __init__(self, db: Database) -> None:
        self.db, self.conn = db, None

    def __enter__(self):
        try:
            self.conn = self.db.engine.connect()
        except SQLAlchemyError as exc:
            raise self.db._error("reached", exc) from None
        return _Guarded(self.db, self.conn)

    def __exit__(self, *exc) -> None:
        try:
            self.conn.close()
        except SQLAlchemyError:
            pass


class _Guarded:
    def __init__(self, db: Database, conn) -> None:
        self.db, self.conn = db, conn

    def execute(self, *args, **kwargs):
        try:
            return self.conn.execute(*args, **kwargs)
        except SQLAlchemyError as exc:
            raise self.db._error("read", exc) from None


def _split_exam(url: str) -> tuple[str, str | None]:
    """The URL without `exam=` in its query, and that exam.  (Split by hand:
    urlunsplit would turn sqlite:////abs/path into sqlite://abs/path.)"""
    base, _, query = url.partition("?")
    pairs = parse_qsl(query, keep_blank_values=True)
    exam = next((value for key, value in pairs if key == "exam"), None)
    rest = urlencode([(key, value) for key, value in pairs if key != "exam"])
    return base + ("?" + rest if rest else ""), exam


def _reason(exc: Exception) -> str:
    """The driver's own words, on one line."""
    inner = getattr(exc, "orig", None) or exc
    text = " ".join(str(inner).split())
    return text[:300] or type(inner).__name__
