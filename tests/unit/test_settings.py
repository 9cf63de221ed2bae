"""settings.json: every key documented, a bad key a warning that names it
(its default used), a bad file never a crash and never overwritten, and the
old file in the data folder moved once."""

from __future__ import annotations

import json

from tests.conftest import ROOT
from tui import settings
from tui.cli import common


def write(folder, data) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(data if isinstance(data, str) else json.dumps(data))


def test_no_file_is_every_default_and_no_warning(tmp_path):
    loaded = settings.load(tmp_path / "config", tmp_path / "data")
    assert loaded.settings == settings.Settings() and loaded.warnings == []
    assert loaded.settings.warm_containers == 8 and loaded.settings.jobs is None


def test_each_bad_key_is_one_warning_naming_it_and_the_rest_is_used(tmp_path):
    write(tmp_path, {"jobs": "many", "warm_containers": -1, "keymap": {"problem.run": 9}, "theme": "textual-light", "colour": "red"})
    loaded = settings.load(tmp_path, tmp_path / "data")
    assert loaded.settings == settings.Settings(theme="textual-light")
    said = "\n".join(loaded.warnings)
    assert len(loaded.warnings) == 4
    assert '"jobs" must be a whole number of at least 1 (got "many"); using the default (one per core)' in said
    assert '"warm_containers" must be a whole number of at least 0 (got -1); using the default (8)' in said
    assert '"keymap" must be an object of binding ids to keys' in said
    assert 'unknown setting "colour"' in said


def test_a_file_that_is_not_json_is_a_warning_with_the_line(tmp_path):
    write(tmp_path, '{\n  "jobs": 2,\n  "theme": \n}\n')
    loaded = settings.load(tmp_path, tmp_path / "data")
    assert loaded.settings == settings.Settings()
    assert len(loaded.warnings) == 1 and "not valid JSON (line 4, column 1" in loaded.warnings[0]
    write(tmp_path, "[1, 2]")
    assert "expected an object of settings" in settings.load(tmp_path, tmp_path / "data").warnings[0]


def test_saving_keeps_what_else_is_there_and_never_overwrites_a_bad_file(tmp_path):
    write(tmp_path, {"jobs": 2, "something": "of the user's"})
    assert settings.save(tmp_path / "settings.json", theme="textual-light") is None
    assert json.loads((tmp_path / "settings.json").read_text()) == {"jobs": 2, "something": "of the user's", "theme": "textual-light"}
    write(tmp_path, '{"jobs": 2,')
    problem = settings.save(tmp_path / "settings.json", theme="textual-dark")
    assert problem is not None and "not changed" in problem
    assert (tmp_path / "settings.json").read_text() == '{"jobs": 2,'


def test_the_old_file_in_the_data_folder_is_moved_once(tmp_path):
    config, data = tmp_path / "config", tmp_path / "data"
    write(data, {"theme": "textual-light", "keymap": {"problem.run": "f9"}, "languages": {"sum": "cpp"}})
    loaded = settings.load(config, data)
    assert loaded.warnings == []
    assert loaded.settings == settings.Settings(theme="textual-light", keymap={"problem.run": "f9"})
    assert json.loads((data / "state.json").read_text()) == {"languages": {"sum": "cpp"}}
    assert not (data / "settings.json").exists() and (data / "settings.json.migrated").exists()
    # A later old file (another copy restored) never overrides the new location.
    write(data, {"theme": "textual-dark"})
    assert settings.load(config, data).settings.theme == "textual-light"


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for key, _default, doc in settings.documented():
        assert f"| `{key}` |" in readme, key  # a row of the README's settings table
        assert doc


def test_the_cli_takes_jobs_from_the_settings_and_warns_on_a_bad_value(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PROCTORX_CONFIG_DIR", str(tmp_path))
    monkeypatch.setenv("PROCTORX_DATA_DIR", str(tmp_path / "data"))
    write(tmp_path, {"jobs": 3})
    assert common.jobs(None) == 3 and common.jobs(1) == 1
    write(tmp_path, {"jobs": 0})
    assert common.jobs(None) >= 1
    assert '"jobs" must be a whole number of at least 1 (got 0)' in capsys.readouterr().err
