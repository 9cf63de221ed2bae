"""Finding a problem's statement and turning it into Markdown.

A native package has statement.md.  A Kattis package has problem_statement/ (or
statement/) with problem.<lang>.md or problem.<lang>.tex.  The LaTeX, written
for problemtools' problemset class, is converted to readable Markdown: sections,
lists, tables, emphasis, and math as plain text with Unicode symbols
(`$1 \\le n \\le 10^5$` reads `1 ≤ n ≤ 10^5`).  The samples from data/sample are
appended, as Kattis does when it renders a statement.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

STATEMENT_DIRS = ("problem_statement", "statement")
_PREFERRED = ("problem.en.md", "problem.en.tex", "problem.md", "problem.tex")
SAMPLE_LINES, SAMPLE_CHARS = 40, 4000  # a bigger sample is cut: the test panel has it whole
SAMPLES_NOTE = "*(The samples are shown below and in the test panel.)*"


# ---- finding and loading ---------------------------------------------------
def statement_file(folder: Path) -> Path | None:
    """The Kattis statement ProctorX shows: English first, Markdown before LaTeX."""
    roots = [folder / name for name in STATEMENT_DIRS if (folder / name).is_dir()]
    for root in roots:
        for candidate in _PREFERRED:
            if (root / candidate).is_file():
                return root / candidate
    for root in roots:
        others = sorted(root.glob("problem.*.md")) + sorted(root.glob("problem.*.tex"))
        if others:
            return others[0]
    return None


def title_from(folder: Path) -> str | None:
    """A legacy package's name, from \\problemname{...} in its LaTeX statement."""
    path = statement_file(folder)
    if path is None or path.suffix != ".tex":
        return None
    raw = path.read_text(encoding="utf-8", errors="replace")
    plain = re.search(r"(?m)^%%\s*plainproblemname:(.*)$", raw)  # problemtools: the name without markup
    if plain and plain.group(1).strip():
        return plain.group(1).strip()
    tex = _strip_comments(raw)
    start = re.search(r"\\problemname\s*\{", tex)
    if not start:
        return None
    end = _closing(tex, start.end() - 1)
    name = _Tex({}, [], plain=True).convert(tex[start.end():end])
    return " ".join(name.split()) or None


def load(folder: Path, title: str, samples: list[tuple[Path, Path]] | None = None,
         constants: dict[str, str] | None = None) -> str:
    native = folder / "statement.md"
    if native.is_file():
        return native.read_text(encoding="utf-8", errors="replace")
    path = statement_file(folder)
    if path is None:
        pdfs = [p for name in STATEMENT_DIRS if (folder / name).is_dir() for p in sorted((folder / name).glob("problem*.pdf"))]
        if pdfs:
            return f"# {title}\n\n*The statement is a PDF: open {pdfs[0].relative_to(folder)} to read it.*\n"
        return f"# {title}\n\n*This problem has no statement.*"
    text = path.read_text(encoding="utf-8", errors="replace")
    rendered = [_sample(n, i, a) for n, (i, a) in enumerate(samples or [], start=1)]
    if path.suffix == ".tex":
        return tex_to_markdown(text, title, rendered, constants)
    body = markdown_math(_constants(text, constants or {}))
    if not body.lstrip().startswith("# "):
        body = f"# {title}\n\n" + body.lstrip("\n")
    if rendered:
        body = body.rstrip() + "\n\n" + "\n".join(rendered)
    return body.rstrip() + "\n"


def _constants(text: str, constants: dict[str, str]) -> str:
    # 2023-07: {{name}} in a Markdown statement is the value of constants.name.
    return re.sub(r"\{\{\s*([A-Za-z_]\w*)\s*\}\}", lambda m: constants.get(m.group(1), m.group(0)), text)


def _sample(number: int, infile: Path, ansfile: Path) -> str:
    return f"## Sample {number}\n\nInput\n\n{_fenced(_excerpt(infile))}\n\nOutput\n\n{_fenced(_excerpt(ansfile))}\n"


