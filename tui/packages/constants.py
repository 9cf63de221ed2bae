"""A problem's `constants` (problem.yaml): names for values its files share.

A constant is a scalar (an integer, a float or a string) or a map with a
`value` and variant keys (other ways of writing it, such as `tex: 5,000,000`).
`{{name}}` or `{{name.variant}}` in a statement, a validator, a submission or
a test_group.yaml value stands for it (`{{name.value}}` is `{{name}}`); a
sequence naming no constant, or no variant of one, is left as it is.  Where
the substitution applies is the loader's and the judge's business: this
module only knows how to read the key and how to replace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.packages.package_yaml import YamlFile

NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")
# {{name}} or {{name.variant}}; spaces inside the braces are forgiven, as ProctorX's statements always forgave them.
_SEQUENCE = re.compile(r"\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)(?:\.([a-zA-Z_][a-zA-Z0-9_]*))?\s*\}\}")
_EXAMPLE = "like `constants: {max_n: 1000}` or `constants: {k: {value: 5000000, tex: '5\\,000\\,000'}}`"


@dataclass(frozen=True)
class Constants:
    """Each constant's variants by name, `value` always among them, as text."""

    variants: dict[str, dict[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.variants)

    def lookup(self, sequence: str) -> str | None:
        """What `name` or `name.variant` stands for; None when it names nothing."""
        name, _, variant = sequence.strip().partition(".")
        return self.variants.get(name, {}).get(variant.strip() or "value")

    def substitute(self, text: str) -> str:
        """The text with each constant sequence replaced by what it stands for."""
        if not self.variants or "{{" not in text:
            return text

        def replace(match: re.Match) -> str:
            found = self.variants.get(match.group(1), {}).get(match.group(2) or "value")
            return match.group(0) if found is None else found

        return _SEQUENCE.sub(replace, text)

    def substitute_bytes(self, data: bytes) -> bytes:
        """A file's bytes substituted when they are UTF-8 text; anything else as it is."""
        if not self.variants or b"{{" not in data:
            return data
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return data
        return self.substitute(text).encode("utf-8")

    def substitute_values(self, value):
        """A YAML value (strings, lists and maps of them) with every string substituted."""
        if isinstance(value, str):
            return self.substitute(value)
        if isinstance(value, list):
            return [self.substitute_values(v) for v in value]
        if isinstance(value, dict):
            return {k: self.substitute_values(v) for k, v in value.items()}
        return value


NONE = Constants()


def read(doc: YamlFile, strict: bool) -> Constants:
    """problem.yaml's `constants`.  strict (2025-09): a bad name, a map
    without `value` or a value that is no scalar is an error naming the key;
    otherwise (older formats) each is read as text as it always was."""
    found = doc.data.get("constants")
    if found is None:
        return NONE
    if not isinstance(found, dict):
        if not strict:
            return NONE
        raise doc.error("constants", f"`constants` must be a map of names to values ({_EXAMPLE}), not {found!r}")
    if not strict:
        lenient = {str(k): (v if isinstance(v, dict) and "value" in v else {"value": v}) for k, v in found.items()}
        return Constants({name: {str(k): _text(v) for k, v in given.items()} for name, given in lenient.items()})
    variants = {}
    for name, given in found.items():
        key = f"constants.{name}"
        if not isinstance(name, str) or not NAME.fullmatch(name):
            raise doc.error(key, f"constant name {name!r} must be a letter or _ then letters, digits or _ ([a-zA-Z_][a-zA-Z0-9_]*)")
        if isinstance(given, dict):
            if "value" not in given:
                raise doc.error(
                    key, f"constant `{name}` is a map without `value`: give it one, like `{name}: {{value: 1000, tex: '10^3'}}`"
                )
            for variant, text in given.items():
                if not isinstance(variant, str) or not NAME.fullmatch(variant):
                    raise doc.error(key, f"constant `{name}`: variant name {variant!r} must be a letter or _ then letters, digits or _")
                _scalar(doc, key, f"`{name}.{variant}`", text)
            variants[name] = {variant: _text(text) for variant, text in given.items()}
        else:
            _scalar(doc, key, f"`{name}`", given)
            variants[name] = {"value": _text(given)}
    return Constants(variants)


def _scalar(doc: YamlFile, key: str, what: str, value) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise doc.error(key, f"constant {what} must be an integer, a float or a string, not {value!r} ({_EXAMPLE})")


def _text(value) -> str:
    # A float as Python writes it back (YAML's 0.5 is "0.5"); an integer as written.
    return repr(value) if isinstance(value, float) else str(value)
