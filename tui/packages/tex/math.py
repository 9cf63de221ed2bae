"""TeX math as plain text with Unicode symbols: `$1 \\le n \\le 10^5$` reads
`1 ≤ n ≤ 10^5`.  Used for the math of LaTeX statements and for $...$ in Markdown ones."""

from __future__ import annotations

import re

from tui.packages.tex.markdown import escape, fenced
from tui.packages.tex.source import closing

RELATIONS = {
    "le": "≤",
    "leq": "≤",
    "leqslant": "≤",
    "ge": "≥",
    "geq": "≥",
    "geqslant": "≥",
    "ne": "≠",
    "neq": "≠",
    "lt": "<",
    "gt": ">",
    "approx": "≈",
    "equiv": "≡",
    "sim": "∼",
    "simeq": "≃",
    "cong": "≅",
    "propto": "∝",
    "in": "∈",
    "notin": "∉",
    "ni": "∋",
    "subset": "⊂",
    "subseteq": "⊆",
    "supset": "⊃",
    "supseteq": "⊇",
    "to": "→",
    "rightarrow": "→",
    "leftarrow": "←",
    "gets": "←",
    "leftrightarrow": "↔",
    "Rightarrow": "⇒",
    "implies": "⇒",
    "Leftarrow": "⇐",
    "Leftrightarrow": "⇔",
    "iff": "⇔",
    "mapsto": "↦",
    "ll": "≪",
    "gg": "≫",
    "mid": "|",
    "parallel": "∥",
    "perp": "⊥",
}
SYMBOLS = {
    "cdot": "·",
    "times": "×",
    "div": "÷",
    "pm": "±",
    "mp": "∓",
    "ast": "*",
    "star": "⋆",
    "circ": "∘",
    "bullet": "•",
    "oplus": "⊕",
    "otimes": "⊗",
    "cup": "∪",
    "cap": "∩",
    "setminus": "∖",
    "wedge": "∧",
    "land": "∧",
    "vee": "∨",
    "lor": "∨",
    "neg": "¬",
    "lnot": "¬",
    "forall": "∀",
    "exists": "∃",
    "infty": "∞",
    "emptyset": "∅",
    "varnothing": "∅",
    "partial": "∂",
    "nabla": "∇",
    "prime": "′",
    "ldots": "…",
    "dots": "…",
    "dotsc": "…",
    "dotsb": "…",
    "cdots": "⋯",
    "vdots": "⋮",
    "ddots": "⋱",
    "sum": "Σ",
    "prod": "Π",
    "int": "∫",
    "sqrt": "√",
    "angle": "∠",
    "triangle": "△",
    "deg": "°",
    "lfloor": "⌊",
    "rfloor": "⌋",
    "lceil": "⌈",
    "rceil": "⌉",
    "langle": "⟨",
    "rangle": "⟩",
    "lbrace": "{",
    "rbrace": "}",
    "lvert": "|",
    "rvert": "|",
    "vert": "|",
    "lVert": "‖",
    "rVert": "‖",
    "Vert": "‖",
    "backslash": "\\",
    "colon": ":",
    "ell": "ℓ",
    "hbar": "ħ",
    "aleph": "ℵ",
    "Re": "ℜ",
    "Im": "ℑ",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "varepsilon": "ε",
    "zeta": "ζ",
    "eta": "η",
    "theta": "θ",
    "vartheta": "ϑ",
    "iota": "ι",
    "kappa": "κ",
    "lambda": "λ",
    "mu": "μ",
    "nu": "ν",
    "xi": "ξ",
    "pi": "π",
    "varpi": "ϖ",
    "rho": "ρ",
    "varrho": "ϱ",
    "sigma": "σ",
    "varsigma": "ς",
    "tau": "τ",
    "upsilon": "υ",
    "phi": "φ",
    "varphi": "φ",
    "chi": "χ",
    "psi": "ψ",
    "omega": "ω",
    "Gamma": "Γ",
    "Delta": "Δ",
    "Theta": "Θ",
    "Lambda": "Λ",
    "Xi": "Ξ",
    "Pi": "Π",
    "Sigma": "Σ",
    "Upsilon": "Υ",
    "Phi": "Φ",
    "Psi": "Ψ",
    "Omega": "Ω",
}
_FUNCTIONS = (
    "log",
    "ln",
    "lg",
    "exp",
    "sin",
    "cos",
    "tan",
    "cot",
    "sec",
    "csc",
    "arcsin",
    "arccos",
    "arctan",
    "min",
    "max",
    "gcd",
    "lcm",
    "det",
    "dim",
    "lim",
    "sup",
    "inf",
    "arg",
    "deg",
    "Pr",
    "bmod",
    "mod",
)
_BLACKBOARD = {"R": "ℝ", "Z": "ℤ", "N": "ℕ", "Q": "ℚ", "C": "ℂ", "P": "ℙ"}
_SPACES = {",": " ", ";": " ", ":": " ", " ": " ", "!": "", "quad": " ", "qquad": " ", "enspace": " ", "thinspace": " "}
_IGNORED_MATH = {
    "left",
    "right",
    "big",
    "Big",
    "bigg",
    "Bigg",
    "bigl",
    "bigr",
    "Bigl",
    "Bigr",
    "biggl",
    "biggr",
    "displaystyle",
    "textstyle",
    "scriptstyle",
    "limits",
    "nolimits",
    "middle",
    "nonumber",
    "notag",
}
_TEXT_IN_MATH = {
    "text",
    "textrm",
    "textnormal",
    "mathrm",
    "textit",
    "mathit",
    "textbf",
    "mathbf",
    "mbox",
    "hbox",
    "operatorname",
    "texttt",
    "mathtt",
    "textsf",
    "mathsf",
    "mathcal",
    "mathscr",
    "boldsymbol",
    "bm",
    "overline",
    "underline",
    "bar",
    "hat",
    "widehat",
    "tilde",
    "widetilde",
    "vec",
    "dot",
    "ddot",
}


