"""When `한 편` and `한 건` count one paper (`한편` alone is "meanwhile", `단 한 건도` is "not even one")."""

from __future__ import annotations

import re

# `한 편` (with its space: `한편` is "meanwhile") read as one paper: `한 편의 논문`, `논문을 한 편`, or a
# venue's share in a list (`A에 한 편, B에 두 편`)
_ONE_PAPER_AFTER = re.compile(r"의\s?(?:논문|연구|페이퍼)")
_ONE_PAPER_BEFORE = re.compile(r"논문(?:을|이|도|만)\s$")
_ONE_IN_A_LIST = re.compile(r"\s*(?:,|과|와|씩|을|를|이|만)(?!으로)")
# `한 편` as the predicate of papers (`논문은 한 편이었다`, `논문이 한 편에 그쳤다`, `논문은 한 편뿐이다`)
_ONE_AS_PREDICATE = re.compile(r"(?:이었|이다|이며|이고|였|뿐|에\s?(?:그쳤|그친|그치|불과|머물|머문))")
_PAPERS_AS_TOPIC = re.compile(r"논문(?:은|는|이|가|도)\s(?:[^\s,.]+\s){0,2}$")
# the next owner's share after a count (`A가 두 편, B가 한 편을`, `A는 3편, B는 한 편`)
_ONE_AFTER_A_COUNT = re.compile(  # also past a short tail (`두 편으로 뒤를 이었고, C와 D도 한 편씩`)
    r"(?:편|건)\s?(?:씩|을|를|이|으로)?(?:\s[^,.\d]{1,12}?)?\s?,\s?[^,.\d]{1,25}(?:이|가|은|는|도)\s$"
)


def _predicate_of_papers(text: str, m: re.Match[str], start: int) -> bool:
    """Whether `한 편`/`한 건` is the predicate of papers (`발표한 논문은 한 편이었다`)."""
    return bool(
        _ONE_AS_PREDICATE.match(text, m.end())
        and _PAPERS_AS_TOPIC.search(text, max(start, m.start() - 30), m.start())
    )


def one_paper(text: str, m: re.Match[str], start: int) -> bool:
    """Whether `한 편` counts one paper here (see _ONE_PAPER_AFTER)."""
    if m.group("counter") != "편" or not text[m.start() + 1 : m.end() - 1].isspace():
        return False
    before = text[max(start, m.start() - 5) : m.start()]
    if _ONE_PAPER_AFTER.match(text, m.end()) or _ONE_PAPER_BEFORE.search(before):
        return True
    if text.startswith("씩", m.end()) or re.search(r"(?:각각|각)\s$", before):
        return True  # one each (`A와 B에 각각 한 편씩`)
    if _predicate_of_papers(text, m, start):
        return True  # `지난해 발표한 논문은 한 편이었다`, `논문이 한 편에 그쳤다`
    if re.search(r"(?:가운데|중)\s?(?:에서)?\s(?:이\s)?$", text[max(start, m.start() - 10) : m.start()]):
        # `이 중 한 편은`, `그중 한 편인 'X'는`
        return _ONE_IN_A_LIST.match(text, m.end()) is not None or text.startswith(("은", "인"), m.end())
    if _ONE_AFTER_A_COUNT.search(text, max(start, m.start() - 40), m.start()):
        return _ONE_IN_A_LIST.match(text, m.end()) is not None  # `A가 두 편, B가 한 편을`
    return (
        re.search(r"(?:에|에서|서)(?:는|도|만)?\s$", before) is not None  # `지난해 CVPR에서는 한 편을`
        and _ONE_IN_A_LIST.match(text, m.end()) is not None
    )


def one_item(text: str, m: re.Match[str], start: int) -> bool:
    """Whether `한 건` counts one item here: one each (`각각 한 건씩`), or one paper (`논문 한 건이`,
    `한 건의 논문`); not `단 한 건도` nor `한 건 한 건`."""
    if text.startswith("도", m.end()) or not text[m.start() + 1 : m.end() - 1].isspace():
        return False
    before = text[max(start, m.start() - 5) : m.start()]
    if _predicate_of_papers(text, m, start):
        return True  # `채택된 논문은 한 건이었다`
    return (
        text.startswith("씩", m.end())
        or re.search(r"(?:각각|각|논문|포스터|초록)\s$", before) is not None
        or _ONE_PAPER_AFTER.match(text, m.end()) is not None
    )
