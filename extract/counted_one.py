"""Numbers written in words that are too often no count (`세 개`, `한 건도`, `한편`, `십 편`), and when `한 편`
and `한 건` count one paper (`한편` alone is "meanwhile", `단 한 건도` is "not even one")."""

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


# a part of a count before (`이 중 한 편은`, `11편 가운데 한 건이`)
_PART_OF_BEFORE = re.compile(r"(?:가운데|중)\s?(?:에서)?\s(?:이\s)?$")


_THE_REST = re.compile(r"(?:나머지|남은)\s$")
_AT_A_VENUE_BEFORE = re.compile(r"(?:에|에서|서)(?:는|도|만)?\s$")


def _one_part(text: str, m: re.Match[str]) -> bool:
    """Whether the one after `이 중` is a count: followed by a list's particle or a topic (`한 편은`, `한 편인`)."""
    return _ONE_IN_A_LIST.match(text, m.end()) is not None or text.startswith(("은", "인"), m.end())


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
    if re.match(r"\s?:", text[m.end() : m.end() + 2]) and re.search(r"[A-Za-z)]\s$", before):
        return True  # a venue's line of a list (`▲AIED(6월) 한 편: …`)
    if re.search(r"[가-힣A-Za-z)]\s?:\s?$", before) and re.match(
        r"\s*(?:$|\n|\()", text[m.end() : m.end() + 2]
    ):
        return True  # a line's value after its label (`- 워크숍 논문: 한 편`)
    if _predicate_of_papers(text, m, start):
        return True  # `지난해 발표한 논문은 한 편이었다`, `논문이 한 편에 그쳤다`
    if _PART_OF_BEFORE.search(text, max(start, m.start() - 10), m.start()) or _THE_REST.search(before):
        return _one_part(text, m)  # `이 중 한 편은`, `그중 한 편인 'X'는`, `나머지 한 편은`
    if _ONE_AFTER_A_COUNT.search(text, max(start, m.start() - 40), m.start()):
        return _ONE_IN_A_LIST.match(text, m.end()) is not None  # `A가 두 편, B가 한 편을`
    # `지난해 CVPR에서는 한 편을`, `지난해 CVPR에서는 한 편에 그쳤다`
    return _AT_A_VENUE_BEFORE.search(before) is not None and (
        _ONE_IN_A_LIST.match(text, m.end()) is not None or _ONE_AS_PREDICATE.match(text, m.end()) is not None
    )


def one_item(text: str, m: re.Match[str], start: int) -> bool:
    """Whether `한 건` counts one item here: one each (`각각 한 건씩`), or one paper (`논문 한 건이`,
    `한 건의 논문`); not `단 한 건도` nor `한 건 한 건`."""
    if text.startswith("도", m.end()) or not text[m.start() + 1 : m.end() - 1].isspace():
        return False
    before = text[max(start, m.start() - 5) : m.start()]
    if _predicate_of_papers(text, m, start):
        return True  # `채택된 논문은 한 건이었다`
    if _PART_OF_BEFORE.search(text, max(start, m.start() - 10), m.start()):
        return _one_part(text, m)  # `11편 중 한 건은 구두 발표로`
    return (
        text.startswith("씩", m.end())
        or re.search(r"(?:각각|각|논문|포스터|초록)\s$", before) is not None
        or _ONE_PAPER_AFTER.match(text, m.end()) is not None
    )


# after a native count word: the counter ends there (a particle or no Hangul follows)
_COUNTER_END = re.compile(
    r"$|[^가-힣]|의|이|을|은|는|도|으로|에|씩|만|과|와|가|까지|뿐|를|나|였|밖|보다|부터|째|짜리|처럼|인"
)


# a list of counts before a count (`메인 세 편, 파인딩스 한 편`): the next entry
_LISTED_AFTER_COUNT = re.compile(
    r"(?:(?:\d|[두세네섯곱덟홉열물무른흔쉰순든])\s?|(?<![가-힣])한\s)편\s?,\s?[^,.\d]{1,16}$"
)  # not `한편,`
# a part right after a count, across a headline's `…` (`논문 두 편…한 편은 스포트라이트`, `세 편, 이 중 한 편이`)
_PART_AFTER_COUNT = re.compile(  # also after a verb noun (`두 편 채택…한 편은`)
    r"(?:\d|[두세네섯곱덟홉열물무른흔쉰순든])\s?편\s?(?:[가-힣]{1,4}\s?)?(?:…|\.{2,3}|,|·)\s?(?:(?:이|그)\s?(?:중|가운데)\s?)?$"
)


def skipped_word(text: str, m: re.Match[str], start: int) -> bool:
    """Numbers written in words that are too often no count (`세 개`, `한 건도`, `한편`, `십 편`)."""
    native, counter = m.group("native"), m.group("counter")
    if native and native in ("한", "세", "네") and counter not in ("편", "건"):
        return True  # 세 개, 네 본… are too often not counts of papers
    if native == "한" and counter == "건" and one_item(text, m, start):
        return False  # `각각 한 건씩`, `논문 한 건이`, `한 건의 논문`
    if native == "한" and counter != "편":
        return True  # 한 건: 단 한 건도, 한 건 한 건
    if native in ("세", "네") and counter == "건" and not _COUNTER_END.match(text, m.end()):
        return True  # 세 건축가: 건 starts a word
    if native == "한" and re.match(r"도|의\s?(?:논문|연구)도", text[m.end() : m.end() + 8]):
        return True  # `한 편도 채택되지 않았다`, `단 한 편의 논문도 올리지 못했던`: not even one
    if native == "한" and not (
        re.search(r"(?:논문|연구)\s?$", text[max(start, m.start() - 4) : m.start()])  # `연구 한 편이`
        or one_paper(text, m, start)
        or _LISTED_AFTER_COUNT.search(text, max(start, m.start() - 24), m.start())
        or _PART_AFTER_COUNT.search(text, max(0, m.start() - 12), m.start())
    ):
        return True  # 한편 (meanwhile), 한 편으로는; not `메인 세 편, 파인딩스 한 편`
    if m.group("sino") == "백" and re.search(r"논문\s?$", text[max(start, m.start() - 4) : m.start()]):
        return False  # `논문 백 편`: a hundred
    return bool(m.group("sino") and len(m.group("sino")) < 2 and not m.group("yeo"))  # 십 편 alone
