"""The log a lab admin reads: the whole story of a failure in the file, one
line on the screen, old logs rotated."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys

from tests.conftest import ROOT
from tui import logs
from tui.cli.main import main


def test_an_unexpected_error_is_one_line_on_screen_and_a_traceback_in_the_log(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PROCTORX_LOG_DIR", str(tmp_path))

    def broken(*roots):
        raise RuntimeError("the library broke")

    monkeypatch.setattr("tui.packages.load_library", broken)
    sigterm = signal.getsignal(signal.SIGTERM)
    try:
        assert main(["problems", "list"]) == 4
    finally:
        signal.signal(signal.SIGTERM, sigterm)  # main() installs its own
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "unexpected error: RuntimeError: the library broke" in err and str(tmp_path / "proctorx.log") in err
    text = (tmp_path / "proctorx.log").read_text()
    assert "Traceback (most recent call last)" in text and "RuntimeError: the library broke" in text and "in broken" in text


def test_old_logs_rotate(tmp_path, monkeypatch):
    monkeypatch.setenv("PROCTORX_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    logs.setup()
    for i in range(400):
        logging.getLogger("tui.test").info("line %d of a long story", i)
    logs.setup()  # closes the files
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "proctorx.log" in names and "proctorx.log.1" in names and len(names) <= 1 + logs.BACKUPS
    assert all(p.stat().st_size <= 4000 + 200 for p in tmp_path.iterdir())


def test_a_log_folder_that_cannot_be_written_is_no_reason_to_fail(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("PROCTORX_LOG_DIR", str(blocker / "log"))
    assert logs.setup() is None
    assert "no log file" in capsys.readouterr().err


def test_verbose_mirrors_the_log_on_stderr(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PROCTORX_LOG_DIR": str(tmp_path), "DOCKER_HOST": f"unix://{tmp_path}/none.sock"}
    quiet = subprocess.run([sys.executable, "-m", "tui", "doctor"], capture_output=True, text=True, env=env, cwd=ROOT)
    loud = subprocess.run([sys.executable, "-m", "tui", "--verbose", "doctor"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "engine: not reachable" not in quiet.stderr
    assert "engine: not reachable" in loud.stderr
    assert (tmp_path / "proctorx.log").read_text().count("engine: not reachable") == 2
