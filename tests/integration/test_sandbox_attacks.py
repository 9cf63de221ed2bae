"""Each attack in shared/spec/sandbox.md, tried for real against Docker.

The programs here are what a curious or hostile submission would do; each test
asserts what the user (or the machine's owner) would see."""

from __future__ import annotations

import dataclasses
import os
import threading
import time

import pytest

from tests.conftest import FIXTURES, containers_of
from tests.integration import programs
from tui import languages, packages
from tui.judging import Judge, verdicts
from tui.limits import Limits
from tui.sandbox.base import source_program

pytestmark = pytest.mark.docker
LIMITS = Limits(time_s=1.0, memory_mb=64, output_mb=1)


def run_python(sandbox, code: str, stdin: bytes = b"", limits: Limits = LIMITS):
    compiled = sandbox.compile(languages.get("python"), code)
    return sandbox.run(compiled.program, stdin, limits)


def judge(sandbox, code: str, lang: str = "python", problem: str = "sum"):
    return Judge(sandbox, jobs=2, reveal_hidden=True).judge(packages.load(FIXTURES / problem), languages.get(lang), code)


def run_program(sandbox, lang: str, code: str, stdin: bytes = b"1 2\n", limits: Limits = LIMITS):
    """One run of a program on this input, and the verdict the judge gives
    it (None: for the checker to judge)."""
    language = languages.get(lang)
    compiled = sandbox.compile(language, code)
    assert compiled.ok, compiled.output
    run = sandbox.run(compiled.program, stdin, limits)
    verdict, message = verdicts.classify(run, limits, language.memory_error_markers)
    return run, verdict, message


def test_runs_as_non_root_without_capabilities(docker_sandbox):
    code = (
        "import os\nstatus = open('/proc/self/status').read().split('\\n')\n"
        "caps = [l.split()[1] for l in status if l.startswith(('CapEff', 'CapPrm', 'CapBnd'))]\n"
        "nnp = [l.split()[1] for l in status if l.startswith('NoNewPrivs')]\n"
        "print(os.getuid(), os.getgid(), *caps, *nnp)\n"
    )
    run = run_python(docker_sandbox, code)
    uid, gid, eff, prm, bnd, nnp = run.stdout.split()
    assert uid != b"0" and gid != b"0"
    assert int(eff, 16) == int(prm, 16) == int(bnd, 16) == 0
    assert nnp == b"1"


def held_by_the_pids_limit(report) -> bool:
    """Each process of the bombs below says, once, why its fork failed:
    EAGAIN is the pids cgroup saying no (running out of memory is ENOMEM)."""
    for test in report.tests:
        reasons = set(test.stderr.split())
        if test.verdict not in ("RE", "TLE") or reasons != {b"EAGAIN"}:
            return False
    return True


def test_fork_bomb_is_held_by_the_pids_limit_and_the_machine_stays_usable(docker_sandbox):
    bomb = (
        "import errno, os\nheld = False\nwhile True:\n    try:\n        os.fork()\n    except OSError as exc:\n"
        "        if not held:\n            held = True\n            os.write(2, errno.errorcode[exc.errno].encode() + b'\\n')\n"
    )
    report = judge(docker_sandbox, bomb)
    assert held_by_the_pids_limit(report), [(t.verdict, t.message, t.stderr[:200]) for t in report.tests]
    after = judge(docker_sandbox, "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n")
    assert after.verdict == "AC"


def test_c_fork_bomb_is_held_by_the_pids_limit(docker_sandbox):
    report = judge(docker_sandbox, programs.C_FORK_BOMB, lang="c")
    assert held_by_the_pids_limit(report), [(t.verdict, t.message, t.stderr[:200]) for t in report.tests]


def test_a_fork_bomb_whose_refused_forks_fill_the_memory_is_still_re_with_its_report(docker_sandbox):
    """A refused fork's kernel memory is freed late (much later on a loaded
    machine), so a bomb can reach the memory limit before its CPU time ends.
    The kernel then kills the container's largest process: it must be one of
    the bomb's, never the launcher (whose report would die with it: IE), and
    the verdict stays the bomb's, RE, not MLE.  A small memory limit makes
    this happen every time."""
    limits = Limits(time_s=1.0, memory_mb=16, output_mb=1)
    run, verdict, message = run_program(docker_sandbox, "c", programs.C_FORK_BOMB, b"", limits)
    assert run.oom_killed and run.pids_limit_hit and run.error is None, (run, message)
    assert verdict == "RE" and "process limit" in message
    assert set(run.stderr.split()) == {b"EAGAIN"}


