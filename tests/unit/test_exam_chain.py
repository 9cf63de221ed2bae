"""The run log's hash chain: what a proctor relies on to tell a log that was
edited, cut short, or had lines deleted or moved."""

import hashlib
import itertools
import json

import pytest

from tui.exam import chain
from tui.exam.records import LogFolder, RecordsError


def write_log(tmp_path, events=("start", "run", "run", "quit")):
    folder = LogFolder(tmp_path / "logs")
    for n, event in enumerate(events):
        folder.append("s1234", {"event": event, "student": "s1234", "time": f"2026-12-01T09:0{n}:00+00:00", "note": "ü"})
    return folder, folder.path("s1234")


def test_each_line_is_chained_to_the_one_before_by_its_sha256(tmp_path):
    folder, path = write_log(tmp_path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["seq"] for r in records] == [1, 2, 3, 4]
    assert records[0]["prev"] == "0" * 64
    for before, record in itertools.pairwise(records):
        assert record["prev"] == before["hash"]
    body = {k: v for k, v in records[2].items() if k != "hash"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert records[2]["hash"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert chain.verify(folder.lines("s1234")).ok


@pytest.mark.parametrize(
    "tamper, bad_line, reason",
    [
        (lambda lines: lines[:2] + [lines[2].replace('"run"', '"quit"')] + lines[3:], 3, "edited"),
        (lambda lines: lines[:1] + lines[2:], 2, "deleted"),
        (lambda lines: [lines[0], lines[2], lines[1], lines[3]], 2, "moved"),
        (lambda lines: lines[:3] + [lines[3][:40]], 4, "truncated"),
    ],
)
def test_tampering_is_found_at_the_first_bad_line(tmp_path, tamper, bad_line, reason):
    _folder, path = write_log(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    found = chain.verify(tamper(lines))
    assert not found.ok
    assert found.bad_line == bad_line
    assert reason in found.reason
    assert len(found.records) == bad_line - 1


def test_a_damaged_log_is_not_continued(tmp_path):
    folder, path = write_log(tmp_path)
    with path.open("a", encoding="utf-8") as f:
        f.write('{"seq": 5, "ev')
    with pytest.raises(RecordsError, match="last line is damaged"):
        folder.append("s1234", {"event": "run"})


def test_an_unwritable_log_folder_is_said_before_anything_happens(tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(RecordsError, match="can't be written"):
        LogFolder(tmp_path / "file" / "logs").check_writable()


def test_a_student_id_that_is_not_a_file_name_is_refused(tmp_path):
    with pytest.raises(RecordsError, match="can't be used"):
        LogFolder(tmp_path).append("../etc/passwd", {"event": "start"})
