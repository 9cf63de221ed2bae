"""The launcher's reading of its container's cgroup, v1 and v2, from files laid
out as the kernel does (this machine runs one version; a container engine may
run either).  The launcher is built here with -DPXLAUNCH_CGROUP_TEST, which
swaps its main for one that prints what it read from a given tree."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, unavailable

LAUNCHER = ROOT / "images" / "launcher" / "pxlaunch.c"

V2_CPU_STAT = "usage_usec 1234567\nuser_usec 1000000\nsystem_usec 234567\nnr_periods 12\nnr_throttled 3\nthrottled_usec 999\n"
V2_EVENTS = "low 0\nhigh 0\nmax 7\noom 3\noom_kill 2\noom_group_kill 0\n"
V1_OOM_CONTROL = "oom_kill_disable 0\nunder_oom 0\noom_kill 4\n"
PIDS_EVENTS = "max 17\n"


@pytest.fixture(scope="module")
def read_cgroup(tmp_path_factory):
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        unavailable("no C compiler to build the launcher with")
    binary = tmp_path_factory.mktemp("launcher") / "pxlaunch-cgroup"
    subprocess.run([compiler, "-O2", "-DPXLAUNCH_CGROUP_TEST", "-o", str(binary), str(LAUNCHER)], check=True)

    def read(root: Path) -> dict[str, int]:
        out = subprocess.run([str(binary), str(root)], check=True, capture_output=True, text=True).stdout
        return {name: int(value) for name, value in (line.split() for line in out.splitlines())}

    return read


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_v2(read_cgroup, tmp_path):
    root = tree(
        tmp_path,
        {
            "cgroup.controllers": "cpuset cpu io memory pids\n",
            "cpu.stat": V2_CPU_STAT,
            "memory.current": "5242880\n",
            "memory.peak": "10485760\n",
            "memory.events": V2_EVENTS,
            "pids.events": PIDS_EVENTS,
        },
    )
    assert read_cgroup(root) == {
        "v2": 1,
        "cpu_ns": 1234567000,
        "current": 5242880,
        "peak": 10485760,
        "oom_kills": 2,
        "forks_refused": 17,
    }


def test_v2_before_linux_5_19_has_no_peak(read_cgroup, tmp_path):
    root = tree(
        tmp_path, {"cgroup.controllers": "cpu memory\n", "cpu.stat": V2_CPU_STAT, "memory.current": "4096\n", "memory.events": V2_EVENTS}
    )
    found = read_cgroup(root)
    assert found["peak"] == -1 and found["current"] == 4096 and found["cpu_ns"] == 1234567000


def test_v1(read_cgroup, tmp_path):
    root = tree(
        tmp_path,
        {
            "cpuacct/cpuacct.usage": "987654321\n",
            "memory/memory.usage_in_bytes": "1011712\n",
            "memory/memory.max_usage_in_bytes": "4337664\n",
            "memory/memory.oom_control": V1_OOM_CONTROL,
            "pids/pids.events": PIDS_EVENTS,
        },
    )
    assert read_cgroup(root) == {
        "v2": 0,
        "cpu_ns": 987654321,
        "current": 1011712,
        "peak": 4337664,
        "oom_kills": 4,
        "forks_refused": 17,
    }


def test_v1_with_cpu_and_cpuacct_mounted_together(read_cgroup, tmp_path):
    root = tree(tmp_path, {"cpu,cpuacct/cpuacct.usage": "42\n", "memory/memory.usage_in_bytes": "1\n"})
    found = read_cgroup(root)
    assert found["cpu_ns"] == 42 and found["current"] == 1


def test_no_cgroup_at_all_reads_as_unknown(read_cgroup, tmp_path):
    assert read_cgroup(tmp_path) == {"v2": 0, "cpu_ns": -1, "current": -1, "peak": -1, "oom_kills": 0, "forks_refused": 0}


def test_a_key_is_matched_whole(read_cgroup, tmp_path):
    """ "oom 3" and "oom_group_kill" are not "oom_kill"."""
    root = tree(tmp_path, {"cgroup.controllers": "memory\n", "memory.events": "oom 3\noom_group_kill 9\n"})
    assert read_cgroup(root)["oom_kills"] == 0
