"""What a Markdown file tells a user to type: its code blocks, inline code, links, shell commands."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

# Words that separate one command from the next on a shell line, and redirections (with their target).
SEPARATORS = {"|", "||", "&&", ";", "&"}
REDIRECTIONS = {"<", ">", ">>"}
_FD_REDIRECTION = re.compile(r"\s\d*>&\d+")
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
_INLINE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_CRON_TIMES = re.compile(r"^\s*(\S+\s+){5}")


@dataclass(frozen=True)
class Snippet:
    """One fenced code block: its language tag, its text and the line its text starts on."""

    lang: str
    code: str
    line: int

    @property
    def where(self) -> str:
        """`line 47`: where the block is, for test ids and messages."""
        return f"line {self.line}"


def code_blocks(text: str) -> list[Snippet]:
    """The fenced code blocks of a Markdown text, in order."""
    return [
        Snippet(match[1], match[2], text.count("\n", 0, match.start()) + 2) for match in _FENCE.finditer(text)
    ]


def prose(text: str) -> str:
    """The text without its fenced code blocks."""
    return _FENCE.sub("", text)


def inline_code(text: str) -> list[str]:
    """Every `inline code` span outside the code blocks, in order, each once."""
    return list(dict.fromkeys(_INLINE.findall(prose(text))))


def link_targets(text: str) -> list[str]:
    """Targets of the Markdown links `[…](target)`, each once."""
    return list(dict.fromkeys(_LINK.findall(text)))


def heading_anchors(markdown: str) -> set[str]:
    """GitHub's anchors for a file's headings (lower case, punctuation dropped, spaces to `-`)."""
    anchors = set()
    for heading in re.findall(r"^#+\s+(.+?)\s*$", prose(markdown), re.M):
        plain = re.sub(r"[`*_]", "", heading).strip().lower()
        anchors.add(re.sub(r"[^\w\- ]", "", plain).replace(" ", "-"))
    return anchors


def shell_lines(snippet: Snippet) -> list[str]:
    """The command lines of a `sh` or `crontab` block (continuations joined, crontab times dropped)."""
    joined = snippet.code.replace("\\\n", " ")
    lines = [line for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if snippet.lang == "crontab":
        lines = [_CRON_TIMES.sub("", line, count=1) for line in lines]
    return lines


def commands(line: str) -> list[list[str]]:
    """The simple commands of a shell line: split at `|`, `&&`, `||`, `;`, without redirections,
    leading `VAR=value` assignments; `flock [-opts] LOCKFILE CMD…` is `flock` and CMD…."""
    lexer = shlex.shlex(_FD_REDIRECTION.sub(" ", line), posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    found: list[list[str]] = [[]]
    words = iter(lexer)
    for word in words:
        if word in SEPARATORS:
            found.append([])
        elif word in REDIRECTIONS:
            next(words, None)
        else:
            found[-1].append(word)
    return [simple for words in found for simple in _unwrapped(words)]


def _unwrapped(words: list[str]) -> list[list[str]]:
    while words and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", words[0]):
        words = words[1:]
    if words[:1] != ["flock"]:
        return [words] if words else []
    rest = words[1:]
    while rest and rest[0].startswith("-"):
        rest = rest[1:]
    return [["flock"], *_unwrapped(rest[1:])]


def program(words: list[str]) -> str:
    """What a command runs, as the README names it: `scrapy`, `python`, `make`, or the word itself."""
    name = Path(words[0]).name
    return "python" if re.fullmatch(r"python(3(\.\d+)?)?", name) else name
