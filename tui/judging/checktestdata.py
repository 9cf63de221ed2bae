"""Input validators written in checktestdata (`.ctd`, DOMjudge's grammar
language for test data): each is translated into a standalone Python 3
program by the `checktestdata` library (a reimplementation of DOMjudge's
tool) and then runs sandboxed as any Python validator does: the input on
stdin, exit 42 when it matches the grammar, 43 with a line saying where it
doesn't.  Translating only parses the script: nothing of it runs here.

A checktestdata script takes no arguments: `input_validator_args` and a
test's `args` are not given to it.
"""

from __future__ import annotations

from pathlib import Path

from tui.packages.constants import NONE, Constants

SUFFIX = ".ctd"


class ScriptError(ValueError):
    """The script isn't checktestdata: one line, where and why."""


def is_script(path: Path) -> bool:
    return path.suffix.lower() == SUFFIX


def translated(path: Path, constants: Constants = NONE) -> str:
    """The script at `path` as the source of a standalone Python 3 program,
    the problem's constants (2025-09) replaced in it first."""
    from checktestdata.parser import ParserException, parse
    from checktestdata.tokenizer import tokenize

    try:
        return parse(tokenize(constants.substitute_bytes(path.read_bytes()))).python_code(standalone=True)
    except ParserException as exc:
        raise ScriptError(f"{path.name}:{exc.token.line}:{exc.token.column}: {exc}") from None
    except RecursionError:
        raise ScriptError(f"{path.name}: nested too deeply to read") from None
    except Exception as exc:  # the library's own errors are plain exceptions with a message
        raise ScriptError(f"{path.name}: {exc}") from None
