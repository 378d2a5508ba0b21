"""Counts of prizes and of the papers that won them (award slots), which are no count of an
organization's papers: `최우수상 2건`, `장려상(4편)`, `…4편 수상`, `이 가운데 4편은 장려상을 받았다`."""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.numerals import CountMatch

# prizes named right before the count (`아너러블 멘션 수상작은 7편`, `상 두 개`, `우수논문상 2건`, `우수논문상(Honorable Mention) 1편`, `장려상(4편)`)
_PRIZE_BEFORE = re.compile(
    r"(?:(?<![가-힣])(?:상|대상|[가-힣]{0,4}(?:최우수|우수|논문|특별|장려|인기|혁신|학생)상)(?:\s?\([^()]{1,30}\))?"
    r"|\((?:Honorable\s?Mention|Best\s?Paper)\)|수상작|수상\s?논문)(?:을|만|도|은|는|이|가)?\s*\(?\s*$",  # `장려상(4편)`
    re.IGNORECASE,
)
# papers named as winners of a prize right before their count (`우수논문상(Honorable Mention)을 받은 논문이 한 편씩`)
_WON_BEFORE = re.compile(
    r"(?:상|어워드|Mention|Paper|멘션|페이퍼)['’\"”]?(?:\s?\([^()]{1,30}\))?\s?(?:을|를)\s?(?:받은|수상한|탄)\s"
    r"(?:논문|연구|작품)(?:이|은|는|도|만)?\s*$",
    re.IGNORECASE,
)
# papers that won a prize (`…4편 수상`, `이 가운데 4편은 장려상을 받았다`, `7편은 우수논문상(Honorable Mention)을 받았다`,
# `2편은 '아너러블 멘션'에 선정됐다`, `3편은 우수논문상도 함께 받았다`): award slots, not a track of the organization's papers
_AWARDED_AFTER = re.compile(
    r"\s*(?:이|가|도)?\s?수상(?![가-힣])|\s*(?:이|가|도)?\s?수상(?:했|해|한|작)"  # `…4편 수상`, `3편이 수상했다`
    # `세 편과 포스터 두 편이 수상작 명단에 올랐다`
    r"|\s*(?:이|가|도|과|와)\s[^.]{0,30}?수상(?:작|\s?논문)\s?(?:명단|목록)?에\s?(?:올랐|이름을\s?올|들었|포함)"
    r"|\s*만?(?:은|는|이|가|도)\s[^.,]{0,24}?"  # `네 편만이 최우수논문상의 영예를 안았다`
    r"(?:(?:[가-힣]|(?<=\s))(?:상|상\s?후보|논문\s?후보)(?:\s?\([^()]{1,30}\))?['’\"”]?\s?"
    r"(?:을|를|에|으로|로|도|까지|의\s?(?:영예|영광)(?:를|을|도)?)"
    r"(?:\s?(?:함께|같이|나란히|동시에|덤으로))?"  # `우수논문상도 함께 받았다`
    # `장려상을 받았다`, `… 상(Best Paper)을, 또 다른 …`, `상을 거머쥐었다`
    r"(?:,\s[^.]{0,50}?)?\s?(?:받았|받아|받는|수상|이름을\s?올|안았|안아|거머쥐|차지했|탔다)"
    r"|(?:Honorable\s?Mention|아너러블\s?멘션|베스트\s?페이퍼|Best\s?Paper)['’\"”]?\s?(?:을|를|에|으로|로)?\s?"
    r"(?:받았|받아|받는|수상|선정|뽑혔|뽑혀|올랐))",
    re.IGNORECASE,
)

# a sentence that hands out prizes to papers (`…, 최우수 논문 1편에는 장관상, 우수 논문 3편에는 …`): award
# slots; a selection alone (`우수논문 4편에 뽑혔다`, SID's distinguished papers) stays a subset
_AWARD_SELECTION = re.compile(
    r"(?:최?우수|베스트)\s?논문\s?\d+\s?편(?:에는|에게는)\s[^.]{0,30}?상(?![가-힣])"
)


# a sentence about the prize-winning papers (`수상작은 A의 …, B의 … 등 네 편이다`)
_WINNERS_TOPIC = re.compile(
    r"\s*['\"‘“]?(?:[가-힣]{1,6}\s)?(?:수상작|수상\s?논문|수상한\s?논문|상)(?:은|는|으로는)\s"
)  # also the prizes themselves (`상은 구두 부문에서 세 개, 포스터 부문에서 두 개를 받았다`)


_PRIZES_IN_CLAUSE = re.compile(r"(?:,\s?|[가-힣]고\s)상(?:은|는)\s[^.,]{0,30}(?:,\s[^.,]{0,30})?$")


# entries selected in a contest (`입선작으로 뽑힌 논문 260편`, `입선 논문 30편`): a contest's, not a conference's papers
_SELECTED_ENTRIES = re.compile(r"입선(?:작)?(?:으로|에)?\s?(?:[^\s.,]+\s){0,2}?(?:논문\s?)?$")


def counts_prizes(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count counts prizes or prize-winning papers: a sentence handing out prizes to papers,
    papers said to have won after the count or before it, or a prize named right before it."""
    return bool(
        _WINNERS_TOPIC.match(text, s.start)  # `수상작은 … 등 네 편이다`: the prize-winners listed
        # `… 40편을 내놨고, 상은 구두 부문에서 세 개, 포스터 부문에서 두 개를 받았다`: the prizes, in the count's clause
        or _PRIZES_IN_CLAUSE.search(text, max(s.start, cm.start - 70), cm.start)
        or _AWARD_SELECTION.search(text, s.start, s.end)  # `…, 최우수 논문 1편에는 장관상`
        or _AWARDED_AFTER.match(text, cm.end, s.end)  # `이 가운데 4편은 장려상을 받았다`
        or _PRIZE_BEFORE.search(text, max(s.start, cm.start - 30), cm.start)  # `최우수상 2건`
        or _WON_BEFORE.search(text, max(s.start, cm.start - 40), cm.start)  # `… 상을 받은 논문이 한 편씩`
        # `입선작으로 뽑힌 논문 260편`
        or _SELECTED_ENTRIES.search(text, max(s.start, cm.start - 30), cm.start)
    )
