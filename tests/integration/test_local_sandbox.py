"""The local sandbox (`--sandbox local`), judged for real: real compilers,
real processes, no engine.  Each test asserts what a user would see: the
verdict and its message, or what a program could (not) reach.

What a test needs of this machine (a compiler, a namespace, a cgroup) and
doesn't find skips it on a laptop and fails it under CI (conftest.unavailable):
scripts/test.sh installs the compilers, and CI runs as root."""

from __future__ import annotations

import dataclasses
import glob
import os
import resource
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import unavailable
from tests.integration import programs
from tui import languages, packages
from tui.judging import Judge, verdicts
from tui.limits import Limits
from tui.packages import CheckerSpec, Problem
from tui.packages import TestCase as Case
from tui.sandbox.base import SandboxUnavailable
from tui.sandbox.local import LocalSandbox

ROOT = Path(__file__).resolve().parents[2]
FAST = Limits(time_s=0.5, memory_mb=128, output_mb=1)  # TLE at 2.5 s of wall clock at the latest


@pytest.fixture(scope="module")
def sandbox():
    """One sandbox for the module; once closed, no directory of ours remains."""
    box = LocalSandbox()
    yield box
    box.close()
    assert glob.glob(os.path.join(tempfile.gettempdir(), f"proctorx-local-{os.getpid()}-*")) == []


def needs(sandbox: LocalSandbox, lang: str):
    language = languages.get(lang)
    try:
        sandbox.prepare([language])
    except SandboxUnavailable as exc:
        unavailable(str(exc))
    return language


def needs_cgroup(sandbox: LocalSandbox) -> None:
    layout, why = sandbox.cgroups()
    if layout is None:
        unavailable(why, "CI runs the tests as root")


def needs_own_files(sandbox: LocalSandbox) -> None:
    if not sandbox.isolation().mountns:
        unavailable("this system gives a run no mount namespace: " + "; ".join(sandbox.details()), "CI runs the tests as root")


def judge_one(sandbox, lang: str, code: str, stdin: bytes = b"1 2\n", answer: bytes = b"3\n", limits: Limits = FAST, **kw):
    """One test judged through the Judge, as the app would: (report, its test)."""
    language = needs(sandbox, lang)
    test = Case(1, "t", False, "inline", inline_input=stdin, inline_answer=answer)
    problem = Problem("inline", "Inline", ROOT, "", limits, CheckerSpec("lines"), [test])
    report = Judge(sandbox, jobs=1, reveal_hidden=True).judge(problem, language, code, **kw)
    return report, report.tests[0]


def run_py(sandbox, code: str, stdin: bytes = b"", limits: Limits = FAST, **kw):
    program = sandbox.compile(needs(sandbox, "python"), code).program
    return sandbox.run(program, stdin, limits, **kw)


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


# ---- every verdict, python and C++ ------------------------------------------
PROGRAMS = {
    "AC": {
        "python": "a, b = map(int, input().split())\nprint(a + b)\n",
        "cpp": '#include <cstdio>\nint main(){long long a,b;std::scanf("%lld %lld",&a,&b);std::printf("%lld\\n",a+b);}\n',
    },
    "WA": {
        "python": "print(4)\n",
        "cpp": '#include <cstdio>\nint main(){std::puts("4");}\n',
    },
    "exit code": {
        "python": "import sys\nsys.exit(3)\n",
        "cpp": "int main(){return 3;}\n",
    },
    "SIGSEGV": {
        "python": "import ctypes\nctypes.string_at(0)\n",
        "cpp": "int main(){volatile int *p = nullptr; *p = 1; return 0;}\n",
    },
    "CPU loop": {
        "python": "while True:\n    pass\n",
        "cpp": "int main(){volatile unsigned long x=0;for(;;)x++;}\n",
    },
    "sleep": {
        "python": "import time\ntime.sleep(60)\n",
        "cpp": "#include <unistd.h>\nint main(){sleep(60);}\n",
    },
    "memory bomb": {
        "python": "blocks = []\nwhile True:\n    blocks.append(bytearray(16 << 20))\n",
        "cpp": "#include <vector>\nint main(){std::vector<std::vector<char>> v; for(;;) v.emplace_back(16u<<20, 1);}\n",
    },
    "output flood": {
        "python": "import sys\nline = 'x' * 1023 + '\\n'\nwhile True:\n    sys.stdout.write(line)\n",
        "cpp": '#include <cstdio>\nint main(){for(;;) std::puts("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");}\n',
    },
}
EXPECTED = {
    "AC": ("Accepted", ""),
    "WA": ("Wrong Answer", "expected '3', got '4'"),
    "exit code": ("Runtime Error", "exit code 3"),
    "SIGSEGV": ("Runtime Error (SIGSEGV)", "segmentation fault"),
    "CPU loop": ("Time Limit Exceeded", ""),
    "sleep": ("Time Limit Exceeded", "wall-clock deadline"),
    "memory bomb": ("Memory Limit Exceeded", ""),
    "output flood": ("Output Limit Exceeded", "more than 1 MiB of output"),
}


