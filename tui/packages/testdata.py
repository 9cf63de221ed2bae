"""Writing a problem's test data, for the generators of problem packages.

Each package's generators/generate.py makes its test inputs; TestWriter puts
them in data/sample and data/secret, checks each with the generator's own
validator, and makes each answer by running the package's reference solution:

    out = TestWriter(__file__, validate, max_bytes=MAX_FILE)
    for name, text in secret():
        out.write("secret", name, text)

A scoring problem's test groups are folders of data/secret, each with its
testdata.yaml: `out.group("secret/1-small", "accept_score: 30\n...")`, then
`out.write("secret/1-small", name, text)`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


class TestWriter:
    __test__ = False  # not a pytest test class, whatever its name

    def __init__(
        self,
        generator: str | Path,
        validate: Callable[[str], None] | None = None,
        max_bytes: int | None = None,
        solution: str = "solutions/solution.py",
        answer: Callable[[str], str] | None = None,
    ) -> None:
        """generator: the generator's own file (its package is two levels
        up).  validate(text) raises on a bad input; a generator whose checks
        need more than the text runs them itself before write().  data/secret
        is emptied, so tests dropped from the generator go.  answer(text):
        the .ans of an input, for a problem whose solution can't simply be run
        on it (an interactive one: the input is the interactor's)."""
        self.package = Path(generator).resolve().parent.parent
        self.validate = validate
        self.max_bytes = max_bytes
        self.solution = self.package / solution
        self.answer = answer
        for folder in ("sample", "secret"):
            (self.package / "data" / folder).mkdir(parents=True, exist_ok=True)
        for old in (self.package / "data" / "secret").iterdir():
            if old.is_file():
                old.unlink()
            elif old.is_dir():  # a test group's folder: its tests go, its testdata.yaml is written again by group()
                for test in old.rglob("*"):
                    if test.is_file() and test.suffix in (".in", ".ans"):
                        test.unlink()

    def group(self, folder: str, testdata: str) -> None:
        """A test group: data/<folder>/ with this testdata.yaml (scoring problems)."""
        path = self.package / "data" / folder
        path.mkdir(parents=True, exist_ok=True)
        (path / "testdata.yaml").write_text(testdata, encoding="utf-8")

    def write(self, folder: str, name: str, text: str) -> bytes:
        """Writes data/<folder>/<name>.in and its .ans; returns the answer."""
        if self.validate is not None:
            self.validate(text)
        data = text.encode()
        if self.max_bytes is not None and len(data) > self.max_bytes:
            raise ValueError(f"{folder}/{name}: {len(data)} bytes of input, over the {self.max_bytes} allowed")
        base = self.package / "data" / folder / name
        Path(f"{base}.in").write_bytes(data)
        if self.answer is not None:
            answer = self.answer(text).encode()
        else:
            answer = subprocess.run([sys.executable, str(self.solution)], input=data, stdout=subprocess.PIPE, check=True).stdout
        Path(f"{base}.ans").write_bytes(answer)
        shown = answer.decode(errors="replace").strip()
        print(f"{folder}/{name}: {len(data)} bytes in, answer {shown[:40]}{'…' if len(shown) > 40 else ''}")
        return answer
