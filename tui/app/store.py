"""The user's own data: code per problem and language, answers, custom tests, verdicts.

Everything lives under one data directory (platformdirs' user data dir, or
PROCTORX_DATA_DIR, or what the app is given), never inside a problem package.
Plain files a person can find and read: code as source files, the rest as JSON.
The user's settings are elsewhere: tui/settings.py, in the config folder.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from tui import userdirs
from tui.languages import Language
from tui.settings import STATE_FILE

DATA_ENV = userdirs.DATA_ENV


def default_data_dir() -> Path:
    return userdirs.data_dir()


def _safe(slug: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", slug) or "_"


@dataclass
class CustomTest:
    input: str
    expected: str | None = None  # None: the output is shown, not judged


@dataclass
class LastResult:
    verdict: str  # "AC", "WA", "CE", ...
    passed: int
    total: int
    language: str
    solved: bool  # ever accepted: stays true after a later failure
    when: str = ""


class Store:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_data_dir()

    # ---- code ---------------------------------------------------------
    def code_path(self, slug: str, language: Language) -> Path:
        ext = language.extensions[0] if language.extensions else ".txt"
        return self.root / "solutions" / _safe(slug) / f"{language.id}{ext}"

    def load_code(self, slug: str, language: Language) -> str | None:
        return _read_text(self.code_path(slug, language))

    def save_code(self, slug: str, language: Language, code: str) -> Path:
        return _write(self.code_path(slug, language), code)

    # ---- a submit-answer problem's answers: a file per test, a folder `proctorx judge` takes
    def answers_folder(self, slug: str) -> Path:
        return self.root / "answers" / _safe(slug)

    def answer_path(self, slug: str, key: str) -> Path:
        """key: the test's path under data/ (tui.judging.answers.test_key), like secret/07-large."""
        parts = [_safe(part) for part in key.split("/") if part not in ("", ".", "..")] or ["_"]
        return self.answers_folder(slug).joinpath(*parts[:-1], parts[-1] + ".ans")

    def load_answer(self, slug: str, key: str) -> str | None:
        return _read_text(self.answer_path(slug, key))

    def save_answer(self, slug: str, key: str, text: str) -> Path:
        return _write(self.answer_path(slug, key), text)

    # ---- what the app remembers: the last language per problem, run on change, stress forms
    def _state(self) -> dict:
        return _read_json(self.root / STATE_FILE, {})

    def state(self, key: str, default=None):
        """A value the app remembers between sessions (not a setting: the user doesn't write it)."""
        return self._state().get(key, default)

    def set_state(self, key: str, value) -> None:
        _write(self.root / STATE_FILE, json.dumps({**self._state(), key: value}, indent=2))

    def last_language(self, slug: str) -> str | None:
        languages = self._state().get("languages")
        return languages.get(slug) if isinstance(languages, dict) else None

    def set_last_language(self, slug: str, lang_id: str) -> None:
        state = self._state()
        languages = state.get("languages") if isinstance(state.get("languages"), dict) else {}
        if languages.get(slug) != lang_id:
            languages[slug] = lang_id
            _write(self.root / STATE_FILE, json.dumps({**state, "languages": languages}, indent=2))

    # ---- custom tests -------------------------------------------------
    def _custom_path(self, slug: str) -> Path:
        return self.root / "custom-tests" / f"{_safe(slug)}.json"

    def custom_tests(self, slug: str) -> list[CustomTest]:
        data = _read_json(self._custom_path(slug), {})
        found = []
        for item in data.get("tests", []):
            if isinstance(item, dict) and isinstance(item.get("input"), str):
                expected = item.get("expected")
                found.append(CustomTest(item["input"], expected if isinstance(expected, str) else None))
        return found

    def save_custom_tests(self, slug: str, tests: list[CustomTest]) -> None:
        _write(self._custom_path(slug), json.dumps({"tests": [asdict(t) for t in tests]}, indent=2))

    # ---- verdicts -----------------------------------------------------
    def results(self) -> dict[str, LastResult]:
        data = _read_json(self.root / "results.json", {})
        found = {}
        for slug, item in data.items():
            try:
                found[slug] = LastResult(**item)
            except TypeError:
                continue
        return found

    def record_result(self, slug: str, verdict: str, passed: int, total: int, language: str) -> LastResult:
        results = self.results()
        before = results.get(slug)
        result = LastResult(
            verdict,
            passed,
            total,
            language,
            solved=verdict == "AC" or bool(before and before.solved),
            when=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        results[slug] = result
        _write(self.root / "results.json", json.dumps({k: asdict(v) for k, v in results.items()}, indent=2))
        return result


def _read_json(path: Path, default):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default
    return data if isinstance(data, type(default)) else default


def _read_text(path: Path) -> str | None:
    """A file the user's data holds, as text; None when it isn't there (or isn't text)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write(path: Path, text: str) -> Path:
    """Write through a temporary file so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
