"""`proctorx server`: the judge as a service for lab networks (README: For
lab administrators; the API: docs/server.md).  The only module that imports
the web server (uvicorn)."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import socket
import sys
from pathlib import Path

from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, EXIT_SANDBOX, UsageError

DEFAULT_PORT = 8765


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1; another needs --tokens)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"the port (default {DEFAULT_PORT}; 0 picks a free one)")
    parser.add_argument(
        "--problems",
        type=Path,
        action="append",
        help="a folder of problems to serve (repeatable; default ./problems, then the shipped ones)",
    )
    parser.add_argument("--tokens", type=Path, help="who may judge: lines of `TOKEN STUDENT [EXAM_FILE]`")
    parser.add_argument("--log", type=Path, default=Path("logs"), help="the server's log and (by default) its database (default ./logs)")
    parser.add_argument("--db", help="where exam runs are recorded: sqlite:///PATH (default: LOG/proctorx.db) or postgresql://...")
    parser.add_argument("--jobs", type=int, default=None, help="compiles and tests run at once, all clients together (default: the cores)")
    parser.add_argument("--name", help="this server's name in records and logs (default HOST:PORT of this machine)")
    parser.add_argument("--max-code-kb", type=int, default=256, help="the largest source file taken (default 256)")
    parser.add_argument(
        "--max-answers-kb",
        type=int,
        default=4096,
        help="the most a submit-answer problem's answers may hold, all tests together (default 4096)",
    )
    parser.add_argument("--max-tests", type=int, default=256, help="the most tests one request may send (default 256)")
    parser.add_argument(
        "--max-runs-per-client",
        type=int,
        default=1,
        help="runs of one token (or, without tokens, one address) judged at once; its next waits, the newest replacing it (default 1)",
    )
    parser.add_argument(
        "--lanes", type=int, default=None, help="runs judged at once, all clients together (default: --jobs + 1); the rest wait their turn"
    )
    parser.add_argument(
        "--max-queued", type=int, default=64, help="runs waiting their turn, all clients together; past it a run gets 429 (default 64)"
    )


def run(args: argparse.Namespace) -> int:
    from tui.exam.database import Database, redact, sqlite_url
    from tui.exam.records import RecordsError
    from tui.packages import load_library
    from tui.server.tokens import Tokens, TokensError
    from tui.server.wire import RequestLimits

    _check_host(args.host, args.tokens)
    for value, name in (
        (args.max_code_kb, "--max-code-kb"),
        (args.max_answers_kb, "--max-answers-kb"),
        (args.max_tests, "--max-tests"),
        (args.max_runs_per_client, "--max-runs-per-client"),
        (args.max_queued, "--max-queued"),
        (1 if args.lanes is None else args.lanes, "--lanes"),
    ):
        if value < 1:
            raise UsageError(f"{name} must be at least 1")
    jobs = common.jobs(args.jobs)
    for folder in args.problems or []:
        if not folder.is_dir():
            raise UsageError(f"--problems {folder}: no such folder")
    roots = list(args.problems) if args.problems else common.problem_roots(None)
    library = load_library(*roots)
    try:
        tokens = Tokens.load(args.tokens, roots) if args.tokens else None
    except TokensError as exc:
        raise UsageError(str(exc)) from None
    try:
        args.log.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"--log {args.log}: can't be made ({exc.strerror or exc})") from None
    url = args.db or sqlite_url(args.log / "proctorx.db")
    try:
        database = Database(url)
        for exam in tokens.exams() if tokens else []:
            database.register_exam(exam.sha256, exam.title)
    except RecordsError as exc:
        print(f"proctorx: {exc}", file=sys.stderr)
        return EXIT_SANDBOX
    sock = _bind(args.host, args.port)
    port = sock.getsockname()[1]
    name = args.name or f"{socket.gethostname()}:{port}"
    _logging(args.log, name)
    try:
        return _serve(
            args,
            sock,
            name,
            roots,
            library,
            tokens,
            database,
            jobs,
            RequestLimits(
                code_bytes=args.max_code_kb * 1024,
                answers_bytes=args.max_answers_kb * 1024,
                tests=args.max_tests,
                in_flight_per_client=args.max_runs_per_client,
                queued=args.max_queued,
            ),
            redact(url),
        )
    finally:
        database.close()


def _serve(args, sock, name, roots, library, tokens, database, jobs, limits, shown_url) -> int:
    import uvicorn

    from tui import languages
    from tui.exam.records import RecordsError
    from tui.sandbox import open_sandbox
    from tui.server.gate import SharedSandbox
    from tui.server.judgement import ServerState
    from tui.server.lanes import Lanes, lanes_for, recover
    from tui.server.service import create_app, shutdown

    sandbox = open_sandbox("docker", jobs)  # SandboxUnavailable: exit 3 with the fix (main)
    try:
        progress = common.ProgressLine()
        sandbox.prepare(list(languages.all_languages().values()), progress)
        progress.done()
        state = ServerState(
            name=name,
            sandbox=SharedSandbox(sandbox, jobs),
            database=database,
            library={p.slug: p for p in library.problems},
            limits=limits,
            tokens=tokens,
        )
        lanes = Lanes(state, args.lanes or lanes_for(jobs), limits.queued, limits.in_flight_per_client)
        state.lanes = lanes
        try:
            again, failed = recover(state, lanes)  # runs a killed server had accepted
        except RecordsError as exc:  # they stay in the database for the next start
            print(f"proctorx server {name}: the runs accepted before a stop can't be read now: {exc}", file=sys.stderr)
            again = failed = 0
        if again or failed:
            print(f"proctorx server {name}: {again} runs accepted before a stop judged now, {failed} ended as failed", flush=True)
        lanes.start()
        for error in library.errors:
            print(f"proctorx server: skipped a problem: {error}", file=sys.stderr)
        host, port = sock.getsockname()[:2]
        shown_host = f"[{host}]" if ":" in host else host
        who = f"{len(tokens)} tokens from {args.tokens}" if tokens else "no tokens: anyone who can reach it"
        print(
            f"proctorx server {name}: listening on http://{shown_host}:{port} · {len(state.library)} problems · {who} · "
            f"records in {shown_url} · {sandbox.describe()}, {jobs} at once, {lanes.count} runs in lanes",
            flush=True,
        )
        config = uvicorn.Config(create_app(state), log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=20)
        server = _uvicorn_server(config, on_exit=lambda: shutdown(state))
        try:
            server.run(sockets=[sock])
        except KeyboardInterrupt:  # uvicorn hands the signal on once it has stopped
            pass
        lanes.close()  # also when uvicorn stopped by itself
        lanes.wait(timeout_s=30)
        print(f"proctorx server {name}: stopped", flush=True)
        return EXIT_OK
    finally:
        sandbox.close()


def _uvicorn_server(config, on_exit):
    """uvicorn's Server, told first to cancel the judgements in flight when
    a signal asks it to stop (their clients hear why), so shutting down never
    waits on a run."""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            on_exit()
            super().handle_exit(sig, frame)

    return Server(config)


def _check_host(host: str, tokens: Path | None) -> None:
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        raise UsageError(f"--host {host}: not an IP address (like 127.0.0.1, or 0.0.0.0 for every interface)") from None
    if not loopback and tokens is None:
        raise UsageError(f"--host {host} would let anyone on the network judge: give --tokens FILE as well (or keep 127.0.0.1)")


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"can't listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _logging(folder: Path, name: str) -> None:
    """One line per judgement, to stderr and to LOG/server.log; requests'
    headers (tokens) are never logged."""
    logger = logging.getLogger("proctorx.server")
    logger.setLevel(logging.INFO)
    formatter = logging.Formatter(f"%(asctime)s {name} %(levelname)s %(message)s")
    for handler in (logging.StreamHandler(sys.stderr), logging.FileHandler(folder / "server.log", encoding="utf-8")):
        handler.setFormatter(formatter)
        logger.addHandler(handler)


COMMAND = Command(
    "server",
    "judge for lab PCs over HTTP (README: For lab administrators)",
    arguments,
    run,
    description="An HTTP judge server over the same judge and sandbox: the app and `judge --judge URL` are its clients.",
)
