from tui.judging.verdicts import classify, display
from tui.limits import Limits
from tui.sandbox.base import RunResult

LIMITS = Limits(time_s=1, memory_mb=64, output_mb=1)


def verdict(**fields):
    return classify(RunResult(**fields), LIMITS, ("MemoryError",))[0]


def test_order_of_precedence():
    assert verdict(error="engine gone") == "IE"
    assert verdict(output_exceeded=True, timed_out=True) == "OLE"
    assert verdict(timed_out=True) == "TLE"
    assert verdict(exit_code=0, cpu_ms=1001) == "TLE"
    assert verdict(exit_code=0, cpu_ms=1000) is None  # exactly at the limit is within it
    assert verdict(signal=9, oom_killed=True) == "MLE"
    # A fork bomb held by the pids limit whose refused forks then filled the memory (sandbox.md: RE or TLE)
    assert verdict(signal=9, oom_killed=True, pids_limit_hit=True) == "RE"
    assert verdict(timed_out=True, oom_killed=True, pids_limit_hit=True) == "TLE"
    assert verdict(exit_code=1, stderr=b"Traceback...\nMemoryError\n") == "MLE"
    assert verdict(signal=9, memory_kb=63 * 1024) == "MLE"
    assert verdict(signal=11) == "RE"
    assert verdict(exit_code=3) == "RE"
    assert verdict(exit_code=0) is None


def test_signal_names_and_display():
    result = classify(RunResult(signal=11), LIMITS)
    assert result[1].startswith("SIGSEGV (segmentation fault")
    assert display("RE", "SIGSEGV") == "Runtime Error (SIGSEGV)"
    assert display("TLE") == "Time Limit Exceeded"