@pytest.mark.parametrize("lang", ["python", "cpp"])
@pytest.mark.parametrize("case", list(PROGRAMS))
def test_every_verdict(sandbox, case, lang):
    _report, test = judge_one(sandbox, lang, PROGRAMS[case][lang])
    label, message = EXPECTED[case]
    assert test.label == label, (test.message, test.stderr[-500:])
    assert message in test.message
    assert test.wall_ms < FAST.wall_s * 1000 + 500
    if case == "AC":
        assert test.stdout == b"3\n"
        assert 0 < test.memory_kb < 32 * 1024  # the program's own, not a copy of the judge's
    if case == "memory bomb":
        assert test.memory_kb <= FAST.memory_mb * 1024


def test_a_sleeping_program_is_stopped_at_the_wall_deadline(sandbox):
    start = time.monotonic()
    result = run_py(sandbox, "import time\ntime.sleep(60)\n")
    assert result.timed_out and result.error is None
    assert FAST.wall_s <= time.monotonic() - start < FAST.wall_s + 1.5
    assert result.cpu_ms < 500


def test_a_cpu_loop_is_stopped_by_cpu_or_wall_time(sandbox):
    result = run_py(sandbox, "while True:\n    pass\n")
    assert result.timed_out or result.cpu_ms > FAST.time_s * 1000


def test_output_flood_is_cut_at_the_limit_and_memory_stays_bounded(sandbox):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    flood = "import sys\nchunk = 'x' * (1 << 20)\nwhile True:\n    sys.stdout.write(chunk)\n    sys.stderr.write(chunk)\n"
    result = run_py(sandbox, flood, limits=dataclasses.replace(FAST, output_mb=4))
    assert result.output_exceeded
    assert len(result.stdout) <= 4 << 20
    assert len(result.stderr) <= 128 << 10  # a head and a tail only
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 64 * 1024


def test_stderr_past_the_limit_is_output_exceeded_too(sandbox):
    result = run_py(sandbox, "import sys\nwhile True:\n    sys.stderr.write('e' * 65536)\n")
    assert result.output_exceeded


# ---- what a program can and can't reach --------------------------------------
def test_a_background_child_is_killed_when_the_program_ends(sandbox):
    code = "import os, sys, time\npid = os.fork()\nif pid == 0:\n    time.sleep(60)\n    os._exit(0)\nprint(pid, flush=True)\n"
    result = run_py(sandbox, code)
    assert result.exit_code == 0, result.stderr
    child = int(result.stdout)
    assert gone(child), "the background child outlived the run"


def test_a_child_that_left_the_group_is_killed_when_the_run_ends(sandbox):
    """setsid() leaves the process group: a cgroup (or, as root, the run's
    own uid) still reaches it."""
    if not sandbox.isolation().own_uid and sandbox.cgroups()[0] is None:
        unavailable("only a run with a cgroup or a uid of its own can be swept whole: " + sandbox.cgroups()[1])
    code = "import os, time\npid = os.fork()\nif pid == 0:\n    os.setsid()\n    time.sleep(60)\n    os._exit(0)\nprint(pid, flush=True)\n"
    result = run_py(sandbox, code)
    assert gone(int(result.stdout))


