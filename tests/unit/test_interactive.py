"""Interactive problems without an engine: .interaction files read and shown
as an exchange, the verdict's order (problemtools'), the bounded exchange,
the relay's end-marker hold-back, and the JSON of an exchange."""

from __future__ import annotations

import socket
import threading

from tests.conftest import FIXTURES
from tui import packages
from tui.judging import interactive
from tui.judging.report_json import exchange_from_json, exchange_json
from tui.limits import Limits
from tui.packages.statements import exchange_lines, parse_interaction
from tui.sandbox import streams, wire
from tui.sandbox.base import Exchange, InteractiveResult, RunResult
from tui.sandbox.relay import Relay, Side, _partial_marker

LIMITS = Limits(time_s=1.0)


def test_an_interaction_file_is_read_line_by_line():
    text = ">792\n<higher\n>995\n<correct\n---\n>1\nnote\n"
    assert parse_interaction(text) == [
        ("program", "792"),
        ("judge", "higher"),
        ("program", "995"),
        ("judge", "correct"),
        ("pass", ""),
        ("program", "1"),
        ("note", "note"),
    ]
    assert exchange_lines(parse_interaction(text))[:2] == ["→ 792", "← higher"]


def test_a_kattis_statement_shows_the_sample_exchanges():
    problem = packages.load(FIXTURES / "kattis-legacy-doubling")
    assert problem.interactive and problem.checker.kind == "custom"
    statement = problem.statement
    assert "## Sample interaction 1" in statement
    assert "Lines marked → are what your program writes; lines marked ← are what it reads." in statement
    assert "```\n← 2\n← 5\n→ 10\n← -7\n→ -14\n```" in statement
    assert "Input\n\n```" not in statement  # not an input/output pair: the input is the interactor's


def test_a_native_statement_gets_its_sample_exchanges_appended():
    problem = packages.load(FIXTURES.parent.parent / "problems" / "guess-the-number")
    assert problem.statement.index("## Notes") < problem.statement.index("## Sample interaction 1")
    assert "→ ? 5\n← >\n→ ? 8" in problem.statement


def test_the_exchange_is_bounded_each_way():
    exchange = Exchange(limit=10)
    exchange.add("interactor", b"12345")
    exchange.add("interactor", b"6789")  # same sender: one chunk
    exchange.add("program", b"x" * 25)
    exchange.add("interactor", b"abcdef")
    assert exchange.chunks == [("interactor", b"123456789"), ("program", b"x" * 10), ("interactor", b"a")]
    assert exchange.truncated and exchange.sent("program") == 10


def run(exit_code=0, signal=None, cpu_ms=10, timed_out=False, output_exceeded=False, error=None, files=None) -> RunResult:
    return RunResult(
        exit_code=exit_code,
        signal=signal,
        cpu_ms=cpu_ms,
        timed_out=timed_out,
        output_exceeded=output_exceeded,
        error=error,
        files=files or {},
    )


def verdict(program: RunResult, interactor: RunResult, interactor_first: bool) -> tuple[str, str]:
    return interactive.verdict(InteractiveResult(program, interactor, interactor_first), LIMITS)


WA = {"feedback/judgemessage.txt": b"3 is not it"}


def test_the_verdicts_order_is_problemtools():
    assert verdict(run(0), run(42), True) == ("AC", "")
    assert verdict(run(0), run(43, files=WA), False) == ("WA", "3 is not it")
    # The interactor ended first with WA: that stands, whatever the program did next.
    assert verdict(run(1), run(43, files=WA), True) == ("WA", "3 is not it")
    assert verdict(run(None, timed_out=True), run(43, files=WA), True)[0] == "WA"
    # The program ended first: its own failure wins over the interactor's WA.
    assert verdict(run(1), run(43, files=WA), False) == ("RE", "exit code 1")
    assert verdict(run(None, timed_out=True), run(43), False)[0] == "TLE"
    assert verdict(run(0, cpu_ms=1500), run(42), True)[0] == "TLE"  # accepted, but too slow
    assert verdict(run(None, output_exceeded=True), run(43), False)[0] == "OLE"
    assert verdict(run(None, signal=11), run(42), True)[0] == "RE"  # crashed after the last answer