def test_sleeping_program_is_tle_at_the_wall_deadline(docker_sandbox):
    start = time.monotonic()
    run = run_python(docker_sandbox, "import time\ntime.sleep(100)\n")
    elapsed = time.monotonic() - start
    assert run.timed_out
    assert run.cpu_ms < 500
    assert elapsed < LIMITS.wall_s + 4


def test_background_process_does_not_outlive_the_program(docker_sandbox):
    code = (
        "import os, sys, time\n"
        "if os.fork() == 0:\n"
        "    time.sleep(0.5)\n"
        "    sys.stdout.write('LATE\\n'); sys.stdout.flush()\n"
        "    time.sleep(100)\n"
        "else:\n"
        "    print('main done')\n"
    )
    start = time.monotonic()
    run = run_python(docker_sandbox, code)
    assert run.stdout == b"main done\n"
    assert not run.timed_out
    assert time.monotonic() - start < LIMITS.wall_s


def peak_allocated(action) -> int:
    """The most memory this process's Python code held while `action` ran."""
    import tracemalloc

    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_output_flood_is_cut_and_memory_stays_bounded(docker_sandbox):
    box = {}
    peak = peak_allocated(
        lambda: box.update(run=run_python(docker_sandbox, "import sys\nwhile True:\n    sys.stdout.write('y' * 65536)\n"))
    )
    run = box["run"]
    assert run.output_exceeded
    assert len(run.stdout) == LIMITS.output_bytes
    assert peak < 4 * LIMITS.output_bytes


def test_stderr_flood_is_bounded_too(docker_sandbox):
    run = run_python(docker_sandbox, "import sys\nwhile True:\n    sys.stderr.write('e' * 65536)\n")
    assert run.output_exceeded
    assert len(run.stderr) < 128 * 1024


def test_stderr_below_the_limit_keeps_the_app_small_whatever_its_size(docker_sandbox):
    """24 MiB of stderr, under a 32 MiB output limit: the run is fine, and
    the app keeps a head and a tail of it, not all of it."""
    limits = Limits(time_s=2, memory_mb=64, output_mb=32)
    code = "import sys\nblock = 'e' * (1 << 20)\nfor _ in range(24):\n    sys.stderr.write(block)\nprint('done')\n"
    box = {}
    peak = peak_allocated(lambda: box.update(run=run_python(docker_sandbox, code, limits=limits)))
    run = box["run"]
    assert run.stdout == b"done\n" and not run.output_exceeded
    assert len(run.stderr) < 128 * 1024
    assert peak < 4 << 20


def test_disk_fill_hits_the_scratch_limit(docker_sandbox):
    code = (
        "import os\nwritten = 0\nblock = b'z' * (1 << 20)\n"
        "try:\n    with open('/tmp/fill', 'wb') as f:\n        for _ in range(200):\n"
        "            f.write(block); f.flush(); written += len(block)\n"
        "except OSError as e:\n    print('stopped', e.errno)\n"
        "print(written >> 20)\n"
        "for path in ('/fill', '/usr/fill', '/etc/fill', '/home/fill'):\n"
        "    try:\n        open(path, 'wb').write(b'x')\n        print('WROTE', path)\n"
        "    except OSError:\n        pass\n"
    )
    run = run_python(docker_sandbox, code, limits=Limits(time_s=2, memory_mb=256, output_mb=1))
    out = run.stdout.decode()
    assert "WROTE" not in out  # a read-only root
    assert run.signal is not None or "stopped" in out  # SIGXFSZ or ENOSPC/EFBIG
    if "stopped" in out:
        assert int(out.split()[-1]) <= 16


def test_no_network(docker_sandbox):
    code = (
        "import socket\nimport os\n"
        "print(sorted(os.listdir('/sys/class/net')))\n"
        "for host in (('1.1.1.1', 53), ('8.8.8.8', 443), ('172.17.0.1', 2375)):\n"
        "    try:\n        socket.create_connection(host, timeout=1)\n        print('CONNECTED', host)\n"
        "    except OSError:\n        pass\n"
    )
    run = run_python(docker_sandbox, code)
    assert run.stdout == b"['lo']\n"


