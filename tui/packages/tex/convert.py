"""The LaTeX reader: problemtools' subset (sections, emphasis, lists, tables,
figures, where the samples go) as Markdown, one command at a time."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from tui.packages.constants import Constants
from tui.packages.tex.markdown import code_span, escape, fenced
from tui.packages.tex.math import RELATIONS, SYMBOLS, math_to_text
from tui.packages.tex.source import closing, environment_end, optional, raw_arg, skip_spaces, split_top, unescaped

SAMPLES_NOTE = "*(The samples are shown below and in the test panel.)*"

_HEADINGS = {"section": "##", "subsection": "###", "subsubsection": "####"}
_SECTION_ENVS = {
    "Input": "Input",
    "Output": "Output",
    "Interaction": "Interaction",
    "Scoring": "Scoring",
    "InputFormat": "Input",
    "OutputFormat": "Output",
}
_MATH_ENVS = {
    "equation",
    "equation*",
    "align",
    "align*",
    "eqnarray",
    "eqnarray*",
    "gather",
    "gather*",
    "multline",
    "multline*",
    "displaymath",
    "math",
    "flalign",
    "flalign*",
}
_LIST_ENVS = {"itemize": "-", "enumerate": "1.", "description": "-", "compactitem": "-", "compactenum": "1."}
_ENV_ARGS = {"minipage": 1, "wrapfigure": 2, "tabular": 1, "tabular*": 2, "tabularx": 2, "array": 1, "multicols": 1}
_BOLD = {"textbf", "bf", "bfseries", "mathbf"}
_ITALIC = {"emph", "textit", "it", "em", "itshape", "textsl", "sl", "slshape"}
_MONO = {"texttt", "tt", "ttfamily", "code", "lstinline"}
_PLAIN = {
    "underline",
    "uline",
    "textsc",
    "sc",
    "textrm",
    "textsf",
    "textup",
    "textnormal",
    "mbox",
    "hbox",
    "text",
    "textmd",
    "sout",
    "emphasize",
    "centerline",
    "fbox",
    "framebox",
    "makebox",
    "uppercase",
    "MakeUppercase",
}
_SWITCHES = (
    _BOLD
    | _ITALIC
    | {
        "tt",
        "ttfamily",
        "sc",
        "rm",
        "sf",
        "small",
        "footnotesize",
        "scriptsize",
        "tiny",
        "normalsize",
        "large",
        "Large",
        "LARGE",
        "huge",
        "Huge",
        "centering",
        "raggedright",
    }
)
_DROP = {
    "noindent",
    "indent",
    "centering",
    "raggedright",
    "raggedleft",
    "smallskip",
    "medskip",
    "bigskip",
    "newpage",
    "clearpage",
    "pagebreak",
    "nopagebreak",
    "hfill",
    "vfill",
    "protect",
    "relax",
    "maketitle",
    "small",
    "footnotesize",
    "scriptsize",
    "tiny",
    "normalsize",
    "large",
    "Large",
    "LARGE",
    "huge",
    "Huge",
    "hline",
    "toprule",
    "midrule",
    "bottomrule",
    "nobreak",
    "allowbreak",
    "sloppy",
    "fussy",
    "onecolumn",
    "twocolumn",
    "rm",
    "sf",
    "selectfont",
    "tableofcontents",
    "item",
}
_DROP_WITH_ARGS = {
    "label": 1,
    "vspace": 1,
    "hspace": 1,
    "setlength": 2,
    "addtolength": 2,
    "cite": 1,
    "ref": 1,
    "pageref": 1,
    "eqref": 1,
    "problemname": 1,
    "newcommand": 2,
    "renewcommand": 2,
    "providecommand": 2,
    "usepackage": 1,
    "documentclass": 1,
    "input": 1,
    "include": 1,
    "cline": 1,
    "setcounter": 2,
    "addtocounter": 2,
    "pagestyle": 1,
    "thispagestyle": 1,
    "color": 1,
    "rule": 2,
    "newenvironment": 3,
    "renewenvironment": 3,
    "graphicspath": 1,
}
_TEXT_SYMBOLS = {
    "ldots": "…",
    "dots": "…",
    "textellipsis": "…",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "textbackslash": "\\",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textless": "<",
    "textgreater": ">",
    "textendash": "–",
    "textemdash": "—",
    "textbar": "|",
    "textquotedbl": '"',
    "S": "§",
    "P": "¶",
    "copyright": "©",
    "textregistered": "®",
    "texttrademark": "™",
    "textdegree": "°",
    "euro": "€",
    "pounds": "£",
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "aa": "å",
    "AA": "Å",
    "ae": "æ",
    "AE": "Æ",
    "i": "ı",
    "newline": "\\\n",
    "par": "\n\n",
    "linebreak": "\\\n",
    "quad": " ",
    "qquad": " ",
    "textquoteleft": "‘",
    "textquoteright": "’",
    "slash": "/",
    "textunderscore": "_",
}
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
}
_SAMPLE_COMMANDS = {
    "sampletable",
    "sampleinputfile",
    "sampleoutputfile",
    "sampleinteractionfile",
    "samplefile",
    "sampletableinteractive",
    "sampleoutput",
    "sampleinput",
}


class Converter:
    """A small LaTeX reader: enough of problemtools' subset to be read in Markdown."""

    def __init__(self, constants: Constants, samples: list[str], plain: bool = False) -> None:
        self.constants, self.samples, self.plain = constants, samples, plain

    def convert(self, s: str) -> str:
        out: list[str] = []
        i = 0
        while i < len(s):
            c = s[i]
            if c == "\\":
                i = self.command(s, i, out)
            elif c == "{":
                close = closing(s, i)
                out.append(self.group(s[i + 1 : close]))
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
                out.append(code_span(code.group(1)) if code and not self.plain else "‘")
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
        end = s.find("$$", start) if display else unescaped(s, "$", start)
        if end < 0:
            out.append("$")
            return i + 1
        self.put_math(s[start:end], display, out)
        return end + (2 if display else 1)

    def put_math(self, tex: str, display: bool, out: list[str]) -> None:
        text = math_to_text(tex)
        if display and not self.plain:
            out.append("\n\n" + fenced(text) + "\n\n")
        else:
            out.append(text if self.plain else escape(text))

    def group(self, inner: str) -> str:
        match = re.match(r"\s*\\([A-Za-z]+)\b\s*", inner)
        if match and match.group(1) in _SWITCHES:  # {\bf text}: a declaration for the rest of the group
            return self.styled(match.group(1), inner[match.end() :])
        return self.convert(inner)

    def styled(self, name: str, inner: str) -> str:
        if name in _MONO:
            return inner if self.plain else code_span(Converter(self.constants, [], plain=True).convert(inner))
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
        i = skip_spaces(s, i)
        if bare in _HEADINGS or bare == "paragraph":
            _, i = optional(s, i)
            text, i = self.arg(s, i)
            out.append(f"\n\n**{text.strip()}**\n\n" if bare == "paragraph" else f"\n\n{_HEADINGS[bare]} {text.strip()}\n\n")
        elif bare == "begin":
            return self.environment(s, i, out)
        elif bare == "end":
            _, i = raw_arg(s, i)
        elif bare in _BOLD | _ITALIC | _MONO and (i < len(s) and s[i] == "{"):
            close = closing(s, i)
            out.append(self.styled(bare, s[i + 1 : close]))
            i = close + 1
        elif bare in _PLAIN:
            text, i = self.arg(s, i)
            out.append(text)
        elif bare in ("url", "href"):
            url, i = raw_arg(s, i)
            if bare == "href":
                text, i = self.arg(s, i)
                out.append(text if self.plain else f"[{text}]({url})")
            else:
                out.append(url if self.plain else f"<{url}>")
        elif bare == "footnote":
            text, i = self.arg(s, i)
            out.append(f" ({text.strip()})")
        elif bare == "caption":
            _, i = optional(s, i)
            text, i = self.arg(s, i)
            out.append(f"\n\n*{text.strip()}*\n\n" if not self.plain else text)
        elif bare == "illustration":
            _, i = raw_arg(s, i)
            filename, i = raw_arg(s, i)
            caption, i = raw_arg(s, i)
            caption = " ".join(Converter(self.constants, [], plain=True).convert(caption).split())
            out.append(self.figure(caption or Path(filename).name))
        elif bare == "includegraphics":
            _, i = optional(s, i)
            filename, i = raw_arg(s, i)
            out.append(self.figure(Path(filename).name))
        elif bare in _SAMPLE_COMMANDS:
            while i < len(s) and s[i] == "{":
                _, i = raw_arg(s, i)
            out.append(f"\n\n{SAMPLES_NOTE}\n\n")
        elif bare == "nextsample":
            out.append("\n\n" + (self.samples.pop(0) if self.samples else "") + "\n\n")
        elif bare == "remainingsamples":
            out.append("\n\n" + "\n".join(self.samples) + "\n\n")
            self.samples.clear()
        elif bare == "constant":
            key, i = raw_arg(s, i)
            # \constant{name} or \constant{name.variant}; one naming nothing is shown as its name.
            found = self.constants.lookup(key)
            out.append(key.strip() if found is None else found)
        elif bare == "multicolumn":
            _, i = raw_arg(s, i)
            _, i = raw_arg(s, i)
            text, i = self.arg(s, i)
            out.append(text)
        elif bare == "def":  # \def\name{...}: a definition, not text
            macro = re.compile(r"\\[A-Za-z]+[^{]*").match(s, i)
            i = macro.end() if macro else i
            _, i = raw_arg(s, i)
        elif bare in _DROP_WITH_ARGS:
            _, i = optional(s, i)
            for _ in range(_DROP_WITH_ARGS[bare]):
                _, i = raw_arg(s, i)
                _, i = optional(s, i)
        elif bare in _TEXT_SYMBOLS:
            out.append(_TEXT_SYMBOLS[bare])
        elif bare in _ACCENTS:
            return self.accent(bare, s, i, out)
        elif bare in RELATIONS or bare in SYMBOLS:  # a math symbol written in text
            out.append((RELATIONS.get(bare) or SYMBOLS[bare]) + " ")
        elif bare in _DROP:
            pass
        else:
            # An unknown macro: dropped, with its options; what its braces hold stays.
            while i < len(s) and s[i] == "[":
                _, i = optional(s, i)
        return i

    def symbol(self, name: str, s: str, i: int, out: list[str]) -> int:
        if name in _ACCENTS:
            return self.accent(name, s, i, out)
        if name == "\\":
            _, i = optional(s, i)  # \\[2mm]
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
            close = closing(s, i)
            base, i = s[i + 1 : close].replace("\\i", "i").strip(), close + 1
        else:
            i = skip_spaces(s, i)
            base, i = s[i : i + 1], i + 1
        out.append(unicodedata.normalize("NFC", base[:1] + _ACCENTS[name] + base[1:]) if base else "")
        return i

    def figure(self, what: str) -> str:
        return f"(figure: {what})" if self.plain else f"\n\n*(figure: {escape(what)})*\n\n"

    def arg(self, s: str, i: int) -> tuple[str, int]:
        raw, i = raw_arg(s, i)
        return self.convert(raw), i

    # -- environments --------------------------------------------------------
    def environment(self, s: str, i: int, out: list[str]) -> int:
        env, i = raw_arg(s, i)
        env = env.strip()
        end = environment_end(s, i, env)
        body_start = i
        _, body_start = optional(s, body_start)
        for _ in range(_ENV_ARGS.get(env, 0)):
            _, body_start = raw_arg(s, skip_spaces(s, body_start))
            _, body_start = optional(s, body_start)
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
        items = split_top(body, re.compile(r"\\item(?![A-Za-z])"))[1:]
        lines: list[str] = []
        for number, item in enumerate(items, start=1):
            label, rest = optional(item, skip_spaces(item, 0))
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
        for raw in split_top(body, re.compile(r"\\\\(\[[^\]]*\])?|\\tabularnewline\b")):
            if not raw.strip():
                continue
            cells = [" ".join(self.convert(cell).split()).replace("|", "\\|") for cell in split_top(raw, re.compile("&"))]
            rows.append(cells)
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)