def _excerpt(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(SAMPLE_CHARS + 1)
    except OSError as exc:
        return f"(can't be read: {exc.strerror})"
    lines = data[:SAMPLE_CHARS].decode("utf-8", "replace").splitlines()
    if len(data) > SAMPLE_CHARS or len(lines) > SAMPLE_LINES:
        return "\n".join(lines[:SAMPLE_LINES]) + "\n… (cut here: the test panel shows it whole)"
    return "\n".join(lines)


def _fenced(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def _escape(text: str) -> str:
    """Text that Markdown must not read as emphasis, code, links or HTML."""
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)


# ---- math in Markdown statements -------------------------------------------
_CODE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$|`+[^`\n]*`+", re.M | re.S)
_DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.S)
_INLINE = re.compile(r"(?<![\\$])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$(?!\d)")


def markdown_math(text: str) -> str:
    """$...$ and $$...$$ in a Markdown statement as readable text; code is left alone."""
    out, index = [], 0
    for match in _CODE.finditer(text):
        out.append(_math_in_prose(text[index:match.start()]))
        out.append(match.group(0))
        index = match.end()
    out.append(_math_in_prose(text[index:]))
    return "".join(out)


def _math_in_prose(text: str) -> str:
    text = _DISPLAY.sub(lambda m: "\n\n" + _fenced(math_to_text(m.group(1))) + "\n\n", text)
    return _INLINE.sub(lambda m: _escape(math_to_text(m.group(1))), text)


# ---- math as text ----------------------------------------------------------
_RELATIONS = {
    "le": "≤", "leq": "≤", "leqslant": "≤", "ge": "≥", "geq": "≥", "geqslant": "≥", "ne": "≠", "neq": "≠",
    "lt": "<", "gt": ">", "approx": "≈", "equiv": "≡", "sim": "∼", "simeq": "≃", "cong": "≅", "propto": "∝",
    "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇",
    "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔", "Rightarrow": "⇒",
    "implies": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "iff": "⇔", "mapsto": "↦", "ll": "≪", "gg": "≫",
    "mid": "|", "parallel": "∥", "perp": "⊥",
}
_SYMBOLS = {
    "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "*", "star": "⋆", "circ": "∘",
    "bullet": "•", "oplus": "⊕", "otimes": "⊗", "cup": "∪", "cap": "∩", "setminus": "∖", "wedge": "∧",
    "land": "∧", "vee": "∨", "lor": "∨", "neg": "¬", "lnot": "¬", "forall": "∀", "exists": "∃",
    "infty": "∞", "emptyset": "∅", "varnothing": "∅", "partial": "∂", "nabla": "∇", "prime": "′",
    "ldots": "…", "dots": "…", "dotsc": "…", "dotsb": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱",
    "sum": "Σ", "prod": "Π", "int": "∫", "sqrt": "√", "angle": "∠", "triangle": "△", "deg": "°",
    "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "langle": "⟨", "rangle": "⟩",
    "lbrace": "{", "rbrace": "}", "lvert": "|", "rvert": "|", "vert": "|", "lVert": "‖", "rVert": "‖",
    "Vert": "‖", "backslash": "\\", "colon": ":", "ell": "ℓ", "hbar": "ħ", "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
    "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ",
    "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ",
    "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}
_FUNCTIONS = ("log", "ln", "lg", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan",
              "min", "max", "gcd", "lcm", "det", "dim", "lim", "sup", "inf", "arg", "deg", "Pr", "bmod", "mod")
_BLACKBOARD = {"R": "ℝ", "Z": "ℤ", "N": "ℕ", "Q": "ℚ", "C": "ℂ", "P": "ℙ"}
_SPACES = {",": " ", ";": " ", ":": " ", " ": " ", "!": "", "quad": " ", "qquad": " ", "enspace": " ", "thinspace": " "}
_IGNORED_MATH = {"left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
                 "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "middle", "nonumber", "notag"}
_TEXT_IN_MATH = {"text", "textrm", "textnormal", "mathrm", "textit", "mathit", "textbf", "mathbf", "mbox", "hbox",
                 "operatorname", "texttt", "mathtt", "textsf", "mathsf", "mathcal", "mathscr", "boldsymbol", "bm",
                 "overline", "underline", "bar", "hat", "widehat", "tilde", "widetilde", "vec", "dot", "ddot"}


def math_to_text(tex: str) -> str:
    """TeX math as plain text: Unicode for symbols, ^ and _ kept, fractions a/b."""
    text = _Math(tex).run()
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"([(\[⌊⌈⟨]) | ([)\]⌋⌉⟩])", lambda m: m.group(1) or m.group(2), text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


class _Math:
    def __init__(self, tex: str) -> None:
        self.s, self.i = tex, 0

    def run(self, end: int | None = None) -> str:
        end = len(self.s) if end is None else end
        out: list[str] = []
        while self.i < end:
            c = self.s[self.i]
            if c == "\\":
                out.append(self.command())
            elif c == "{":
                close = _closing(self.s, self.i)
                out.append(_Math(self.s[self.i + 1:close]).run())
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
            close = _closing(self.s, self.i)
            text = _Math(self.s[self.i + 1:close]).run().strip()
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
        if name in _RELATIONS:
            return f" {_RELATIONS[name]} "
        if name in ("cdot", "times", "div", "pm", "circ", "oplus", "cup", "cap", "setminus", "wedge", "vee", "land", "lor"):
            return f" {_SYMBOLS[name]} "
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
        if name in _SYMBOLS:
            return _SYMBOLS[name]
        return name  # an unknown macro: its name says more than nothing

    def optional(self) -> str | None:
        if self.i < len(self.s) and self.s[self.i] == "[":
            close = self.s.find("]", self.i)
            if close > 0:
                text = _Math(self.s[self.i + 1:close]).run()
                self.i = close + 1
                return text
        return None


def _wrap(text: str) -> str:
    text = text.strip()
    return text if re.fullmatch(r"[\w.′']+(\(.*\))?|\(.*\)", text) else f"({text})"


# ---- LaTeX as Markdown ------------------------------------------------------
_HEADINGS = {"section": "##", "subsection": "###", "subsubsection": "####"}
_SECTION_ENVS = {"Input": "Input", "Output": "Output", "Interaction": "Interaction", "Scoring": "Scoring",
                 "InputFormat": "Input", "OutputFormat": "Output"}
_MATH_ENVS = {"equation", "equation*", "align", "align*", "eqnarray", "eqnarray*", "gather", "gather*",
              "multline", "multline*", "displaymath", "math", "flalign", "flalign*"}
_LIST_ENVS = {"itemize": "-", "enumerate": "1.", "description": "-", "compactitem": "-", "compactenum": "1."}
_ENV_ARGS = {"minipage": 1, "wrapfigure": 2, "tabular": 1, "tabular*": 2, "tabularx": 2, "array": 1, "multicols": 1}
_BOLD = {"textbf", "bf", "bfseries", "mathbf"}
_ITALIC = {"emph", "textit", "it", "em", "itshape", "textsl", "sl", "slshape"}
_MONO = {"texttt", "tt", "ttfamily", "code", "lstinline"}
_PLAIN = {"underline", "uline", "textsc", "sc", "textrm", "textsf", "textup", "textnormal", "mbox", "hbox", "text",
          "textmd", "sout", "emphasize", "centerline", "fbox", "framebox", "makebox", "uppercase", "MakeUppercase"}
_SWITCHES = _BOLD | _ITALIC | {"tt", "ttfamily", "sc", "rm", "sf", "small", "footnotesize", "scriptsize", "tiny",
                               "normalsize", "large", "Large", "LARGE", "huge", "Huge", "centering", "raggedright"}
_DROP = {"noindent", "indent", "centering", "raggedright", "raggedleft", "smallskip", "medskip", "bigskip", "newpage",
         "clearpage", "pagebreak", "nopagebreak", "linebreak", "hfill", "vfill", "protect", "relax", "maketitle",
         "small", "footnotesize", "scriptsize", "tiny", "normalsize", "large", "Large", "LARGE", "huge", "Huge",
         "hline", "toprule", "midrule", "bottomrule", "nobreak", "allowbreak", "sloppy", "fussy", "onecolumn",
         "twocolumn", "rm", "sf", "selectfont", "tableofcontents", "item"}
_DROP_WITH_ARGS = {"label": 1, "vspace": 1, "vspace*": 1, "hspace": 1, "hspace*": 1, "setlength": 2, "addtolength": 2,
                   "cite": 1, "ref": 1, "pageref": 1, "eqref": 1, "problemname": 1, "newcommand": 2, "renewcommand": 2,
                   "providecommand": 2, "usepackage": 1, "documentclass": 1, "input": 1, "include": 1, "cline": 1,
                   "setcounter": 2, "addtocounter": 2, "pagestyle": 1, "thispagestyle": 1, "color": 1, "rule": 2,
                   "newenvironment": 3, "renewenvironment": 3, "graphicspath": 1, "def": 0}
_TEXT_SYMBOLS = {"ldots": "…", "dots": "…", "textellipsis": "…", "LaTeX": "LaTeX", "TeX": "TeX", "textbackslash": "\\",
                 "textasciitilde": "~", "textasciicircum": "^", "textless": "<", "textgreater": ">",
                 "textendash": "–", "textemdash": "—", "textbar": "|", "textquotedbl": '"', "S": "§", "P": "¶",
                 "copyright": "©", "textregistered": "®", "texttrademark": "™", "textdegree": "°", "euro": "€",
                 "pounds": "£", "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ",
                 "i": "ı", "newline": "\\\n", "par": "\n\n", "linebreak": "\\\n", "quad": " ", "qquad": " ",
                 "textquoteleft": "‘", "textquoteright": "’", "slash": "/", "textunderscore": "_"}
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
            "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328", "r": "\u030a"}
_SAMPLE_COMMANDS = {"sampletable", "sampleinputfile", "sampleoutputfile", "sampleinteractionfile", "samplefile",
                    "sampletableinteractive", "sampleoutput", "sampleinput"}


def tex_to_markdown(tex: str, title: str, samples: list[str] | None = None,
                    constants: dict[str, str] | None = None) -> str:
    """A readable Markdown rendering of a Kattis LaTeX statement.

    samples: each sample already as Markdown; \\nextsample and \\remainingsamples
    place them, and those not placed are appended."""
    converter = _Tex(constants or {}, list(samples or []))
    text, verbatim = _protect_verbatim(tex)  # first: a % in verbatim is no comment
    text = _strip_comments(text)
    text = "\n".join(line.lstrip() for line in text.split("\n"))  # indentation means code in Markdown
    body = converter.convert(text)
    for key, block in verbatim.items():
        body = body.replace(key, block)
    if converter.samples:
        body = body.rstrip() + "\n\n" + "\n".join(converter.samples)
    body = f"# {title}\n\n{body}" if title else body
    return _tidy(body)


def _strip_comments(tex: str) -> str:
    # A line holding only a comment goes whole: in TeX it doesn't end a paragraph.
    tex = re.sub(r"(?m)^[ \t]*(?<!\\)%.*\n", "", tex)
    return re.sub(r"(?<!\\)%.*", "", tex)


_VERBATIM = re.compile(r"\\begin\{(verbatim\*?|lstlisting|Verbatim|minted)\}(?:\[[^\]]*\])?(?:\{[^}]*\})?\n?(.*?)\\end\{\1\}", re.S)
_VERB = re.compile(r"\\(?:verb|lstinline)\*?([^\sA-Za-z{])(.*?)\1")


def _protect_verbatim(text: str) -> tuple[str, dict[str, str]]:
    blocks: dict[str, str] = {}

    def keep(markdown: str) -> str:
        key = f"\x00{len(blocks)}\x00"
        blocks[key] = markdown
        return key

    text = _VERBATIM.sub(lambda m: "\n\n" + keep(_fenced(m.group(2).rstrip("\n"))) + "\n\n", text)
    text = _VERB.sub(lambda m: keep(_code_span(m.group(2))), text)
    return text, blocks


def _code_span(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _closing(s: str, open_at: int) -> int:
    """The index of the brace closing the one at open_at (or the end)."""
    depth, i = 0, open_at
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(s)


def _split_top(s: str, separator: re.Pattern) -> list[str]:
    """s cut at each separator outside braces and nested environments."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(s):
        if s.startswith("\\begin{", i):
            depth += 1
        elif s.startswith("\\end{", i):
            depth -= 1
        elif s[i] == "\\" and depth == 0:
            match = separator.match(s, i)
            if match:
                parts.append(s[start:i])
                start = i = match.end()
                continue
            i += 2
            continue
        elif s[i] == "\\":
            i += 2
            continue
        elif s[i] == "{":
            i = _closing(s, i) + 1
            continue
        elif s[i] == "&" and depth == 0 and separator.pattern == "&":
            parts.append(s[start:i])
            start = i = i + 1
            continue
        i += 1
    parts.append(s[start:])
    return parts


class _Tex:
    """A small LaTeX reader: enough of problemtools' subset to be read in Markdown."""

    def __init__(self, constants: dict[str, str], samples: list[str], plain: bool = False) -> None:
        self.constants, self.samples, self.plain = constants, samples, plain

    def convert(self, s: str) -> str:
        out: list[str] = []
        i = 0
        while i < len(s):
            c = s[i]
            if c == "\\":
                i = self.command(s, i, out)
            elif c == "{":
                close = _closing(s, i)
                out.append(self.group(s[i + 1:close]))
                i = close + 1
            elif c == "}":
                i += 1
            elif c == "$":
                i = self.math(s, i, out)
            elif s.startswith("---", i):
                out.append("—")
                i += 3
            elif s.startswith("--", i):
                out.append("–")
                i += 2
            elif s.startswith("``", i) or s.startswith("''", i):
                out.append("“" if c == "`" else "”")
                i += 2
            elif c == "`":
                code = re.compile(r"`([^`'\s]+)`").match(s, i)  # `a-z`: Markdown habits in LaTeX
                out.append(_code_span(code.group(1)) if code and not self.plain else "‘")
                i = code.end() if code and not self.plain else i + 1
            elif c == "~":
                out.append(" ")
                i += 1
            elif c in "*_<>[]|" and not self.plain:
                out.append("\\" + c)
                i += 1
            else:
                out.append(c)
                i += 1
        return "".join(out)

    # -- pieces --------------------------------------------------------------
    def math(self, s: str, i: int, out: list[str]) -> int:
        display = s.startswith("$$", i)
        start = i + (2 if display else 1)
        end = s.find("$$", start) if display else _unescaped(s, "$", start)
        if end < 0:
            out.append("$")
            return i + 1
        self.put_math(s[start:end], display, out)
        return end + (2 if display else 1)

    def put_math(self, tex: str, display: bool, out: list[str]) -> None:
        text = math_to_text(tex)
        if display and not self.plain:
            out.append("\n\n" + _fenced(text) + "\n\n")
        else:
            out.append(text if self.plain else _escape(text))

    def group(self, inner: str) -> str:
        match = re.match(r"\s*\\([A-Za-z]+)\b\s*", inner)
        if match and match.group(1) in _SWITCHES:  # {\bf text}: a declaration for the rest of the group
            return self.styled(match.group(1), inner[match.end():])
        return self.convert(inner)

    def styled(self, name: str, inner: str) -> str:
        if name in _MONO:
            return inner if self.plain else _code_span(_Tex(self.constants, [], plain=True).convert(inner))
        text = self.convert(inner)
        if self.plain or not text.strip():
            return text
        mark = "**" if name in _BOLD else "*" if name in _ITALIC else ""
        lead, core, trail = re.match(r"(\s*)(.*?)(\s*)$", text, re.S).groups()
        return f"{lead}{mark}{core}{mark}{trail}"

    def command(self, s: str, i: int, out: list[str]) -> int:
        match = re.compile(r"\\([A-Za-z]+\*?|.)").match(s, i)
        if not match:
            out.append("\\")
            return i + 1
        name, i = match.group(1), match.end()
        if len(name) == 1 and not name.isalpha():
            return self.symbol(name, s, i, out)
        bare = name.rstrip("*")
        if name.isalpha() or name.endswith("*"):
            i = _skip_spaces(s, i)
        if bare in _HEADINGS or bare == "paragraph":
            _, i = _optional(s, i)
            text, i = self.arg(s, i)
            out.append(f"\n\n**{text.strip()}**\n\n" if bare == "paragraph" else f"\n\n{_HEADINGS[bare]} {text.strip()}\n\n")
        elif bare == "begin":
            return self.environment(s, i, out)
        elif bare == "end":
            _, i = _raw_arg(s, i)
        elif bare in _BOLD | _ITALIC | _MONO and (i < len(s) and s[i] == "{"):
            close = _closing(s, i)
            out.append(self.styled(bare, s[i + 1:close]))
            i = close + 1
        elif bare in _PLAIN:
            text, i = self.arg(s, i)
            out.append(text)
        elif bare in ("url", "href"):
            url, i = _raw_arg(s, i)
            if bare == "href":
                text, i = self.arg(s, i)
                out.append(text if self.plain else f"[{text}]({url})")
            else:
                out.append(url if self.plain else f"<{url}>")
        elif bare == "footnote":
            text, i = self.arg(s, i)
            out.append(f" ({text.strip()})")
        elif bare == "caption":
            _, i = _optional(s, i)
            text, i = self.arg(s, i)
            out.append(f"\n\n*{text.strip()}*\n\n" if not self.plain else text)
        elif bare == "illustration":
            _, i = _raw_arg(s, i)
            filename, i = _raw_arg(s, i)
            caption, i = _raw_arg(s, i)
            caption = " ".join(_Tex(self.constants, [], plain=True).convert(caption).split())
            out.append(self.figure(caption or Path(filename).name))
        elif bare == "includegraphics":
            _, i = _optional(s, i)
            filename, i = _raw_arg(s, i)
            out.append(self.figure(Path(filename).name))
        elif bare in _SAMPLE_COMMANDS:
            while i < len(s) and s[i] == "{":
                _, i = _raw_arg(s, i)
            out.append(f"\n\n{SAMPLES_NOTE}\n\n")
        elif bare == "nextsample":
            out.append("\n\n" + (self.samples.pop(0) if self.samples else "") + "\n\n")
        elif bare == "remainingsamples":
            out.append("\n\n" + "\n".join(self.samples) + "\n\n")
            self.samples.clear()
        elif bare == "constant":
            key, i = _raw_arg(s, i)
            out.append(self.constants.get(key.strip(), key.strip()))
        elif bare == "multicolumn":
            _, i = _raw_arg(s, i)
            _, i = _raw_arg(s, i)
            text, i = self.arg(s, i)
            out.append(text)
        elif bare == "def":  # \def\name{...}: a definition, not text
            macro = re.compile(r"\\[A-Za-z]+[^{]*").match(s, i)
            i = macro.end() if macro else i
            _, i = _raw_arg(s, i)
        elif bare in _DROP_WITH_ARGS:
            _, i = _optional(s, i)
            for _ in range(_DROP_WITH_ARGS[bare]):
                _, i = _raw_arg(s, i)
                _, i = _optional(s, i)
        elif bare in _TEXT_SYMBOLS:
            out.append(_TEXT_SYMBOLS[bare])
        elif bare in _ACCENTS:
            return self.accent(bare, s, i, out)
        elif bare in _RELATIONS or bare in _SYMBOLS:  # a math symbol written in text
            out.append((_RELATIONS.get(bare) or _SYMBOLS[bare]) + " ")
        elif bare in _DROP:
            pass
        else:
            # An unknown macro: dropped, with its options; what its braces hold stays.
            while i < len(s) and s[i] == "[":
                _, i = _optional(s, i)
        return i

    def symbol(self, name: str, s: str, i: int, out: list[str]) -> int:
        if name in _ACCENTS:
            return self.accent(name, s, i, out)
        if name == "\\":
            _, i = _optional(s, i)  # \\[2mm]
            out.append(" " if self.plain else "\\\n")
        elif name in "&%$#{}":
            out.append(name)
        elif name == "_":
            out.append("_" if self.plain else "\\_")
        elif name in ",; :":
            out.append(" ")
        elif name == "[":  # \[ display math \]
            end = s.find("\\]", i)
            end = len(s) if end < 0 else end
            self.put_math(s[i:end], True, out)
            return end + 2
        elif name == "(":
            end = s.find("\\)", i)
            end = len(s) if end < 0 else end
            self.put_math(s[i:end], False, out)
            return end + 2
        return i  # \- \/ \@ and the like: nothing to show

    def accent(self, name: str, s: str, i: int, out: list[str]) -> int:
        if i < len(s) and s[i] == "{":
            close = _closing(s, i)
            base, i = s[i + 1:close].replace("\\i", "i").strip(), close + 1
        else:
            i = _skip_spaces(s, i)
            base, i = s[i:i + 1], i + 1
        out.append(unicodedata.normalize("NFC", base[:1] + _ACCENTS[name] + base[1:]) if base else "")
        return i

    def figure(self, what: str) -> str:
        return f"(figure: {what})" if self.plain else f"\n\n*(figure: {_escape(what)})*\n\n"

    def arg(self, s: str, i: int) -> tuple[str, int]:
        raw, i = _raw_arg(s, i)
        return self.convert(raw), i

    # -- environments --------------------------------------------------------
    def environment(self, s: str, i: int, out: list[str]) -> int:
        env, i = _raw_arg(s, i)
        env = env.strip()
        end = _environment_end(s, i, env)
        body_start = i
        _, body_start = _optional(s, body_start)
        for _ in range(_ENV_ARGS.get(env, 0)):
            _, body_start = _raw_arg(s, _skip_spaces(s, body_start))
            _, body_start = _optional(s, body_start)
        body = s[body_start:end]
        after = min(len(s), s.find("}", end) + 1 if end < len(s) else len(s))
        if env in _SECTION_ENVS:
            out.append(f"\n\n## {_SECTION_ENVS[env]}\n\n" + self.convert(body) + "\n\n")
        elif env in _LIST_ENVS:
            out.append("\n\n" + self.listing(body, env) + "\n\n")
        elif env in _MATH_ENVS:
            self.put_math(body, True, out)
        elif env.startswith("tabular") or env == "array":
            out.append("\n\n" + self.table(body) + "\n\n")
        elif env in ("quote", "quotation", "verse"):
            text = self.convert(body).strip()
            out.append("\n\n" + "\n".join("> " + line if line.strip() else ">" for line in text.split("\n")) + "\n\n")
        else:  # center, figure, minipage, unknown: what they hold
            out.append(self.convert(body))
        return after

    def listing(self, body: str, env: str) -> str:
        items = _split_top(body, re.compile(r"\\item(?![A-Za-z])"))[1:]
        lines: list[str] = []
        for number, item in enumerate(items, start=1):
            label, rest = _optional(item, _skip_spaces(item, 0))
            text = self.convert(item[rest:]).strip()
            if label is not None:
                text = f"**{self.convert(label).strip()}** {text}" if not self.plain else f"{label} {text}"
            marker = f"{number}." if _LIST_ENVS[env] == "1." else "-"
            pad = " " * (len(marker) + 1)
            text = re.sub(r"\n{3,}", "\n\n", text)
            for index, line in enumerate(text.split("\n")):
                lines.append(f"{marker} {line}" if index == 0 else (pad + line if line.strip() else ""))
        return "\n".join(lines)

    def table(self, body: str) -> str:
        body = re.sub(r"\\(hline|toprule|midrule|bottomrule)\b|\\cline\{[^}]*\}", "", body)
        rows = []
        for raw in _split_top(body, re.compile(r"\\\\(\[[^\]]*\])?|\\tabularnewline\b")):
            if not raw.strip():
                continue
            cells = [" ".join(self.convert(cell).split()).replace("|", "\\|") for cell in _split_top(raw, re.compile("&"))]
            rows.append(cells)
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)


