"""What a demo walks through, and the line the header names each program by."""

from __future__ import annotations

from tui.packages import find
from tui.packages.demo_programs import REFERENCE, STARTER, SUBMISSION, demo_programs, describe, first_sentence, leading_comment
from tui.resources import problems_dir


def test_bounded_subarrays_walks_reference_starter_then_the_mistakes():
    programs = demo_programs(find("bounded-subarrays", problems_dir()))
    assert [(p.kind, p.label, p.language) for p in programs] == [
        (REFERENCE, "solutions/solution.py", "python"),
        (STARTER, "starters/main.py", "python"),
        (SUBMISSION, "wrong_answer/int_overflow.cpp", "cpp"),
        (SUBMISSION, "time_limit_exceeded/naive.py", "python"),
    ]
    overflow = programs[2]
    assert overflow.description.startswith("Correct algorithm, but the counter is a 32-bit int")
    assert overflow.expected == ("WA",)
    assert programs[0].description == "the reference solution: accepted on every test"  # it has no leading comment


def test_the_language_asked_for_picks_the_reference_and_the_starter():
    programs = demo_programs(find("bounded-subarrays", problems_dir()), "cpp")
    assert [p.label for p in programs[:2]] == ["solutions/solution.cpp", "starters/main.cpp"]
    java = demo_programs(find("bounded-subarrays", problems_dir()), "java")
    assert [p.label for p in java[:2]] == ["solutions/Solution.java", "starters/Main.java"]
    # A language the package has no reference in falls back to Python.
    assert demo_programs(find("bounded-subarrays", problems_dir()), "c")[0].label == "solutions/solution.py"


def test_accepted_submissions_are_not_shown_as_mistakes():
    programs = demo_programs(find("any-pair-sum", problems_dir()))
    assert "accepted/two_pointers.py" not in [p.label for p in programs]
    assert [p.label for p in programs if p.kind == SUBMISSION] == ["wrong_answer/same_index.py", "time_limit_exceeded/naive.py"]


def test_leading_comments_in_each_syntax():
    assert leading_comment("#!/usr/bin/env python3\n# Wrong: off by one.\n# More.\nimport sys\n") == "Wrong: off by one. More."
    assert leading_comment("// Wrong: int.\n// It overflows.\n#include <bits/stdc++.h>\n") == "Wrong: int. It overflows."
    assert leading_comment("/* Slow: O(n^2).\n * Every pair.\n */\nint main() {}\n") == "Slow: O(n^2). Every pair."
    assert leading_comment("#include <stdio.h>\n// not leading\n") == ""
    assert leading_comment("import sys\n# not leading\n") == ""


def test_first_sentence_keeps_abbreviations_and_takes_a_second_after_a_headline():
    greedy = "Wrong: greedy by value per kilogram, e.g. W = 50 fails."
    assert first_sentence(greedy + " And more words here that go on.") == greedy
    assert first_sentence("Wrong: greedy matching. An early match can block a longer one.") == (
        "Wrong: greedy matching. An early match can block a longer one."
    )
    assert first_sentence("Wrong: int. 100 items of value 10^9 overflow it. Passes the samples.") == (
        "Wrong: int. 100 items of value 10^9 overflow it."
    )
    long = "Wrong: " + "very " * 60 + "long."
    assert first_sentence(long).endswith("…") and len(first_sentence(long)) <= 160


def test_a_file_without_a_comment_gets_the_default(tmp_path):
    path = tmp_path / "main.py"
    path.write_text("print(1)\n")
    assert describe(path, "the default") == "the default"
    assert describe(tmp_path / "missing.py", "gone") == "gone"
