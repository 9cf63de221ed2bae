#!/usr/bin/env python3
"""Each language's compile and per-test overhead beside C++'s (issue 18).

For every language (or those named), a hello is judged on a problem of
--tests tests, --repeat times, in one run with the languages interleaved so a
busy machine slows them alike.  Reported per language, medians:

  step     the compile (or the syntax check of a language that runs its
           source; "-" for one with neither), as the judge measures it
  per test the wall time of the whole judgement after the step, divided by
           the tests: a container's start, the runtime's own start-up, the
           run, the removal (two at once, as `judge` runs them)
  × C++    the per-test overhead against C++'s
  total    the whole judgement, step included (the run containers start
           during the step, as the judge overlaps them, so a long compile
           hides part of their start)

    python3 benchmarks/languages_speed.py [--tests 8] [--repeat 3] [LANG ...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.language_programs import HELLO  # noqa: E402
from tui import languages, packages  # noqa: E402
from tui.judging import Judge  # noqa: E402
from tui.sandbox.docker import DockerSandbox  # noqa: E402

FIRST_FOUR = {
    "python": 'print("hello world")\n',
    "c": '#include <stdio.h>\nint main(void) { puts("hello world"); return 0; }\n',
    "cpp": '#include <iostream>\nint main() { std::cout << "hello world\\n"; }\n',
    "java": 'public class Main { public static void main(String[] a) { System.out.println("hello world"); } }\n',
}
PROGRAMS = {**FIRST_FOUR, **HELLO}


def make_problem(folder: Path, tests: int) -> packages.Problem:
    rows = "".join(f'  - name: t{i}\n    input: "{i}\\n"\n    expected: "hello world\\n"\n' for i in range(tests))
    (folder / "statement.md").write_text("Print `hello world`.\n")
    (folder / "problem.yaml").write_text(f"title: Hello\ntime_limit: 2\nmemory_limit: 256\ntests:\n{rows}")
    return packages.load(folder)


def measure(sandbox: DockerSandbox, problem: packages.Problem, lang: str) -> tuple[float | None, float, float]:
    """(the step's ms or None, ms per test after it, total ms) of one judgement."""
    language = languages.get(lang)
    steps: list[float] = []
    started = time.perf_counter()

    def on_event(event) -> None:
        if event.kind.name == "COMPILE_FINISHED":
            steps.append(time.perf_counter())

    report = Judge(sandbox, jobs=2).judge(problem, language, PROGRAMS[lang], on_event=on_event)
    ended = time.perf_counter()
    if report.verdict != "AC":
        raise SystemExit(f"{lang}: the hello was judged {report.verdict}, not AC: the benchmark measures nothing")
    step = (steps[0] - started) * 1000 if language.builds and steps else None
    after = steps[0] if steps else started
    return step, (ended - after) * 1000 / len(problem.tests), (ended - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("langs", nargs="*", help="languages to measure (default: all), C++ always")
    parser.add_argument("--tests", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    wanted = sorted(set(args.langs or PROGRAMS) | {"cpp"})
    unknown = [lang for lang in wanted if lang not in PROGRAMS]
    if unknown:
        parser.error(f"no hello for {', '.join(unknown)} (known: {', '.join(sorted(PROGRAMS))})")
    sandbox = DockerSandbox(jobs=2)
    results: dict[str, list[tuple[float | None, float, float]]] = {lang: [] for lang in wanted}
    try:
        sandbox.prepare([languages.get(lang) for lang in wanted])
        with tempfile.TemporaryDirectory() as tmp:
            problem = make_problem(Path(tmp), args.tests)
            for lang in wanted:  # a first judgement of each, not counted: caches, page cache
                measure(sandbox, problem, lang)
            for _ in range(args.repeat):
                for lang in wanted:
                    results[lang].append(measure(sandbox, problem, lang))
    finally:
        sandbox.close()
    cpp = statistics.median(per for _, per, _ in results["cpp"])
    print(f"{args.tests} tests, median of {args.repeat}, two tests at once")
    print(f"{'language':<12} {'step ms':>8} {'per test ms':>12} {'× C++':>6} {'total ms':>9}")
    for lang in sorted(wanted, key=lambda lang: statistics.median(per for _, per, _ in results[lang])):
        steps = [step for step, _, _ in results[lang] if step is not None]
        per = statistics.median(per for _, per, _ in results[lang])
        total = statistics.median(total for _, _, total in results[lang])
        step = f"{statistics.median(steps):.0f}" if steps else "-"
        print(f"{lang:<12} {step:>8} {per:>12.0f} {per / cpp:>6.2f} {total:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
