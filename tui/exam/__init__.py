"""Exam mode's core: the exam file, the hash-chained run log, reports and the
official grade.  Knows no UI."""