def test_an_interactor_without_a_verdict_is_an_internal_error():
    judged, message = verdict(run(0), run(0), True)
    assert judged == "IE" and message == "the problem's interactor exited with code 0, not 42 (accepted) or 43 (wrong answer)"
    judged, message = verdict(run(1), run(None, signal=11), False)
    assert judged == "IE" and message == "the problem's interactor was killed by SIGSEGV"
    assert verdict(run(0), run(None, output_exceeded=True), True)[0] == "IE"
    assert verdict(run(error="cancelled"), run(42), True) == ("IE", "the sandbox failed: cancelled")
    # Still answering the backlog of a program stopped at its deadline: the program's TLE.
    judged, message = verdict(run(None, timed_out=True), run(None, timed_out=True), False)
    assert judged == "TLE" and message.endswith("; the interactor was still answering it")
    assert verdict(run(0), run(None, timed_out=True), False)[0] == "IE"  # a program that ran cleanly: the interactor's fault


def test_a_program_out_of_time_while_the_interactor_still_ran_is_tle():
    """The relay stopped the interactor when the program ran out of time: its
    missing verdict is not the problem's fault (DOMjudge's TIMELIMIT)."""
    stopped = InteractiveResult(run(None, timed_out=True), run(None), False, interactor_stopped=True)
    assert interactive.verdict(stopped, LIMITS) == ("TLE", "stopped at the 3 s wall-clock deadline (CPU 10 ms)")
    out_of_cpu = InteractiveResult(run(None, signal=9, cpu_ms=1200), run(1), False, interactor_stopped=True)
    assert interactive.verdict(out_of_cpu, LIMITS)[0] == "TLE"
    # An interactor that crashed on its own, before, is still IE.
    assert verdict(run(None, timed_out=True), run(1), True)[0] == "IE"


def test_an_interactor_stopped_at_its_own_limit_says_that_limit():
    judged, message = verdict(run(0), run(None, timed_out=True), True)  # time 1 s: the interactor may run 10 s (30 s wall)
    assert judged == "IE" and message == "the problem's interactor took longer than 30 s and was stopped"
    long = interactive.verdict(InteractiveResult(run(0), run(None, timed_out=True), True), Limits(time_s=5.0))
    assert long[1] == "the problem's interactor took longer than 45 s and was stopped"


def test_the_interactor_closing_its_output_ends_the_programs_input():
    """The wrapper's end-of-output marker: nothing after it is forwarded, and
    the program reads an end of file while the interactor still runs."""
    p_host, p_box = socket.socketpair()
    i_host, i_box = socket.socketpair()
    p_nonce, i_nonce = "pn", "in"
    eof = wire.output_end_marker("tok")
    program = Side("program", p_host, streams.Capture(1 << 20, 1 << 20, p_nonce), p_nonce, 1, (wire.end_marker(p_nonce),), 1e18)
    judge = Side("interactor", i_host, streams.Capture(1 << 20, 1 << 20, i_nonce), i_nonce, 2, (eof, wire.report_mark(i_nonce)), 1e18)
    relay = Relay(program, judge, kill=lambda side: None)
    worker = threading.Thread(target=relay.run)
    worker.start()
    i_box.sendall(frame(2, b"1\n2\n" + eof[:3]))
    i_box.sendall(frame(2, eof[3:] + b"not forwarded\n"))
    got = b""
    while chunk := p_box.recv(100):
        got += chunk
    assert got == b"1\n2\n"  # and then the end of file, with the interactor still running
    p_box.sendall(frame(1, b"3\n" + wire.end_marker(p_nonce)) + frame(2, b"\n\x1ePXREPORT pn 0 0 1 1 1 0 0\n"))
    assert i_box.recv(100) == b"3\n"
    i_box.sendall(frame(2, b"\n\x1ePXREPORT in 42 0 1 1 1 0 0\n") + frame(1, b"PX1 0\n" + wire.end_marker(i_nonce)))
    worker.join(5)
    assert not worker.is_alive() and relay.interactor_first  # it was done talking before the program ended
    assert relay.exchange.chunks == [("interactor", b"1\n2\n"), ("program", b"3\n")]
    for s in (p_host, p_box, i_host, i_box):
        s.close()