def test_files_left_by_one_test_do_not_reach_the_next(docker_sandbox, tmp_path):
    problem_dir = tmp_path / "leak"
    problem_dir.mkdir()
    (problem_dir / "problem.yaml").write_text(
        'title: Leak\ntests:\n  - {input: "write\\n", expected: "written\\n"}\n  - {input: "look\\n", expected: "clean\\n"}\n'
    )
    code = (
        "import os, sys\nplaces = ['/tmp/note', '/box/note', '/dev/shm/note']\n"
        "if sys.stdin.read().strip() == 'write':\n"
        "    for p in places:\n        try:\n            open(p, 'w').write('secret')\n        except OSError:\n            pass\n"
        "    print('written')\n"
        "else:\n    print('clean' if not any(os.path.exists(p) for p in places) else 'LEAKED')\n"
    )
    report = Judge(docker_sandbox, jobs=1, reveal_hidden=True).judge(packages.load(problem_dir), languages.get("python"), code)
    assert [t.stdout for t in report.tests] == [b"written\n", b"clean\n"]


def test_environment_is_built_from_scratch(docker_sandbox, monkeypatch):
    monkeypatch.setenv("PROCTORX_HOST_SECRET", "hunter2")
    run = run_python(docker_sandbox, "import os\nprint(' '.join(sorted(os.environ)))\n")
    names = set(run.stdout.split())
    assert b"PROCTORX_HOST_SECRET" not in names
    assert names <= {b"PATH", b"HOME", b"TMPDIR", b"LANG", b"PYTHONDONTWRITEBYTECODE", b"PYTHONIOENCODING", b"LC_CTYPE"}


def test_expected_answers_never_enter_the_container(docker_sandbox, tmp_path):
    token = "ANSWER-7f3a9c-" + str(os.getpid())
    problem_dir = tmp_path / "secretive"
    (problem_dir / "data" / "secret").mkdir(parents=True)
    (problem_dir / "problem.yaml").write_text("title: Secretive\ntime_limit: 20\n")
    (problem_dir / "data" / "secret" / "1.in").write_text("find it\n")
    (problem_dir / "data" / "secret" / "1.ans").write_text(token + "\n")
    hunter = (
        "import os\nfound = []\n"
        f"needle = ({token[:6]!r} + {token[6:]!r}).encode()\n"  # not in its own source
        "for root, dirs, files in os.walk('/'):\n"
        "    dirs[:] = [d for d in dirs if os.path.join(root, d) not in ('/proc', '/sys', '/dev')]\n"
        "    for f in files:\n"
        "        p = os.path.join(root, f)\n"
        "        try:\n"
        "            if f.endswith('.ans') or needle in open(p, 'rb').read(1 << 20):\n"
        "                found.append(p)\n"
        "        except OSError:\n"
        "            pass\n"
        "print(found)\n"
    )
    report = Judge(docker_sandbox, jobs=1, reveal_hidden=True).judge(packages.load(problem_dir), languages.get("python"), hunter)
    test = report.tests[0]
    assert test.verdict == "WA"
    assert test.stdout == b"[]\n"


def test_crlf_and_missing_final_newline_are_judged_correctly(docker_sandbox):
    assert judge(docker_sandbox, "import sys\nsys.stdout.write(str(sum(map(int, sys.stdin.read().split()))) + '\\r\\n')\n").verdict == "AC"
    assert judge(docker_sandbox, "import sys\nsys.stdout.write(str(sum(map(int, sys.stdin.read().split()))))\n").verdict == "AC"


def test_binary_output_is_a_wrong_answer_not_a_crash(docker_sandbox):
    report = judge(docker_sandbox, "import sys\nsys.stdout.buffer.write(b'\\xff\\xfe\\x00\\x80 garbage\\n')\n")
    assert report.verdict == "WA"
    assert report.tests[0].stdout.startswith(b"\xff\xfe\x00\x80")


def test_megabytes_of_input_and_output(docker_sandbox):
    numbers = b" ".join(b"%d" % i for i in range(1_500_000)) + b"\n"  # ~11 MB
    assert len(numbers) > 10 << 20
    code = "import sys\ndata = sys.stdin.buffer.read().split()\nsys.stdout.write('%d\\n' % sum(map(int, data)))\nsys.stdout.write('x' * (3 << 20) + '\\n')\n"
    run = run_python(docker_sandbox, code, numbers, limits=Limits(time_s=5, memory_mb=512, output_mb=8))
    first, second = run.stdout.split(b"\n")[:2]
    assert int(first) == sum(range(1_500_000))
    assert len(second) == 3 << 20


