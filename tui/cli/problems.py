"""`proctorx problems list`: the library, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tui.cli import common
from tui.cli.command import Command
from tui.cli.errors import EXIT_OK


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--problems", type=Path, help="a folder of problems (default ./problems, then the shipped ones)")
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from tui.packages import load_library

    library = load_library(*common.problem_roots(args.problems))
    rows = [
        {
            "slug": p.slug,
            "title": p.title,
            "difficulty": p.difficulty,
            "tags": p.tags,
            "samples": len(p.samples),
            "hidden": len(p.hidden),
            "solutions": list(p.solutions),
            "time_limit": p.limits.time_s,
            "memory_limit": p.limits.memory_mb,
            "path": str(p.path),
        }
        for p in library.problems
    ]
    for error in library.errors:
        print(f"proctorx: skipped a broken package: {error}", file=sys.stderr)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    print_table(rows)
    return EXIT_OK


def print_table(rows: list[dict]) -> None:
    """One line per problem; each column as wide as its longest cell, so long
    slugs and titles are shown whole (the tags, last, may run on)."""
    cells = [
        (
            r["slug"],
            r["title"],
            r["difficulty"] or "-",
            f"{r['samples']}+{r['hidden']}",
            ",".join(r["solutions"]) or "-",
            ", ".join(r["tags"]),
        )
        for r in rows
    ]
    header = ("slug", "title", "difficulty", "tests", "solutions", "tags")
    widths = [max(len(row[i]) for row in [header, *cells]) for i in range(len(header) - 1)]
    for row in [header, *cells]:
        print("  ".join(cell.rjust(w) if i == 3 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))) + "  " + row[-1])


COMMAND = Command("problems list", "the problems and their tests", arguments, run)
