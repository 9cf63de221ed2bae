"""The watched --solution file's changes, and which editor $VISUAL / $EDITOR name."""

from __future__ import annotations

import os

from tui.app.external_editor import editor_command
from tui.app.watch import WatchedFile


def test_a_watched_file_reports_a_change_a_vanishing_and_a_return_once_each(tmp_path):
    path = tmp_path / "main.py"
    path.write_text("print(1)\n")
    watched = WatchedFile(path, "print(1)\n")
    assert watched.poll() is None
    path.write_text("print(22)\n")
    assert watched.poll() == "changed"
    assert watched.poll() is None
    assert watched.changed_on_disk()
    watched.agree("print(22)\n")
    assert not watched.changed_on_disk()
    path.unlink()
    assert (watched.poll(), watched.disk_text(), watched.changed_on_disk()) == ("vanished", None, False)
    path.write_text("print(3)\n")
    assert watched.poll() == "back"


def test_a_file_replaced_by_rename_counts_as_changed(tmp_path):
    path = tmp_path / "main.py"
    path.write_text("a\n")
    watched = WatchedFile(path, "a\n")
    (tmp_path / "new").write_text("b\n")  # same size, maybe the same mtime: a new inode
    os.replace(tmp_path / "new", path)
    assert watched.poll() == "changed"


def test_write_is_in_place_and_agreed(tmp_path):
    path = tmp_path / "main.py"
    path.write_text("old\n")
    inode = path.stat().st_ino
    watched = WatchedFile(path, "old\n")
    watched.write("new\n")
    assert path.read_text() == "new\n" and path.stat().st_ino == inode
    assert watched.poll() is None and watched.synced == "new\n"


def test_visual_wins_over_editor_and_arguments_are_split():
    assert editor_command({"VISUAL": "code --wait", "EDITOR": "vim"}) == ["code", "--wait"]
    assert editor_command({"VISUAL": "  ", "EDITOR": "emacs -nw"}) == ["emacs", "-nw"]
    assert editor_command({"EDITOR": "'/opt/my editor/bin/ed' -x"}) == ["/opt/my editor/bin/ed", "-x"]
    assert editor_command({}) is None