def _unescaped(s: str, char: str, start: int) -> int:
    i = start
    while i < len(s):
        if s[i] == "\\":
            i += 2
            continue
        if s[i] == char:
            return i
        i += 1
    return -1


def _skip_spaces(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t":
        i += 1
    # TeX also swallows a single line break after a control word.
    if i < len(s) and s[i] == "\n" and not s.startswith("\n\n", i):
        i += 1
        while i < len(s) and s[i] in " \t":
            i += 1
    return i


def _optional(s: str, i: int) -> tuple[str | None, int]:
    j = _skip_spaces(s, i)
    if j < len(s) and s[j] == "[":
        depth, k = 0, j
        while k < len(s):
            if s[k] == "[":
                depth += 1
            elif s[k] == "]":
                depth -= 1
                if depth == 0:
                    return s[j + 1:k], k + 1
            elif s[k] == "{":
                k = _closing(s, k)
            k += 1
    return None, i


def _raw_arg(s: str, i: int) -> tuple[str, int]:
    """The next {argument} as written (or one character, as TeX allows)."""
    i = _skip_spaces(s, i)
    if i >= len(s):
        return "", i
    if s[i] == "{":
        close = _closing(s, i)
        return s[i + 1:close], close + 1
    if s[i] == "\\":
        match = re.compile(r"\\([A-Za-z]+|.)").match(s, i)
        return match.group(0), match.end()
    return s[i], i + 1


def _environment_end(s: str, i: int, env: str) -> int:
    """Where \\end{env} matching a \\begin{env} before i starts."""
    pattern = re.compile(r"\\(begin|end)\s*\{" + re.escape(env) + r"\}")
    depth = 1
    for match in pattern.finditer(s, i):
        depth += 1 if match.group(1) == "begin" else -1
        if depth == 0:
            return match.start()
    return len(s)


def _tidy(markdown: str) -> str:
    lines = [line.rstrip() for line in markdown.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
