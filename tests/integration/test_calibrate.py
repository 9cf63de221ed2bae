"""`proctorx calibrate`, and the factor it stores scaling the time limit
that `judge` applies and shows."""

from __future__ import annotations

import json

import pytest

from tests.integration.test_cli import proctorx, write
from tui.cli.main import main
from tui.judging import calibration

# Burns 0.4 s of CPU time (whatever the machine's speed), then answers: over
# a 0.2 s limit, far under it × 20 (4 s CPU, 12 s wall: room for a busy machine).
BURNS = "import sys, time\nwhile time.process_time() < 0.4:\n    pass\nprint(sum(map(int, sys.stdin.read().split())))\n"


def tight_problem(tmp_path):
    folder = tmp_path / "tight"
    (folder / "data" / "secret").mkdir(parents=True)
    (folder / "problem.yaml").write_text("title: Tight\ntime_limit: 0.2\n")
    (folder / "data" / "secret" / "1.in").write_text("1 2\n")
    (folder / "data" / "secret" / "1.ans").write_text("3\n")
    return str(folder)


def test_the_factor_never_shrinks_a_limit():
    assert calibration.factor_from(500, 1000) == 1.0
    assert calibration.factor_from(1800, 1000) == 1.8
    assert calibration.factor_from(1234, 1000) == 1.23


@pytest.mark.docker
def test_calibrate_measures_the_workload_in_the_sandbox_and_stores_the_factor(capsys):
    assert main(["calibrate", "--runs", "2"]) == 0
    out = capsys.readouterr().out
    assert "the workload took" in out and f"saved to {calibration.path()}" in out
    [(key, found)] = calibration.load_all().items()
    assert key.startswith("docker:") and len(found.runs_ms) == 2
    assert found.measured_ms > 0 and found.factor == calibration.factor_from(found.measured_ms)
    assert found.reference_ms == calibration.REFERENCE_MS


def _calibrated(factor: float) -> None:
    import docker

    client = docker.from_env()
    engine = client.info()["ID"]
    client.close()
    calibration.save(calibration.Calibration(f"docker:{engine}", "test", factor, 1, 1, [1], "2026-12-01T09:00:00+00:00"))


@pytest.mark.docker
def test_judge_applies_and_shows_the_scaled_limit(tmp_path):
    code, problem = write(tmp_path, "burn.py", BURNS), tight_problem(tmp_path)
    plain = proctorx("judge", problem, code, "--json")
    assert (json.loads(plain.stdout)["verdict"], json.loads(plain.stdout)["time_factor"]) == ("TLE", 1.0)
    _calibrated(20.0)
    scaled = proctorx("judge", problem, code)
    assert scaled.returncode == 0, scaled.stdout + scaled.stderr
    assert "0.2 s CPU × 20 on this machine" in scaled.stdout.splitlines()[0]
    data = json.loads(proctorx("judge", problem, code, "--json").stdout)
    assert (data["verdict"], data["time_factor"]) == ("AC", 20.0)
