"""The exam file: what a proctor writes, and one clear error for each mistake."""

from pathlib import Path

import pytest

from tests.app.helpers import PROBLEMS
from tui.exam.examfile import ExamFileError, load_exam


def exam(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "exam.yaml"
    path.write_text(text)
    return path


def test_a_good_exam_file(tmp_path):
    (tmp_path / "extra").mkdir()
    (tmp_path / "extra" / "mine").mkdir()
    (tmp_path / "extra" / "mine" / "problem.yaml").write_text("title: Mine\n")
    path = exam(tmp_path, "title: Lab 2\nproblems: [add-two, ./extra/mine]\nduration: 90\nlanguages: [python, cpp]\n")
    loaded = load_exam(path, [PROBLEMS])
    assert loaded.title == "Lab 2"
    assert [p.slug for p in loaded.problems] == ["add-two", "mine"]
    assert loaded.duration_s == 90 * 60
    assert [lang.id for lang in loaded.languages] == ["python", "cpp"]
    assert loaded.show_sample_output is True
    assert loaded.log == (tmp_path / "logs").resolve()
    assert len(loaded.sha256) == 64


@pytest.mark.parametrize(
    "text, expected",
    [
        ("problems: [add-two]\nduration: 90\n", "`title` is required"),
        ("title: T\nproblems: [add-two]\nduration: 90\ntime: 3\n", "line 4: unknown key `time`"),
        ("title: T\nproblems: [no-such]\nduration: 90\n", "line 2: problem 'no-such' can't be used"),
        ("title: T\nproblems: []\nduration: 90\n", "`problems` is required"),
        ("title: T\nproblems: [add-two]\nduration: -5\n", "line 3: `duration` must be a positive number of minutes"),
        ("title: T\nproblems: [add-two]\nduration: soon\n", "`duration` must be a positive number"),
        ("title: T\nproblems: [add-two]\nduration: 90\nlanguages: [python, cobol]\n", "line 4: unknown language 'cobol'"),
        ("title: T\nproblems: [add-two]\nduration: 90\nshow_sample_output: maybe\n", "must be true or false"),
        ("title: T\nproblems: [add-two, add-two]\nduration: 90\n", "listed twice"),
        ("title: [T\n", "YAML syntax error"),
    ],
)
def test_each_mistake_is_one_clear_error_naming_file_and_key(tmp_path, text, expected):
    with pytest.raises(ExamFileError) as info:
        load_exam(exam(tmp_path, text), [PROBLEMS])
    assert str(info.value).startswith(str(tmp_path / "exam.yaml"))
    assert expected in str(info.value)
