"""Problem packages: the native format and Kattis', read into Problems.

model.py         Problem, TestCase, CheckerSpec, Submission: what loading gives
description.py   problem.yaml read once, whatever the format (kattis.py: the Kattis keys)
groups.py        data/**/testdata.yaml: what a test group says of validator flags
scoring.py       a scoring problem's test-group tree (both layouts), for the grader
loader.py        load / find / load_library: a Description made into a Problem
statements.py    the statement as Markdown (tex/: from LaTeX)
testdata.py      TestWriter, for the generators of shipped packages
"""

from tui.packages.loader import Library, find, load, load_library
from tui.packages.model import CHECKERS, CheckerSpec, Problem, Submission, TestCase
from tui.packages.package_yaml import ProblemError

__all__ = ["CHECKERS", "CheckerSpec", "Library", "Problem", "ProblemError", "Submission", "TestCase", "find", "load", "load_library"]
