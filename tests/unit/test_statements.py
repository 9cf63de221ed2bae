"""Kattis statements as readable Markdown: LaTeX in problemtools' style
converted, Markdown with math made readable, samples appended."""

import re

from tests.conftest import FIXTURES
from tui import packages
from tui.packages import statements
from tui.packages.constants import Constants
from tui.packages.tex import SAMPLES_NOTE, math_to_text, tex_to_markdown

CLASSIC = r"""\problemname{Lost in the Woods}
% Statement for NCPC-style contests; the samples are added by the judge.
\illustration{.35}{woods.jpg}{A map of the woods. Image by \emph{someone}, cc by-sa}
You are lost in a forest with $n$ clearings, numbered from $1$ to $n$, and $m$
paths between them.  Each minute you walk to a neighbouring clearing chosen
\emph{uniformly at random}.  What is the expected number of minutes until you
reach clearing~$n$?  %% this comment goes too

\section*{Input}
The input consists of:
\begin{itemize}
  \item One line with two integers $n$ and $m$ ($2 \le n \le 20$, $1 \leq m \le \frac{n(n-1)}{2}$).
  \item $m$ lines, each with two integers $a_i$ and $b_i$ ($1 \le a_i < b_i \le n$),
        a path between clearings $a_i$ and $b_i$.
\end{itemize}
You may assume that clearing $n$ can be reached from clearing~$1$.

\section*{Output}
Output the expected number of minutes.  Your answer should have an absolute
or relative error of at most $10^{-6}$; it is at most 100\% of $10^{9}$.
"""

MODERN = r"""\problemname{Zig\-zag Sums}

A sequence $a_1, a_2, \ldots, a_n$ is a \textbf{zigzag} if
\[ a_1 < a_2 > a_3 < \cdots \]
and its \emph{weight} is
$$\sum_{i=1}^{n} (-1)^{i+1} \cdot a_i \pmod{10^9+7}.$$
Erd\H{o}s and G\"odel disagreed ``strongly'' about it --- see the
\href{https://example.com/zigzag}{notes}\footnote{Not really.} and \mymacro[opt]{the kept part}.

\begin{Input}
  The first line has an integer $t$ ($1 \le t \le 10^4$), the number of cases.
  \begin{enumerate}
    \item a line with $n$ ($1 \le n \le 2 \cdot 10^5$);
    \item a line with $n$ integers $a_i$ ($|a_i| \le 10^9$, $a_i \ne 0$).
  \end{enumerate}
  The sum of $n$ over all cases is at most $2 \times 10^5$.
\end{Input}

\begin{Output}
  For each case print \texttt{YES} and the weight, or \texttt{NO}.
  \begin{center}
  \begin{tabular}{|c|l|}
    \hline
    Case & Meaning \\ \hline
    \texttt{YES} & a zigzag \\
    \texttt{NO} & not one, $n \ge 1$ \\ \hline
  \end{tabular}
  \end{center}
\end{Output}

\nextsample
\begin{verbatim}
  YES 5
% not a comment in verbatim
\end{verbatim}
\remainingsamples
\includegraphics[width=0.4\textwidth]{figures/zigzag.png}
"""


def plain(markdown: str) -> str:
    """What a reader sees once Markdown's escapes are rendered."""
    return re.sub(r"\\([\\`*_\[\]<>|])", r"\1", markdown)


def test_classic_problemtools_statement():
    md = tex_to_markdown(CLASSIC, "Lost in the Woods")
    assert md.startswith("# Lost in the Woods\n\n*(figure: A map of the woods. Image by someone, cc by-sa)*\n")
    assert "## Input\n\nThe input consists of:\n\n- One line with two integers n and m (2 ≤ n ≤ 20, 1 ≤ m ≤ n(n-1)/2).\n" in plain(md)
    assert "- m lines, each with two integers a_i and b_i (1 ≤ a_i < b_i ≤ n),\n  a path between clearings a_i and b_i." in plain(md)
    assert "*uniformly at random*" in md
    assert "clearing n?" in md  # ~ is a space
    assert "## Output" in md and "at most 10^-6; it is at most 100% of 10^9." in md
    assert "comment" not in md and "%%" not in md
    assert not re.search(r"\\[a-zA-Z]|\$|[{}]", plain(md)), md  # no LaTeX left