def test_the_environment_is_clean(sandbox, monkeypatch):
    monkeypatch.setenv("PROCTORX_HOST_SECRET", "hunter2")
    result = run_py(sandbox, "import os\nfor k, v in sorted(os.environ.items()):\n    print(f'{k}={v}')\n")
    env = dict(line.split("=", 1) for line in result.stdout.decode().splitlines())
    assert "PROCTORX_HOST_SECRET" not in env and b"hunter2" not in result.stdout
    assert env["LANG"] == "C.UTF-8"
    assert env["HOME"] == env["TMPDIR"] != os.environ.get("HOME")
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"  # the language's own
    assert set(env) <= {"PATH", "HOME", "TMPDIR", "LANG", "PWD", "SHLVL", "_", *languages.get("python").env}


def test_each_run_gets_a_fresh_directory_removed_afterwards(sandbox):
    code = (
        "import os\nprint(os.getcwd())\nprint(sorted(os.listdir('.')))\n"
        "open('left-behind.txt', 'w').write('secret')\nos.mkdir('locked')\nos.chmod('locked', 0)\n"
    )
    first, second = run_py(sandbox, code), run_py(sandbox, code)
    for result in (first, second):
        cwd, listing = result.stdout.decode().splitlines()
        assert listing == "['solution.py']"  # nothing the other run left
        assert not os.path.exists(cwd)
    assert first.stdout.splitlines()[0] != second.stdout.splitlines()[0]


def test_close_removes_every_directory(sandbox):
    box = LocalSandbox()
    result = run_py(box, "import os\nprint(os.path.dirname(os.getcwd()))\n")
    base = result.stdout.decode().strip()
    assert os.path.isdir(base)
    box.close()
    assert not os.path.exists(base)


def test_no_network_where_the_os_allows_a_namespace(sandbox):
    if not sandbox.isolation().netns:
        unavailable("this system allows no network namespace: " + "; ".join(sandbox.details()), "CI runs the tests as root")
    code = (
        "import socket\nprint([name for _, name in socket.if_nameindex()])\n"
        "s = socket.socket()\ns.settimeout(2)\ntry:\n    s.connect(('1.1.1.1', 53))\n    print('connected')\n"
        "except OSError as exc:\n    print('unreachable', exc.errno)\n"
    )
    result = run_py(sandbox, code)
    assert result.stdout.splitlines()[0] == b"['lo']"
    assert result.stdout.splitlines()[1].startswith(b"unreachable")


def test_a_fork_bomb_is_held_by_the_process_limit(sandbox):
    """The program forks until it can't: what stops it is the process limit
    (EAGAIN before the language's pids_limit), not the time or the memory."""
    layout = sandbox.cgroups()[0]
    if os.geteuid() == 0 and not sandbox.isolation().own_uid and not (layout and "pids" in layout.parents):
        unavailable("the process limit doesn't apply to root without a uid or a pids cgroup of the run's own")
    code = (
        "import errno, os, time\nn, why = 0, 'never stopped'\nwhile n < 10000:\n    try:\n        pid = os.fork()\n"
        "    except OSError as exc:\n        why = errno.errorcode[exc.errno]\n        break\n"
        "    if pid == 0:\n        time.sleep(60)\n        os._exit(0)\n    n += 1\nprint(n, why, flush=True)\n"
    )
    result = run_py(sandbox, code)
    assert result.exit_code == 0, result.stderr
    forks, why = result.stdout.split()
    assert why == b"EAGAIN"
    assert 0 < int(forks) < languages.get("python").pids_limit


def test_a_program_that_never_reads_its_input_does_not_block(sandbox):
    result = run_py(sandbox, "print('done')\n", stdin=b"1 " * (4 << 20))
    assert result.stdout == b"done\n" and not result.timed_out


def test_megabytes_of_input_arrive_whole(sandbox):
    data = b"".join(b"%d\n" % i for i in range(500_000))
    result = run_py(sandbox, "import sys\ndata = sys.stdin.buffer.read()\nprint(len(data), data.count(b'\\n'))\n", stdin=data)
    assert result.stdout.split() == [str(len(data)).encode(), b"500000"]


def test_cancel_stops_a_run_within_a_second(sandbox):
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    result = run_py(sandbox, "import time\ntime.sleep(60)\n", cancel=cancel)
    assert result.error == "cancelled"
    assert time.monotonic() - start < 1.3


