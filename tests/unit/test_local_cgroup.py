"""The local sandbox's reading of cgroups, v1 and v2, from text as the kernel
writes it (/proc/self/mountinfo, /proc/self/cgroup and the counters)."""

from __future__ import annotations

from tui.sandbox.local.cgroup import Layout, find_layout, parse_keyed, parse_mountinfo, parse_number, parse_proc_cgroup

V1_MOUNTINFO = """\
31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
"""
V1_PROC_CGROUP = """\
9:name=systemd:/
8:pids:/
4:memory:/process_api/c737
2:cpuacct:/
1:cpu:/
0::/
"""
# systemd's usual v1 layout: cpu and cpuacct in one hierarchy.
V1_JOINED_MOUNTINFO = (
    "25 24 0:22 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct\n"
    "26 24 0:23 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n"
)
V1_JOINED_PROC_CGROUP = "3:cpu,cpuacct:/user.slice\n2:memory:/user.slice\n"
V2_MOUNTINFO = "24 30 0:22 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot\n"
V2_PROC_CGROUP = "0::/user.slice/user-1000.slice/session-2.scope\n"
# Inside a container whose cgroup is bind-mounted from elsewhere: not from the hierarchy's root.
CONTAINER_MOUNTINFO = "700 699 0:29 /docker/abc /sys/fs/cgroup/cpuacct ro - cgroup cgroup rw,cpuacct\n"


def test_counters():
    assert parse_number("987654321\n") == 987654321
    assert parse_number("max\n") is None and parse_number("") is None
    cpu_stat = "usage_usec 1234567\nuser_usec 1000000\nsystem_usec 234567\n"
    assert parse_keyed(cpu_stat, "usage_usec") == 1234567
    events = "low 0\nhigh 0\nmax 7\noom 3\noom_kill 2\noom_group_kill 0\n"
    assert parse_keyed(events, "oom_kill") == 2
    assert parse_keyed("oom_kill_disable 0\nunder_oom 0\noom_kill 4\n", "oom_kill") == 4
    assert parse_keyed("oom 3\n", "oom_kill") is None


def test_proc_cgroup_v1_and_v2():
    assert parse_proc_cgroup(V1_PROC_CGROUP) == {
        "systemd": "/",
        "pids": "/",
        "memory": "/process_api/c737",
        "cpuacct": "/",
        "cpu": "/",
        "": "/",
    }
    assert parse_proc_cgroup(V1_JOINED_PROC_CGROUP) == {"cpu": "/user.slice", "cpuacct": "/user.slice", "memory": "/user.slice"}
    assert parse_proc_cgroup(V2_PROC_CGROUP) == {"": "/user.slice/user-1000.slice/session-2.scope"}


def test_mountinfo():
    assert parse_mountinfo(V1_MOUNTINFO) == {
        "cpuacct": "/sys/fs/cgroup/cpuacct",
        "memory": "/sys/fs/cgroup/memory",
        "pids": "/sys/fs/cgroup/pids",
        "": "/sys/fs/cgroup/unified",
    }
    assert parse_mountinfo(V1_JOINED_MOUNTINFO) == {"cpuacct": "/sys/fs/cgroup/cpu,cpuacct", "memory": "/sys/fs/cgroup/memory"}
    assert parse_mountinfo(V2_MOUNTINFO) == {"": "/sys/fs/cgroup"}
    assert parse_mountinfo(CONTAINER_MOUNTINFO) == {}


def test_layouts_v2_then_v1():
    assert find_layout(V2_MOUNTINFO, V2_PROC_CGROUP) == [
        Layout(2, {role: "/sys/fs/cgroup/user.slice/user-1000.slice/session-2.scope" for role in ("cpu", "memory", "pids")})
    ]
    hybrid = find_layout(V1_MOUNTINFO, V1_PROC_CGROUP)
    assert hybrid == [
        Layout(2, {role: "/sys/fs/cgroup/unified" for role in ("cpu", "memory", "pids")}),
        Layout(1, {"cpu": "/sys/fs/cgroup/cpuacct", "memory": "/sys/fs/cgroup/memory/process_api/c737", "pids": "/sys/fs/cgroup/pids"}),
    ]
    assert find_layout(V1_JOINED_MOUNTINFO, V1_JOINED_PROC_CGROUP) == [
        Layout(1, {"cpu": "/sys/fs/cgroup/cpu,cpuacct/user.slice", "memory": "/sys/fs/cgroup/memory/user.slice"})
    ]
    assert find_layout(CONTAINER_MOUNTINFO, "2:cpuacct:/docker/abc\n") == []