def test_a_tail_that_may_start_the_launchers_marker_is_held_back():
    end = wire.end_marker("n0nce")
    assert _partial_marker(b"10\n", end) == 0
    assert _partial_marker(b"10\n\x1ePXE", end) == 4
    assert _partial_marker(b"10\n\x1eOTHER", end) == 0
    report = wire.report_mark("n0nce")  # starts with a newline: held with it only when \x1e follows
    assert _partial_marker(b"higher\n", report) == 0
    assert _partial_marker(b"higher\n\x1ePXREP", report) == 7


def frame(stream: int, data: bytes) -> bytes:
    return bytes([stream, 0, 0, 0]) + len(data).to_bytes(4, "big") + data


def test_the_relay_forwards_each_chunk_and_strips_the_launchers_text():
    """Two socket pairs stand for the two attached containers: what the
    'program' says reaches the 'interactor' as plain bytes, without the
    launcher's end marker, and the other way round."""
    p_host, p_box = socket.socketpair()
    i_host, i_box = socket.socketpair()
    p_nonce, i_nonce = "pn", "in"
    program = Side("program", p_host, streams.Capture(1 << 20, 1 << 20, p_nonce), p_nonce, 1, (wire.end_marker(p_nonce),), 1e18)
    judge = Side("interactor", i_host, streams.Capture(1 << 20, 1 << 20, i_nonce), i_nonce, 2, (wire.report_mark(i_nonce),), 1e18)
    relay = Relay(program, judge, kill=lambda side: None)
    worker = threading.Thread(target=relay.run)
    worker.start()
    i_box.sendall(frame(2, b"5\n"))
    assert p_box.recv(100) == b"5\n"
    p_box.sendall(frame(1, b"10\n"))
    assert i_box.recv(100) == b"10\n"
    report = b"\n\x1ePXREPORT in 42 0 1 1 1 0 0\n"
    i_box.sendall(frame(2, b"done\n" + report) + frame(1, b"PX1 0\n" + wire.end_marker(i_nonce)))
    assert p_box.recv(100) == b"done\n"
    assert p_box.recv(100) == b""  # the interactor ended: the program's input ends
    p_box.sendall(frame(1, wire.end_marker(p_nonce)) + frame(2, b"\n\x1ePXREPORT pn 0 0 1 1 1 0 0\n"))
    worker.join(5)
    assert not worker.is_alive() and relay.interactor_first
    assert relay.exchange.chunks == [("interactor", b"5\n"), ("program", b"10\n"), ("interactor", b"done\n")]
    for s in (p_host, p_box, i_host, i_box):
        s.close()


def test_an_exchange_goes_through_json_and_back():
    exchange = Exchange()
    for sender, data in (("interactor", b"10\n"), ("program", b"? 5\n"), ("interactor", b">\n")):
        exchange.add(sender, data)
    data = exchange_json(exchange)
    assert data == {"lines": [["<", "10"], [">", "? 5"], ["<", ">"]], "truncated": False}
    assert exchange_from_json(data).lines() == exchange.lines()


def test_the_local_sandbox_refuses_an_interactive_problem_in_one_line():
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tui",
            "judge",
            "problems/guess-the-number",
            "problems/guess-the-number/solutions/solution.py",
            "--sandbox",
            "local",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "proctorx: guess-the-number is an interactive problem: only the Docker sandbox runs those "
        "(the program and the interactor each in a container of its own); judge it without --sandbox local"
    ]


def test_the_interactor_may_write_more_than_an_output_limit():
    # Its output is the program's input (pseudointeraction's big test: about 10 MB of numbers).
    assert interactive.interactor_limits(LIMITS).output_mb >= 256