def test_cancel_through_the_judge(sandbox):
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    report, _ = judge_one(sandbox, "python", "import time\ntime.sleep(60)\n", cancel=cancel)
    assert report.cancelled and time.monotonic() - start < 1.5


def test_collect_returns_files_the_program_wrote_and_never_follows_a_link(sandbox):
    code = (
        "import os, sys\ndata = sys.stdin.read()\nprint('to stdout')\n"
        "open('feedback/judgemessage.txt', 'w').write('seen ' + data)\n"
        "os.symlink('/etc/passwd', 'feedback/leak.txt')\n"
    )
    program = sandbox.compile(needs(sandbox, "python"), code).program
    result = sandbox.run(
        program,
        b"42",
        FAST,
        extra_files={"feedback/.keep": b""},
        collect=("feedback/judgemessage.txt", "feedback/leak.txt"),
    )
    assert result.exit_code == 0, result.stderr
    assert result.files == {"feedback/judgemessage.txt": b"seen 42"}


def test_concurrent_runs_stay_apart(sandbox):
    """Runs in parallel threads each see their own input and files (and a
    fork in one thread never leaves another's program "Text file busy")."""
    code = '#include <cstdio>\nint main(){long long x;std::scanf("%lld",&x);std::printf("%lld\\n",2*x);}\n'
    program = sandbox.compile(needs(sandbox, "cpp"), code).program

    def one(i: int) -> bool:
        result = sandbox.run(program, b"%d\n" % i, FAST)
        return result.stdout == b"%d\n" % (2 * i) or (i, result)

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(one, range(300)))
    assert [o for o in outcomes if o is not True] == []


def test_no_process_or_descriptor_is_left_behind(sandbox):
    run_py(sandbox, "print(1)\n")  # the sandbox's own set-up is not a leak
    before = set(os.listdir("/proc/self/fd"))
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    for code, kw in [
        ("print(input())\n", {"stdin": b"hi\n"}),
        ("import os, time\nos.fork()\ntime.sleep(60)\n", {}),  # timed out, with a child
        ("while True:\n    print('x' * 1000)\n", {}),  # output flood
        ("import time\ntime.sleep(60)\n", {"cancel": cancel}),
    ]:
        run_py(sandbox, code, limits=Limits(time_s=0.3, memory_mb=128, output_mb=1), **kw)
    assert set(os.listdir("/proc/self/fd")) <= before
    mine = [entry.name for entry in os.scandir("/proc") if entry.name.isdigit() and _parent(entry.name) == os.getpid()]
    assert mine == []