def test_a_program_that_never_reads_its_large_input_does_not_hang(docker_sandbox):
    start = time.monotonic()
    run = run_python(docker_sandbox, "print('bye')\n", b"1 " * (8 << 20))
    assert run.stdout == b"bye\n"
    assert time.monotonic() - start < 5


def test_cancel_stops_the_run_at_once_and_removes_it(docker_sandbox):
    cancel = threading.Event()
    box = {}
    # Limits far beyond the wait below: only the cancel can end these runs early.
    problem = dataclasses.replace(packages.load(FIXTURES / "sum"), limits=Limits(time_s=20.0, memory_mb=64, output_mb=1))
    worker = threading.Thread(
        target=lambda: box.update(
            report=Judge(docker_sandbox, jobs=2, reveal_hidden=True).judge(
                problem, languages.get("python"), "import time\ntime.sleep(60)\n", cancel=cancel
            )
        )
    )
    worker.start()
    time.sleep(1.5)
    started = time.monotonic()
    cancel.set()
    worker.join(30)
    assert not worker.is_alive()
    assert time.monotonic() - started < 10  # not the program's end (60 s) nor its wall limit (over 20 s)
    assert box["report"].cancelled
    docker_sandbox.wait_removals()
    assert containers_of(docker_sandbox) == []


def test_a_container_that_cannot_be_created_is_ie_and_the_others_still_judged(docker_sandbox, tmp_path):
    """A language whose image doesn't exist: the engine refuses to create the
    container; that run is IE with the engine's reason, never a crash."""
    import dataclasses
    import shutil

    folder = tmp_path / "ghost"
    shutil.copytree(languages.get("python").folder, folder)
    (folder / "Dockerfile").write_text("FROM scratch-never-built\n")
    ghost = dataclasses.replace(languages.get("python"), id="ghost", folder=folder)
    checked = docker_sandbox.compile(ghost, "print(1)\n")  # the syntax check's container can't be made either
    assert not checked.ok and "No such image" in checked.output
    run = docker_sandbox.run(source_program(ghost, "print(1)\n"), b"", LIMITS)
    assert run.error and "No such image" in run.error
    assert run_python(docker_sandbox, "print(2)\n").stdout == b"2\n"


def test_leftovers_of_a_crashed_owner_are_removed_at_start(docker_sandbox):
    from tui.sandbox.docker import LABEL, OWNER_LABEL

    image = languages.get("python").image
    host = docker_sandbox.owner.split(":")[0]
    dead = docker_sandbox.api.create_container(image, command=["true"], labels={LABEL: "1", OWNER_LABEL: f"{host}:999999:1"})
    alive = docker_sandbox.api.create_container(image, command=["true"], labels={LABEL: "1", OWNER_LABEL: docker_sandbox.owner})
    try:
        assert docker_sandbox.cleanup_leftovers() >= 1
        ids = {c["Id"] for c in docker_sandbox.api.containers(all=True, filters={"label": LABEL})}
        assert dead["Id"] not in ids
        assert alive["Id"] in ids  # a live owner's containers are left alone
    finally:
        docker_sandbox.api.remove_container(alive["Id"], force=True)
        try:
            docker_sandbox.api.remove_container(dead["Id"], force=True)
        except Exception:
            pass


def test_opening_the_sandbox_removes_a_crashed_owners_leftovers(docker_sandbox):
    """What the app and the CLI do at start-up: open_sandbox(), not the
    clean-up called by hand."""
    from tui.sandbox import open_sandbox
    from tui.sandbox.docker import LABEL, OWNER_LABEL

    host = docker_sandbox.owner.split(":")[0]
    dead = docker_sandbox.api.create_container(
        languages.get("python").image, command=["true"], labels={LABEL: "1", OWNER_LABEL: f"{host}:999998:1"}
    )
    opened = open_sandbox("docker", jobs=1)
    try:
        ids = {c["Id"] for c in docker_sandbox.api.containers(all=True, filters={"label": LABEL})}
        assert dead["Id"] not in ids
    finally:
        opened.close()
        try:
            docker_sandbox.api.remove_container(dead["Id"], force=True)
        except Exception:
            pass


