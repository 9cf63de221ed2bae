"""Shell completion: `proctorx completion bash|zsh|fish` prints a small script
for the shell; on each TAB the script asks `proctorx __complete SHELL INDEX
WORDS...`, which walks the live argparse parsers of main.py.  So every command,
option and choice completes without a line here, a new command as soon as it
is in COMMANDS (no script to regenerate), and problem slugs and languages are
the ones this installation actually has.

What an argument completes to: its choices; else its `completion` attribute
("problem", "language", "file", "dir"); else what its name says (problem →
slugs and folders, lang/langs → languages, --problems → folders, a Path →
files); else nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.cli.command import Command
from tui.cli.errors import EXIT_OK, EXIT_USAGE

HIDDEN = "__complete"
SHELLS = ("bash", "zsh", "fish")

BASH = r"""# bash completion for proctorx: `proctorx completion bash` (README: Shell completion)
_proctorx() {
    local cur=${COMP_WORDS[COMP_CWORD]} line directive="" first=1
    COMPREPLY=()
    while IFS= read -r line; do
        if ((first)); then directive=$line; first=0; else COMPREPLY+=("$line"); fi
    done < <("${COMP_WORDS[0]}" __complete bash "$COMP_CWORD" "${COMP_WORDS[@]}" 2>/dev/null)
    case $directive in
        files) compopt -o filenames 2>/dev/null; while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur") ;;
        dirs) compopt -o filenames 2>/dev/null; while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -d -- "$cur") ;;
    esac
}
complete -F _proctorx proctorx
"""

ZSH = r"""#compdef proctorx
# zsh completion for proctorx: `proctorx completion zsh` (README: Shell completion)
_proctorx() {
    local -a lines reply
    local directive
    lines=("${(@f)$(${words[1]} __complete zsh $((CURRENT - 1)) "${words[@]}" 2>/dev/null)}")
    directive=${lines[1]}
    reply=("${(@)lines[2,-1]}")
    reply=("${(@)reply:#}")
    (( ${#reply} )) && _describe -t values proctorx reply
    case $directive in
        files) _files ;;
        dirs) _files -/ ;;
    esac
}
if [[ ${funcstack[1]} == _proctorx ]]; then
    _proctorx "$@"
else
    compdef _proctorx proctorx
fi
"""

FISH = r"""# fish completion for proctorx: `proctorx completion fish` (README: Shell completion)
function __proctorx_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -l out ($words[1] __complete fish (count $words) $words $current 2>/dev/null)
    set -l directive $out[1]
    set -e out[1]
    printf '%s\n' $out
    switch "$directive"
        case files
            __fish_complete_path $current
        case dirs
            __fish_complete_directories $current
    end
end
complete -c proctorx -f -a '(__proctorx_complete)'
"""

SCRIPTS = {"bash": BASH, "zsh": ZSH, "fish": FISH}


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=SHELLS, help="the shell to print the completion script for")


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(SCRIPTS[args.shell])
    return EXIT_OK


COMMAND = Command(
    "completion",
    "print the completion script for bash, zsh or fish",
    arguments,
    run,
    description="Prints the completion script; README: Shell completion says where each shell wants it.",
)


def answer(argv: list[str], commands: argparse.ArgumentParser, top: argparse.ArgumentParser) -> int:
    """The shells' callback: argv is SHELL INDEX WORD0 WORD1..., INDEX the
    word under the cursor (0 is the program).  Prints the directive (words,
    files or dirs: what the shell adds itself) and then one candidate a line."""
    if len(argv) < 2 or argv[0] not in SHELLS or not argv[1].isdigit():
        return EXIT_USAGE
    shell, index, words = argv[0], int(argv[1]), argv[3:]  # argv[2] is the program
    current = words[index - 1] if 0 < index <= len(words) else ""
    try:
        directive, candidates = complete(words[: max(index - 1, 0)], current, commands, top)
    except Exception:  # a TAB never prints a traceback into the command line
        return EXIT_OK
    print(directive)
    for value, description in candidates:
        if shell == "zsh":
            print(value.replace("\\", "\\\\").replace(":", "\\:") + (f":{description}" if description else ""))
        elif shell == "fish":
            print(value + (f"\t{description}" if description else ""))
        else:
            print(value)
    return EXIT_OK


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, tuple[argparse.ArgumentParser, str]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            return {name: (sub, helps.get(name, "")) for name, sub in action.choices.items()}
    return {}


def _takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(action, (argparse._HelpAction, argparse._VersionAction))


def _positionals(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if not a.option_strings and not isinstance(a, argparse._SubParsersAction)]


def _positional_at(parser: argparse.ArgumentParser, count: int) -> argparse.Action | None:
    """The positional argument the next word fills, after `count` of them."""
    for action in _positionals(parser):
        if action.nargs in ("*", "+", argparse.REMAINDER):
            return action
        width = action.nargs if isinstance(action.nargs, int) else 1
        if count < width:
            return action
        count -= width
    return None


def complete(before: list[str], current: str, commands: argparse.ArgumentParser, top: argparse.ArgumentParser):
    """(directive, [(candidate, description)]) for the word `current`, after
    the words `before` (the program's name left out)."""
    parser, subs = top, _subcommands(commands)
    count, pending, problems_dir = 0, None, None
    for word in before:
        if pending is not None:
            if pending.dest == "problems":
                problems_dir = word
            pending = None
            continue
        if word.startswith("-") and word != "-":
            action = parser._option_string_actions.get(word.split("=", 1)[0])
            if action is not None and _takes_value(action) and "=" not in word:
                pending = action
            continue
        if subs and count == 0 and word in subs:
            parser, subs = subs[word][0], _subcommands(subs[word][0])
            continue
        count += 1
    if pending is not None:
        return _values(pending, current, problems_dir)
    if current.startswith("-"):
        options = []
        for action in parser._actions:
            if action.help == argparse.SUPPRESS:
                continue
            for option in action.option_strings:
                if option.startswith(current) and (option.startswith("--") or current == "-" or len(current) > 1):
                    options.append((option, action.help or ""))
        return "words", options
    directive, candidates = "words", []
    if subs and count == 0:
        candidates += [(name, help) for name, (_, help) in subs.items() if name.startswith(current)]
    action = _positional_at(parser, count)
    if action is not None:
        directive, values = _values(action, current, problems_dir)
        candidates += values
    return directive, candidates


def _kind(action: argparse.Action) -> str | None:
    explicit = getattr(action, "completion", None)
    if explicit:
        return explicit
    if action.dest == "problem" or (action.dest == "problems" and not action.option_strings):
        return "problem"
    if action.dest in ("lang", "langs"):
        return "language"
    if action.dest == "problems":
        return "dir"
    if action.type is Path:
        return "file"
    return None


def _values(action: argparse.Action, current: str, problems_dir: str | None):
    if action.choices and not isinstance(action, argparse._SubParsersAction):
        return "words", [(str(c), "") for c in action.choices if str(c).startswith(current)]
    kind = _kind(action)
    if kind == "language":
        from tui import languages

        try:
            found = languages.all_languages()
        except languages.LanguageError:
            found = {}
        return "words", [(lang.id, lang.name) for lang in found.values() if lang.id.startswith(current)]
    if kind == "problem":
        return "dirs", [] if "/" in current else [(slug, "problem") for slug in _slugs(problems_dir) if slug.startswith(current)]
    if kind in ("file", "dir"):
        return kind + "s", []
    return "words", []


def _slugs(problems_dir: str | None) -> list[str]:
    """The slugs a PROBLEM can name here: the folders with a problem.yaml in
    --problems DIR (or ./problems) and in the shipped library."""
    from tui.cli.common import problem_roots

    slugs: dict[str, None] = {}
    for root in problem_roots(Path(problems_dir).expanduser() if problems_dir else None):
        if root.is_dir():
            for child in sorted(root.iterdir()):
                if (child / "problem.yaml").is_file():
                    slugs[child.name] = None
    return list(slugs)