def _parent(pid: str) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return int(f.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


# ---- every process and thread counts ------------------------------------------
ONE_S = Limits(time_s=1.0, memory_mb=256, output_mb=1)


def run_program(sandbox, lang: str, code: str, limits: Limits = ONE_S):
    language = needs(sandbox, lang)
    compiled = sandbox.compile(language, code)
    assert compiled.ok, compiled.output
    run = sandbox.run(compiled.program, b"1 2\n", limits)
    verdict, message = verdicts.classify(run, limits, language.memory_error_markers)
    return run, verdict, message


def used_its_cpu(run, limits: Limits) -> bool:
    """At least the CPU the hidden process said it used; and past the limit,
    or, on a machine too busy to give it a second of CPU before the wall
    deadline, stopped there."""
    said = programs.burnt(run.stderr)
    return run.cpu_ms >= said and (run.cpu_ms > limits.time_s * 1000 or run.timed_out)


@pytest.mark.parametrize("lang", ["python", "c"])
@pytest.mark.parametrize("hiding", ["auto-reaped child", "double-forked daemon"])
def test_cpu_time_hidden_in_other_processes_is_counted(sandbox, hiding, lang):
    """1.6 s of CPU where wait4() never sees it, on a 1 s limit: TLE with
    the CPU used, stopped at the limit."""
    needs_cgroup(sandbox)
    code = (programs.HIDDEN_CPU if hiding == "auto-reaped child" else programs.DAEMON_CPU)[lang]
    run, verdict, message = run_program(sandbox, lang, code)
    assert verdict == "TLE", (run, message)
    assert used_its_cpu(run, ONE_S)
    assert run.stdout == b""


def test_cpu_time_of_every_thread_is_counted(sandbox):
    needs_cgroup(sandbox)
    run, verdict, message = run_program(sandbox, "c", programs.THREADS_CPU["c"])
    assert verdict == "TLE", (run, message)
    assert used_its_cpu(run, ONE_S)


def test_memory_of_an_auto_reaped_child_is_counted(sandbox):
    needs_cgroup(sandbox)
    if "memory" not in sandbox.cgroups()[0].parents:
        unavailable("the run's cgroup counts no memory here: " + sandbox.cgroups()[0].describe())
    run, verdict, _ = run_program(sandbox, "python", programs.HIDDEN_MEMORY["python"], limits=Limits(time_s=2, memory_mb=256))
    assert verdict is None and run.stdout == b"3\n"
    assert 100 * 1024 <= run.memory_kb <= 140 * 1024


# ---- what a run can see of the machine and of other runs ------------------------
def test_files_left_in_tmp_by_one_test_do_not_reach_the_next(sandbox, tmp_path):
    """A hidden test's input left in /tmp (or /dev/shm) for a later sample
    test to print: each run has its own, empty, /tmp."""
    needs_own_files(sandbox)
    folder = tmp_path / "leak"
    folder.mkdir()
    (folder / "problem.yaml").write_text(
        'title: Leak\ntests:\n  - {input: "write 42\\n", expected: "written\\n"}\n  - {input: "look\\n", expected: "clean\\n"}\n'
    )
    code = (
        "import os, sys\nplaces = ['/tmp/note', '/dev/shm/note']\nline = sys.stdin.read()\n"
        "if line.startswith('write'):\n    for p in places:\n        open(p, 'w').write(line)\n    print('written')\n"
        "else:\n    print('clean' if not any(os.path.exists(p) for p in places) else 'LEAKED')\n"
    )
    report = Judge(sandbox, jobs=1, reveal_hidden=True).judge(packages.load(folder), needs(sandbox, "python"), code)
    assert [t.stdout for t in report.tests] == [b"written\n", b"clean\n"], [t.stderr for t in report.tests]


@pytest.fixture
def readable_package():
    """A problem package anyone may read, as a checkout's is."""
    folder = Path(tempfile.mkdtemp(prefix="proctorx-package-"))
    (folder / "data" / "secret").mkdir(parents=True)
    for path in (folder, folder / "data", folder / "data" / "secret"):
        path.chmod(0o755)
    (folder / "data" / "secret" / "1.ans").write_text("the answer\n")
    yield folder
    shutil.rmtree(folder)


def test_the_package_home_and_the_app_are_out_of_reach(sandbox, readable_package):
    """The expected answers on disk, the app's own files and its command
    line (which names the problem): a run can read none of them."""
    needs_own_files(sandbox)
    answer = readable_package / "data" / "secret" / "1.ans"
    targets = [str(answer), str(ROOT / "README.md"), f"/proc/{os.getpid()}/cmdline", os.path.expanduser("~")]
    code = (
        "import os, sys\nfor path in sys.stdin.read().split():\n    try:\n"
        "        (os.listdir(path) if os.path.isdir(path) else open(path, 'rb').read(16))\n        print('READ', path)\n"
        "    except OSError:\n        print('hidden')\n"
    )
    result = run_py(sandbox, code, stdin="\n".join(targets).encode())
    assert result.stdout.decode().split() == ["hidden"] * len(targets)
    if os.geteuid() == 0:
        listing = run_py(sandbox, "import os\nprint(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))\n")
        assert os.getpid() not in eval(listing.stdout)  # only the run's own processes are listed


def test_a_compiled_program_sees_nothing_of_the_folder_the_app_was_started_in(sandbox, readable_package, monkeypatch):
    """A built program runs as ./solution: it is the run's own file, never a
    tool of the machine's whose folder is lent to the run, wherever the app
    was started (a checkout under /tmp included)."""
    needs_own_files(sandbox)
    monkeypatch.chdir(readable_package / "data" / "secret")
    code = (
        '#include <stdio.h>\nint main(void){char path[4096];while(scanf("%4095s",path)==1){FILE*f=fopen(path,"rb");\n'
        'puts(f?"READ":"hidden");if(f)fclose(f);}return 0;}\n'
    )
    targets = [readable_package / "data" / "secret" / "1.ans", readable_package / "data"]
    _, test = judge_one(sandbox, "c", code, stdin="\n".join(map(str, targets)).encode(), answer=b"hidden\nhidden\n")
    assert test.verdict == "AC", (test.message, test.stdout)


def test_details_say_what_stays_shared(sandbox):
    details = "\n".join(sandbox.details())
    layout, why = sandbox.cgroups()
    assert "shared with the host:" in details
    if sandbox.isolation().mountns:
        assert "files: a root of its own" in details and "/tmp" in details
    else:
        assert "files: NOT isolated" in details
    assert ("CPU time and memory: every process" in details) if layout else (why in details)


# ---- compiling ---------------------------------------------------------------
def test_a_cpp_compile_error_shows_the_compiler_message(sandbox):
    report, test = judge_one(sandbox, "cpp", "int main() { return undefined_name; }\n")
    assert report.verdict == "CE" and test.verdict == "SKIP"
    assert "undefined_name" in report.compile.output and "error" in report.compile.output


def test_compile_keeps_only_the_artifacts(sandbox):
    result = sandbox.compile(needs(sandbox, "cpp"), PROGRAMS["AC"]["cpp"], extra_files={"notes.txt": b"x"})
    assert result.ok, result.output
    assert set(result.program.files) == {"solution"}
    assert result.program.modes["solution"] & 0o100


def test_java_compiles_and_runs_a_public_class_sumlist(sandbox):
    code = (
        "import java.util.*;\npublic class SumList {\n  public static void main(String[] a) {\n"
        "    Scanner in = new Scanner(System.in); long s = 0;\n    while (in.hasNextLong()) s += in.nextLong();\n"
        "    System.out.println(s);\n  }\n}\n"
    )
    report, test = judge_one(sandbox, "java", code, stdin=b"1 2 3 4\n", answer=b"10\n", limits=Limits(time_s=2, memory_mb=256))
    assert report.compile.ok, report.compile.output
    assert test.verdict == "AC", (test.message, test.stderr)
    compiled = sandbox.compile(languages.get("java"), code)
    assert "SumList.class" in compiled.program.files


def test_prepare_names_a_missing_tool(sandbox):
    cpp = languages.get("cpp")
    missing = dataclasses.replace(cpp, compile="proctorx-no-such-compiler -o solution {source}")
    with pytest.raises(SandboxUnavailable, match="proctorx-no-such-compiler"):
        sandbox.prepare([missing])


def test_describe_says_weaker(sandbox):
    assert sandbox.describe() == "local sandbox — weaker isolation (no container)"
    assert any(line.startswith("network:") for line in sandbox.details())


# ---- the judge, end to end ----------------------------------------------------
PROBLEMS = ROOT / "problems"


@pytest.mark.parametrize(
    "source, verdict",
    [
        ("bounded-subarrays/solutions/solution.py", "AC"),
        ("bounded-subarrays/solutions/solution.cpp", "AC"),
        ("bounded-subarrays/solutions/Solution.java", "AC"),
        ("bounded-subarrays/submissions/wrong_answer/int_overflow.cpp", "WA"),
        ("bounded-subarrays/submissions/time_limit_exceeded/naive.py", "TLE"),
        ("any-pair-sum/solutions/solution.py", "AC"),  # a custom output validator, run sandboxed too
        ("any-pair-sum/submissions/wrong_answer/same_index.py", "WA"),
    ],
)
def test_judge_a_shipped_problem(sandbox, source, verdict):
    path = PROBLEMS / source
    problem = packages.load(PROBLEMS / source.split("/")[0])
    language = languages.for_file(path)
    needs(sandbox, language.id)
    report = Judge(sandbox, jobs=2, reveal_hidden=True).judge(problem, language, path.read_text(), stop_on_failure=verdict != "AC")
    assert report.verdict == verdict, [(t.name, t.verdict, t.message) for t in report.tests]
    if verdict == "AC":
        assert report.passed == report.total == len(problem.tests)
        assert all(0 < t.memory_kb < 128 * 1024 for t in report.tests)
    if problem.checker.kind == "custom":
        assert all(t.message for t in report.tests if t.verdict in ("AC", "WA"))  # the validator's own feedback