def test_modern_statement_with_environments_tables_and_samples():
    samples = ["## Sample 1\n\nInput\n\n```\n1\n```\n", "## Sample 2\n\nInput\n\n```\n2\n```\n", "## Sample 3\n\nInput\n\n```\n3\n```\n"]
    md = tex_to_markdown(MODERN, "Zigzag Sums", samples)
    text = plain(md)
    assert "A sequence a_1, a_2, …, a_n is a **zigzag** if\n\n```\na_1 < a_2 > a_3 < ⋯\n```\n" in text
    assert "```\nΣ_(i=1)^n (-1)^(i+1) · a_i (mod 10^9+7).\n```" in text
    assert (
        "Erdős and Gödel disagreed “strongly” about it — see the\n[notes](https://example.com/zigzag) (Not really.) and the kept part."
        in text
    )
    assert (
        "## Input\n\nThe first line has an integer t (1 ≤ t ≤ 10^4), the number of cases.\n\n1. a line with n (1 ≤ n ≤ 2 · 10^5);\n2. a line with n integers a_i (|a_i| ≤ 10^9, a_i ≠ 0).\n"
        in text
    )
    assert "The sum of n over all cases is at most 2 × 10^5." in text
    assert "| Case | Meaning |\n| --- | --- |\n| `YES` | a zigzag |\n| `NO` | not one, n ≥ 1 |" in text
    # \nextsample places the first sample, \remainingsamples the others, in order
    assert text.index("## Sample 1") < text.index("YES 5") < text.index("## Sample 2") < text.index("## Sample 3")
    assert "```\n  YES 5\n% not a comment in verbatim\n```" in md  # verbatim kept as written
    assert "*(figure: zigzag.png)*" in md
    assert md.count("## Sample") == 3


def test_sample_tables_become_a_note():
    md = tex_to_markdown("Text.\n\\sampletable{Sample Input}{1.in}{Sample Output}{1.ans}\nMore.", "T")
    assert SAMPLES_NOTE in md and "1.in" not in md


def test_unknown_macros_keep_what_their_braces_hold():
    md = tex_to_markdown(r"\frobnicate{kept} and \newcommand{\foo}{bar}\vspace{2mm}\label{x}\noindent text", "T")
    assert md == "# T\n\nkept and text\n"


def test_math_to_text():
    cases = {
        r"1 \le n \le 10^5": "1 ≤ n ≤ 10^5",
        r"a_{i+1} \ne a_i": "a_(i+1) ≠ a_i",
        r"2^{n-1} \cdot 3": "2^(n-1) · 3",
        r"n \times m": "n × m",
        r"x_1, \ldots, x_n": "x_1, …, x_n",
        r"x_1 + \dots + x_n": "x_1 + … + x_n",
        r"\lfloor \frac{n}{2} \rfloor": "⌊n/2⌋",
        r"\sqrt{a^2+b^2}": "√(a^2+b^2)",
        r"\{1, 2\} \subseteq S": "{1, 2} ⊆ S",
        r"\text{dist}(u, v) \geq 0": "dist(u, v) ≥ 0",
        r"\binom{n}{k} \bmod p": "C(n, k) mod p",
        r"\mathbb{Z}": "ℤ",
        r"\left( \frac{a+1}{b} \right)": "((a+1)/b)",
        r"\alpha\beta": "αβ",
    }
    for tex, text in cases.items():
        assert math_to_text(tex) == text, tex