def math_to_text(tex: str) -> str:
    """TeX math as plain text: Unicode for symbols, ^ and _ kept, fractions a/b."""
    text = _Math(tex).run()
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"([(\[⌊⌈⟨]) | ([)\]⌋⌉⟩])", lambda m: m.group(1) or m.group(2), text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


class _Math:
    def __init__(self, tex: str) -> None:
        self.s, self.i = tex, 0

    def run(self) -> str:
        out: list[str] = []
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "\\":
                out.append(self.command())
            elif c == "{":
                close = closing(self.s, self.i)
                out.append(_Math(self.s[self.i + 1 : close]).run())
                self.i = close + 1
            elif c in "^_":
                self.i += 1
                arg = self.argument().replace(" ", "")  # 2^{n - 1} reads 2^(n-1)
                simple = re.fullmatch(r"[\w′'*+-]?\w*|.", arg) is not None and " " not in arg
                out.append(c + (arg if simple else f"({arg})"))
            elif c in "=<>":
                out.append(f" {c} ")
                self.i += 1
            elif c == "&" or c == "~":
                out.append(" ")
                self.i += 1
            elif c == "}":
                self.i += 1
            else:
                out.append(c)
                self.i += 1
        return "".join(out)

    def argument(self) -> str:
        """The next argument: a {group}, a command, or one character."""
        while self.i < len(self.s) and self.s[self.i] in " \t\n":
            self.i += 1
        if self.i >= len(self.s):
            return ""
        if self.s[self.i] == "{":
            close = closing(self.s, self.i)
            text = _Math(self.s[self.i + 1 : close]).run().strip()
            self.i = close + 1
            return re.sub(r"\s+", " ", text)
        if self.s[self.i] == "\\":
            return self.command().strip()
        self.i += 1
        return self.s[self.i - 1]

    def command(self) -> str:
        match = re.compile(r"\\([A-Za-z]+|.)").match(self.s, self.i)
        if not match:
            self.i += 1
            return "\\"
        name = match.group(1)
        self.i = match.end()
        if name in _SPACES:
            return _SPACES[name]
        if name in ("{", "}", "%", "$", "#", "&", "_"):
            return name
        if name == "|":
            return "‖"
        if name == "\\":
            return "\n"
        if name in RELATIONS:
            return f" {RELATIONS[name]} "
        if name in ("cdot", "times", "div", "pm", "circ", "oplus", "cup", "cap", "setminus", "wedge", "vee", "land", "lor"):
            return f" {SYMBOLS[name]} "
        if name in ("frac", "dfrac", "tfrac", "cfrac"):
            top, bottom = self.argument(), self.argument()
            return f"{_wrap(top)}/{_wrap(bottom)}"
        if name in ("binom", "dbinom", "tbinom"):
            n, k = self.argument(), self.argument()
            return f"C({n}, {k})"
        if name == "sqrt":
            degree = self.optional()
            body = self.argument()
            root = f"√{_wrap(body)}"
            return root if degree is None else f"{_wrap(body)}^(1/{degree})"
        if name == "pmod":
            return f" (mod {self.argument()})"
        if name in _FUNCTIONS:
            return " mod " if name in ("bmod", "mod") else name
        if name in ("mathbb", "mathbbm"):
            letter = self.argument()
            return _BLACKBOARD.get(letter, letter)
        if name in _TEXT_IN_MATH:
            return self.argument()
        if name in _IGNORED_MATH:
            if self.i < len(self.s) and self.s[self.i] == ".":  # \left. is an invisible delimiter
                self.i += 1
            return ""
        if name in SYMBOLS:
            return SYMBOLS[name]
        return name  # an unknown macro: its name says more than nothing

    def optional(self) -> str | None:
        if self.i < len(self.s) and self.s[self.i] == "[":
            close = self.s.find("]", self.i)
            if close > 0:
                text = _Math(self.s[self.i + 1 : close]).run()
                self.i = close + 1
                return text
        return None


def _wrap(text: str) -> str:
    text = text.strip()
    return text if re.fullmatch(r"[\w.′']+(\(.*\))?|\(.*\)", text) else f"({text})"


# ---- math in Markdown statements -------------------------------------------
_CODE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$|`+[^`\n]*`+", re.M | re.S)
_DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.S)
_INLINE = re.compile(r"(?<![\\$])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$(?!\d)")


def markdown_math(text: str) -> str:
    """$...$ and $$...$$ in a Markdown statement as readable text; code is left alone."""
    out, index = [], 0
    for match in _CODE.finditer(text):
        out.append(_math_in_prose(text[index : match.start()]))
        out.append(match.group(0))
        index = match.end()
    out.append(_math_in_prose(text[index:]))
    return "".join(out)


def _math_in_prose(text: str) -> str:
    text = _DISPLAY.sub(lambda m: "\n\n" + fenced(math_to_text(m.group(1))) + "\n\n", text)
    return _INLINE.sub(lambda m: escape(math_to_text(m.group(1))), text)
