"""A part of the count before, named by a bare numeral (`4편의 초록을 발표한다. 이 가운데 하나는 구두
발표에 선정됐다`): a subset of that fact when the clause says what made it a part, else no count; and a
count given to each of several tracks (`파인딩스와 인더스트리 세션에 한 편씩`)."""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.linking.state import Fact
from extract.numerals import CountMatch, is_part_word

# what singles a part out of the whole: a selection, a track or an award (`포스터 디스커션 세션에 선정`,
# `구두 발표로 뽑혔다`, `최우수 초록상을 받았다`); `이 가운데 하나는 폐암 연구다` says only its topic
SELECTED = re.compile(
    r"선정|뽑혔|뽑힌|뽑혀|구두|구연|오럴|스포트라이트|하이라이트|디스커션|플레너리|플래너리|레이트\s?브레이킹|"
    r"수상|최우수|우수\s?(?:논문|초록|연제|포스터)|초청|late[- ]?breaking|oral|spotlight",
    re.IGNORECASE,
)


# one paper picked out of those just counted (`이 가운데 한 편은`, `그중 1편은`)
_ONE_OF = re.compile(r"(?:(?<![가-힣])(?:이|그)\s?(?:가운데|중)|그중)\s*$")


def is_unselected_part(text: str, s: Sentence, cm: CountMatch, scope: str, parent: Fact | None) -> bool:
    """Whether a bare numeral after `이 가운데` (or one paper: `이 가운데 한 편은`) is no fact: not a
    subset of the fact before (another organization is named for it, or no fact came before), or
    nothing in its clause singles it out (`… 데이터셋을 제안했다` says only what it is about)."""
    one_of = cm.count == 1 and _ONE_OF.search(text, max(s.start, cm.start - 8), cm.start) is not None
    if not is_part_word(cm):
        return one_of and not SELECTED.search(text, cm.end, s.end)
    if scope != "subset" or parent is None:
        return True  # `이 중 하나는 가온바이오가 낸 초록`: one paper of another owner, no count of its own
    return not SELECTED.search(text, cm.end, s.end)


# tracks a count is given to each (`파인딩스(Findings)와 인더스트리 세션에 한 편씩`, `메인과 파인딩스에 각각 1편`)
_TRACK_NAME = (
    r"(?:메인|본\s?학회|본회의|파인딩스|인더스트리|산업|구두|오럴|포스터|스포트라이트|워크[숍샵]|롱|숏|쇼트|"
    r"findings|industry|main|oral|poster|spotlight|workshop|long|short)(?:\s?\([^()]{1,20}\))?"
)
_TRACKS_BEFORE = re.compile(
    rf"((?<![가-힣A-Za-z]){_TRACK_NAME}(?:\s?(?:와|과|,|·|및)\s?{_TRACK_NAME})+)"
    r"\s?(?:트랙|세션|부문|논문)?\s?(?:에|으로|로|에서)?\s?(?:각각|각)?\s*$",
    re.IGNORECASE,
)
_EACH_BEFORE = re.compile(r"각각?\s*$")


def tracks_each(text: str, s: Sentence, cm: CountMatch) -> int:
    """How many tracks a count is given to each (`파인딩스와 인더스트리 세션에 한 편씩`: 2), else 1."""
    listed = _TRACKS_BEFORE.search(text, max(s.start, cm.start - 60), cm.start)
    if listed is None or not (text.startswith("씩", cm.end) or _EACH_BEFORE.search(listed.group(0))):
        return 1
    return len(re.findall(_TRACK_NAME, listed.group(1), re.IGNORECASE))