def test_markdown_statement_math_constants_and_samples(tmp_path):
    folder = tmp_path / "p"
    (folder / "statement").mkdir(parents=True)
    (folder / "statement" / "problem.en.md").write_text(
        "Given $1 \\le n \\le {{max_n}}$, print $n^2$.\n\nCode keeps `$x$` and\n\n```\necho $HOME $PATH\n```\n\nPrices: 5$ and 6$.\n"
    )
    (folder / "data" / "sample").mkdir(parents=True)
    (folder / "data" / "sample" / "1.in").write_text("3\n")
    (folder / "data" / "sample" / "1.ans").write_text("9\n")
    md = statements.load(
        folder, "Squares", [(folder / "data/sample/1.in", folder / "data/sample/1.ans")], Constants({"max_n": {"value": "10^{9}"}})
    )
    assert md.startswith("# Squares\n\nGiven 1 ≤ n ≤ 10^9, print n^2.\n")
    assert "`$x$`" in md and "echo $HOME $PATH" in md and "Prices: 5$ and 6$." in md
    assert md.endswith("## Sample 1\n\nInput\n\n```\n3\n```\n\nOutput\n\n```\n9\n```\n")


def test_big_samples_are_cut(tmp_path):
    (tmp_path / "1.in").write_text("".join(f"{i}\n" for i in range(1000)))
    (tmp_path / "1.ans").write_text("x" * 10)
    (tmp_path / "problem_statement").mkdir()
    (tmp_path / "problem_statement" / "problem.tex").write_text("Body.")
    md = statements.load(tmp_path, "T", [(tmp_path / "1.in", tmp_path / "1.ans")])
    assert "39\n… (cut here: the test panel shows it whole)" in md and "\n40\n" not in md


def test_statement_choice_and_fallbacks(tmp_path):
    (tmp_path / "statement").mkdir()
    (tmp_path / "statement" / "problem.sv.md").write_text("Svenska.")
    assert "Svenska." in statements.load(tmp_path, "T")  # the only language there is
    (tmp_path / "statement" / "problem.en.tex").write_text("English.")
    assert "English." in statements.load(tmp_path, "T")
    (tmp_path / "statement" / "problem.en.md").write_text("English Markdown.")
    assert "English Markdown." in statements.load(tmp_path, "T")
    pdf_only = tmp_path / "pdf"
    (pdf_only / "problem_statement").mkdir(parents=True)
    (pdf_only / "problem_statement" / "problem.en.pdf").write_bytes(b"%PDF")
    assert "*The statement is a PDF: open problem_statement/problem.en.pdf to read it.*" in statements.load(pdf_only, "T")
    assert statements.load(tmp_path / "nothing", "T") == "# T\n\n*This problem has no statement.*"


def test_fixture_statements_render_readably():
    pace = packages.load(FIXTURES / "kattis-legacy-pace").statement
    assert "- One line with an integer n (1 ≤ n ≤ 10^5), the number of segments." in pace
    assert "```\n(d_1 + d_2 + ⋯ + d_n)/(t_1 + t_2 + ⋯ + t_n)\n```" in pace
    assert pace.rstrip().endswith("```\nimpossible\n```")
    divisor = packages.load(FIXTURES / "kattis-2023-divisor").statement
    assert divisor.startswith("# Proper Divisor\n") and "(2 ≤ n ≤ 10^12)" in divisor
    permutation = packages.load(FIXTURES / "kattis-legacy-permutation").statement
    assert "### Notes\n\n1. For n = 4, the permutation 2 4 1 3 is spaced." in permutation


def test_paren_math_tables_with_rules_and_backtick_code():
    # As problemtools' own examples write them: \( \), a ruled tabular, `a-z`.
    tex = (
        "\\section*{Input}\nAn integer \\(N\\) (\\(1 \\le N \\le 10\\)); words of letters `a-z`.\n\n"
        "\\noindent\n\\begin{tabular}{| l | l | l |}\n  \\hline\n  Group & Points & Constraints \\\\ \\hline\n"
        "  $1$ & $1$ & $N$ is always $5$ \\\\ \\hline\n  $2$ & $1$ & No additional constraints \\\\ \\hline\n\\end{tabular}\n"
    )
    assert tex_to_markdown(tex, "Odd Echo") == (
        "# Odd Echo\n\n## Input\n\nAn integer N (1 ≤ N ≤ 10); words of letters `a-z`.\n\n"
        "| Group | Points | Constraints |\n| --- | --- | --- |\n| 1 | 1 | N is always 5 |\n| 2 | 1 | No additional constraints |\n"
    )