def test_time_and_memory_match_what_the_program_did(docker_sandbox):
    code = (
        "import time\nblob = b'q' * (100 << 20)\n"
        "end = time.process_time() + 0.6\nwhile time.process_time() < end:\n    pass\nprint(len(blob))\n"
    )
    run = run_python(docker_sandbox, code, limits=Limits(time_s=3, memory_mb=256, output_mb=1))
    assert 600 <= run.cpu_ms <= 900
    assert 100 * 1024 <= run.memory_kb <= 140 * 1024
    assert run.wall_ms >= run.cpu_ms * 0.9


def test_a_missing_image_is_built_with_visible_progress(docker_sandbox, tmp_path):
    """First use of a language builds its image (from the engine's layer
    cache here, so it is quick), reporting each Dockerfile step."""
    import dataclasses
    import shutil

    from tui.sandbox.images import image_exists

    folder = tmp_path / "python"
    shutil.copytree(languages.get("python").folder, folder)
    (folder / "Dockerfile").write_text((folder / "Dockerfile").read_text() + f"\nLABEL proctorx.test={os.getpid()}\n")
    fresh = dataclasses.replace(languages.get("python"), folder=folder)
    assert not image_exists(docker_sandbox.api, fresh.image)
    lines = []
    try:
        docker_sandbox.prepare([fresh], lambda line, fraction: lines.append((line, fraction)))
        assert image_exists(docker_sandbox.api, fresh.image)
        assert any("step" in line for line, _ in lines) and lines[-1][1] == 1.0
        compiled = docker_sandbox.compile(fresh, "print('built')\n")
        assert docker_sandbox.run(compiled.program, b"", LIMITS).stdout == b"built\n"
    finally:
        docker_sandbox.api.remove_image(fresh.image, force=True)


def test_open_file_limit_is_set(docker_sandbox):
    code = (
        "import resource\nsoft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)\n"
        "fsoft, fhard = resource.getrlimit(resource.RLIMIT_FSIZE)\nprint(soft, fsoft >> 20)\n"
        "files = []\ntry:\n    for _ in range(1000):\n        files.append(open('/dev/null'))\n"
        "except OSError:\n    pass\nprint(len(files) < 64)\n"
    )
    assert run_python(docker_sandbox, code).stdout == b"64 16\nTrue\n"


