"""`proctorx serve`'s arguments: where it listens, what each session runs, and
what it says before anyone connects."""

from __future__ import annotations

import argparse
import shlex
import socket
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tui.cli import serve
from tui.cli.errors import UsageError
from tui.web import app_command, is_loopback


def parse(*words: str) -> tuple[str, int, list[str]]:
    parser = argparse.ArgumentParser()
    serve.arguments(parser)
    return serve.split_options(parser.parse_args(list(words)))


def test_loopback_by_default_and_options_anywhere():
    assert parse() == ("127.0.0.1", 8000, [])
    assert parse("demo", "bounded-subarrays") == ("127.0.0.1", 8000, ["demo", "bounded-subarrays"])
    assert parse("--port", "8123", "demo", "x", "--lang", "cpp") == ("127.0.0.1", 8123, ["demo", "x", "--lang", "cpp"])
    assert parse("demo", "x", "--host", "0.0.0.0", "--port=9000") == ("0.0.0.0", 9000, ["demo", "x"])


@pytest.mark.parametrize("words", [("--port", "0"), ("--port", "70000"), ("x", "--port", "eighty"), ("x", "--host")])
def test_bad_ports_and_missing_values_are_one_line(words):
    with pytest.raises(UsageError):
        parse(*words)


def test_which_addresses_are_this_machine_only():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("127.5.5.5")
    assert not is_loopback("0.0.0.0") and not is_loopback("::") and not is_loopback("10.1.2.3")


def test_another_address_is_said_loudly():
    quiet = serve.notice("127.0.0.1", 8000, ["demo", "x"], loopback=True)
    assert quiet[0] == "ProctorX (demo x) in a browser: http://127.0.0.1:8000/"
    assert not any("WARNING" in line for line in quiet)
    loud = serve.notice("0.0.0.0", 8000, [], loopback=False)
    assert any(line.startswith("WARNING: listening on 0.0.0.0:8000") for line in loud)
    assert loud.index(next(line for line in loud if "WARNING" in line)) < loud.index(next(line for line in loud if "http://" in line))


def test_each_session_runs_this_python_on_these_arguments():
    words = shlex.split(app_command(["demo", "my problem", "--lang", "cpp"]))
    assert words[0] == "exec" and words[1] == "env" and words[2].startswith("TEXTUAL_DRIVER=tui.app.web_driver:")
    assert words[3:] == [sys.executable, "-m", "tui", "demo", "my problem", "--lang", "cpp"]


def proctorx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_a_port_in_use_is_one_line_before_anything_else():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = proctorx("serve", "--port", str(port))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"proctorx: can't listen on 127.0.0.1:{port}: Address already in use"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["serve", "no-such-problem"], "no problem 'no-such-problem'"),
        (["serve", "demo", "no-such-problem"], "no problem 'no-such-problem'"),
        (["demo", "no-such-problem"], "no problem 'no-such-problem'"),
        (["serve", "--host", "0.0.0.0", "demo", "bounded-subarrays", "--sandbox", "local"], "--sandbox local would let anyone"),
    ],
)
def test_what_would_break_every_tab_is_refused_at_once(args, says):
    result = proctorx(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and says in result.stderr
    assert "Traceback" not in result.stderr and "http://" not in result.stderr