def test_a_judge_killed_outright_leaves_no_container_behind(docker_sandbox, tmp_path):
    """SIGKILL gives ProctorX no chance to clean up: the engine must do it.
    Each container loses its input stream with its owner and is removed by
    the engine when it stops (a running program at its wall limit)."""
    import signal
    import subprocess
    import sys

    from tui.sandbox.docker import LABEL, OWNER_LABEL

    solution = tmp_path / "sleepy.py"
    solution.write_text("import time\ntime.sleep(60)\n")
    judge_process = subprocess.Popen(
        [sys.executable, "-m", "tui", "judge", str(FIXTURES / "sum"), str(solution), "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    host = docker_sandbox.owner.split(":")[0]

    def owned() -> list[str]:
        found = docker_sandbox.api.containers(all=True, filters={"label": LABEL})
        return [c["Id"] for c in found if (c.get("Labels") or {}).get(OWNER_LABEL, "").startswith(f"{host}:{judge_process.pid}:")]

    give_up = time.monotonic() + 60
    while len(owned()) < 2 and time.monotonic() < give_up:  # one running, one warm
        time.sleep(0.1)
    assert owned(), "the judge never started its containers"
    time.sleep(0.5)
    judge_process.send_signal(signal.SIGKILL)
    judge_process.wait(10)
    give_up = time.monotonic() + 20  # the sleeping test reaches its wall limit in 3 s
    while owned() and time.monotonic() < give_up:
        time.sleep(0.2)
    assert owned() == []


# ---- every process and thread counts ------------------------------------------
def used_its_cpu(run, limits: Limits) -> bool:
    """At least the CPU the hidden process said it used; and past the limit,
    or, on a machine too busy to give it a second of CPU before the wall
    deadline, stopped there."""
    said = programs.burnt(run.stderr)
    return run.cpu_ms >= said and (run.cpu_ms > limits.time_s * 1000 or run.timed_out)


@pytest.mark.parametrize("lang", ["python", "c"])
@pytest.mark.parametrize("hiding", ["auto-reaped child", "double-forked daemon"])
def test_cpu_time_hidden_in_other_processes_is_counted(docker_sandbox, hiding, lang):
    """1.6 s of CPU burnt where getrusage(RUSAGE_CHILDREN) never sees it,
    against a 1 s limit: TLE, with the CPU used (not 0 ms and Accepted)."""
    code = (programs.HIDDEN_CPU if hiding == "auto-reaped child" else programs.DAEMON_CPU)[lang]
    run, verdict, message = run_program(docker_sandbox, lang, code)
    assert verdict == "TLE", (run, message)
    assert used_its_cpu(run, LIMITS)
    assert run.stdout == b""  # stopped before it could answer


def test_cpu_time_of_every_thread_is_counted(docker_sandbox):
    run, verdict, message = run_program(docker_sandbox, "c", programs.THREADS_CPU["c"])
    assert verdict == "TLE", (run, message)
    assert used_its_cpu(run, LIMITS)


def test_memory_of_an_auto_reaped_child_is_counted(docker_sandbox):
    run, verdict, _ = run_program(
        docker_sandbox, "python", programs.HIDDEN_MEMORY["python"], limits=Limits(time_s=2, memory_mb=256, output_mb=1)
    )
    assert verdict is None and run.stdout == b"3\n"
    assert 100 * 1024 <= run.memory_kb <= 140 * 1024


def test_small_programs_report_their_own_few_megabytes(docker_sandbox):
    """Peak memory is the program's, not the container's set-up or the
    files the launcher wrote for it."""
    c, _, _ = run_program(docker_sandbox, "c", programs.AC["c"])
    python, _, _ = run_program(docker_sandbox, "python", programs.AC["python"])
    assert c.stdout == python.stdout == b"3\n"
    assert 0 < c.memory_kb < 4 * 1024
    assert 2 * 1024 < python.memory_kb < 16 * 1024


def test_memory_filled_with_files_is_mle_and_shows_as_used(docker_sandbox):
    """Files in the container's tmpfs are memory: filling it ends at the
    memory limit, and the peak says so."""
    code = (
        "block = b'z' * (1 << 20)\nfor d in ('/box', '/tmp', '/dev/shm'):\n    for i in range(64):\n"
        "        with open(f'{d}/f{i}', 'wb') as f:\n            f.write(block)\nprint('never')\n"
    )
    run, verdict, _ = run_program(docker_sandbox, "python", code)
    assert verdict == "MLE" and run.oom_killed
    assert run.memory_kb >= LIMITS.memory_mb * 1024 * 0.9


def test_a_program_that_takes_the_launchers_file_descriptors_is_still_mle(docker_sandbox):
    """The program runs as the launcher's user, so it may lower PID 1's
    open-file limit to nothing: the cgroup files the launcher reads after
    the program were opened before it started, so the kernel's OOM count
    still says MLE (not a guess from the memory used)."""
    code = (
        "import resource\nresource.prlimit(1, resource.RLIMIT_NOFILE, (0, 0))\n"
        "blocks = []\nwhile True:\n    blocks.append(bytearray(8 << 20))\n"
    )
    run, verdict, message = run_program(docker_sandbox, "python", code)
    assert verdict == "MLE" and run.oom_killed, (run, message)
    assert message == f"killed at the {LIMITS.memory_mb} MiB memory limit"


# ---- what leaves a container ----------------------------------------------------
def test_collect_never_follows_a_link(docker_sandbox):
    """Only plain files the program wrote come back, never what a link it
    left points to (a file, a directory on the way, a FIFO)."""
    code = (
        "import os, sys\nsys.stdin.read()\nopen('feedback/judgemessage.txt', 'w').write('seen')\n"
        "os.symlink('/etc/passwd', 'feedback/leak.txt')\nos.symlink('/etc', 'feedback/etc')\nos.mkfifo('feedback/fifo')\n"
    )
    compiled = docker_sandbox.compile(languages.get("python"), code)
    run = docker_sandbox.run(
        compiled.program,
        b"",
        LIMITS,
        extra_files={"feedback/.keep": b""},
        collect=("feedback/judgemessage.txt", "feedback/leak.txt", "feedback/etc/passwd", "feedback/fifo"),
    )
    assert run.exit_code == 0, run.stderr
    assert run.files == {"feedback/judgemessage.txt": b"seen"}
