"""Counts the text does not state as papers someone had: a hypothetical (`채택된다면 20편이 된다`,
`10편 이상 채택되면 역대 최다`) and the remainder of a count that no organization is named for
(`나머지 5편은 해외 연구소에서 나왔다`), a share of each of a list of topics (`A, B, C 기술이 각각 한 편씩`),
and one of a kind set against another as units (`포스터 한 건이
논문 한 편과 같은 무게는 아니다`).

When two readings compete, the linker abstains: a missing count costs less than a wrong one.
"""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.linking.state import Fact, State
from extract.linking.venue_cues import THIS_TIMES_COUNT
from extract.numerals import CountMatch

# a condition on an outcome: `채택되면`, `채택된다면`, `통과하면`, `결과가 나오면`, `붙는다면`, `선정될 경우`,
# `만약`; not the reading verbs of a breakdown or a total (`따르면`, `보면`, `합치면`, `포함하면`)
CONDITION = re.compile(  # not `채택되면서` ("as it was accepted")
    r"만약|만일|"
    r"(?:채택|통과|선정|게재|수락|승인|확정)(?:이\s*)?(?:되면(?!서)|돼면(?!서)|된다면|될\s*경우|되는\s*경우|하면(?!서)|한다면)|"
    r"(?:나오|붙으|이뤄지|이루어지)면(?!서)|나온다면|붙는다면|이뤄진다면|이루어진다면|"
    r"(?:넘으면(?!서)|넘는다면|넘길\s*경우|넘을\s*경우)"
)
# a clause that ends before the condition: the count is told as done (`9편을 발표했고, 채택되면 …`)
_CLAUSE_END = re.compile(r"(?:었|았|였|했|됐|냈)(?:고|으며|는데|지만|다)|(?:하|되)(?:며|고)\s|[,.]")
# what a count after a condition is said to become: not a past fact (`… 20편이 된다`, `50편을 넘길 것`)
_PAST_AFTER = re.compile(r"^[^.]{0,30}?(?:었|았|였|했|됐|냈)다")
# the last word of a clause modifying a conference (`A가 최고 후원사로 참여한 ICASSP에는`, `나선`, `열리는`)
_MODIFIES_VENUE = re.compile(r"([가-힣])\s+$")
# a plural anaphor as the count's owner (`이들이 쓴 논문은 모두 15편`): people or several organizations
_THEY = re.compile(
    r"(?<![가-힣])이들(?:이|은|는|의|도)(?![가-힣])"
)  # not `이들 학회에서` (these conferences)
# the remainder of a count (`나머지 5편`, `나머지 기관이 5편`), unless an organization is named for it
_REMAINDER = re.compile(
    r"(?:나머지|남은)\s*(?:[가-힣]{1,8}\s*)?(?:은|는|이|가|도|의|에서)?\s*$"
    r"|(?:나머지|남은\s?(?:논문|연구))\s?(?:은|는)\s[^.,\d]{0,50}?(?:에|으로|로)\s?(?:각각|각)?\s*$"  # `나머지는 A와 B에 한 편씩`
)


# a count said of, not stated: a rumour or a wish (`20편을 넘겼다는 얘기도 돌았다`, `10편을 넘기고 싶다는 욕심`)
_HEARSAY_AFTER = re.compile(
    r"[^.,]{0,20}?(?:다는|라는)\s?(?:얘기|이야기|소문|관측|말(?:이|도|은)|욕심|목표|바람|기대|예상|추측)"
)


def is_hypothetical(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count is a condition's or what a condition would give: `10편 이상 채택되면 역대 최다`,
    `재심사 논문까지 채택된다면 20편이 된다`, `결과가 예상대로 나오면 50편을 넘길 것으로`; or a rumour or
    a wish about it (`20편을 넘겼다는 얘기`, `10편을 넘기고 싶다는 욕심`)."""
    if _HEARSAY_AFTER.match(text, cm.end, s.end):
        return True
    for m in CONDITION.finditer(text, s.start, s.end):
        if m.start() >= cm.end:  # the count in the condition itself
            between = text[cm.end : m.start()]
            if len(between) <= 25 and not _CLAUSE_END.search(between):
                return True
        elif m.end() <= cm.start:  # the count in what the condition would give
            between = text[m.end() : cm.start]
            if "." not in between and not _PAST_AFTER.match(text, cm.end, s.end):
                return True
    return False


# a correction notice (`'8편'이라고 적었으나 … 7편이 맞기에 바로잡습니다`): it retracts a wrong count and restates
# the right one, which the corrected article states again
_CORRECTION = re.compile(
    r"바로\s?잡(?:습니다|았습니다|는다|았다)|정정(?:합니다|했습니다|한다|했다|\s?보도)|[\[<【(]\s?정정"
    r"|(?:이?라고|으로)\s?(?:잘못\s?)?(?:적었|썼|표기했|기재했|보도했|전했)(?:으나|지만|는데)"
    r"|잘못\s?(?:표기|기재|적었|보도)"
)


def is_in_a_correction(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count is in a correction notice's sentence: a retracted count or one restated."""
    return _CORRECTION.search(text, s.start, s.end) is not None


# other organizations not named, as the count's subject (`A와 B가 각각 6편씩, 그 밖의 기관이 2편`)
_OTHERS_BEFORE = re.compile(
    r"(?:그\s?밖의|그\s?외의?|이\s?밖의|기타|여타|다른)\s?(?:[가-힣]{1,6}\s)?(?:기관|대학|기업|회사|곳|연구소|업체|팀)들?"
    r"(?:이|가|은|는|도|에서)?\s*(?:모두|총|합쳐)?\s*$"
)


def _clause_start(text: str, s: Sentence, cm: CountMatch) -> int:
    """Where the count's clause starts: after the last comma before it, else at the sentence's start."""
    return max(s.start, text.rfind(",", s.start, cm.start) + 1)


def is_others_count(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether the count's clause gives it to organizations it does not name (`그 밖의 기관이 2편`): no one's, not
    the last listed member's."""
    return _OTHERS_BEFORE.search(text, _clause_start(text, s, cm), cm.start) is not None


def is_remainder(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count is the rest of a whole with no organization named for it in its clause (`나머지
    5편은 해외 연구소에서 나왔다`): not the last listed member's; `A와 B 등 나머지 학과가 5편` keeps its owners."""
    clause_start = _clause_start(text, s, cm)
    m = _REMAINDER.search(text, clause_start, cm.start)
    if m is None:
        return False
    return not any(e.kind == "org" and clause_start <= e.start < cm.start for e in s.entities)


def is_modified_venue_total(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a large count is the conference's own, its only organizations being inside a clause
    that modifies the conference (`삼성전자가 후원사로 참여한 ICASSP 2025에는 논문 3000편이 발표됐다`)."""
    if (cm.count or 0) < 300:
        return False
    confs = [e for e in s.entities if e.kind == "conf" and e.end <= cm.start]
    orgs = [e for e in s.entities if e.kind == "org" and e.end <= cm.start]
    if not confs or not orgs or any(o.start > confs[-1].start for o in orgs):
        return False
    m = _MODIFIES_VENUE.search(text, max(s.start, confs[-1].start - 12), confs[-1].start)
    return m is not None and _adnominal(m.group(1))


def _adnominal(syllable: str) -> bool:
    """Whether a syllable can end an adnominal verb form: `는`, `던`, or one whose final is ㄴ (`한`, `나선`)."""
    return syllable in "는던" or (ord(syllable) - 0xAC00) % 28 == 4


def is_theirs(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether the count's owner is `이들` with no organization named after it and no `각각` to pair
    it (`연구자 20명을 초청했다. 이들이 쓴 논문은 모두 15편`): not the subject carried from before."""
    they = [m for m in _THEY.finditer(text, s.start, cm.start)]
    if not they or re.search(r"각각|각자", text[s.start : s.end]):
        return False
    return not any(e.kind == "org" and they[-1].start() <= e.start < cm.start for e in s.entities)


# one item weighed against another as a unit: `초록 한 편은 논문 한 편과 같지 않다`, `1건이 1편과 다르다`
_UNIT_AGAINST = re.compile(
    r"(?:한|1)\s?(?:편|건|개)(?:은|는|이|가|도)?\s[^.\n]{0,24}?(?:한|1)\s?(?:편|건|개)(?:과|와|하고|이랑)"
    r"\s?(?:같|다르|다른|달라|맞먹|비슷|동일|견줄)"
)


# a rule of counting: a condition, then a present-tense outcome (`공저 기관이 여럿이면 논문 한 편이
# 여러 기관에 중복 집계된다`)
_RULE_CONDITION = re.compile(r"[가-힣]+(?:이면|으면|라면|이라면|하면|되면)\s")
_RULE_OUTCOME = re.compile(r"(?:된다|한다|진다|잡힌다|센다|친다)\.?\s*$")
# a method of counting the sentence describes (`논문 한 편을 저자 소속별로 나눠 더하는 방식이다`)
_METHOD_OUTCOME = re.compile(
    r"(?:방식|방법|셈법|계산법|산정법|집계법|원칙)(?:이다|이었다|이며|이고|이어서|이라|으로\s?(?:계산|산출|집계))"
)


# any one paper spoken of (`한 편 뒤에는 …`, `한 편마다`, `한 편당`, `한 편이 나오기까지`)
_EVERY_ONE_AFTER = re.compile(r"\s?(?:뒤에는|뒤엔|마다|당(?![가-힣])|이\s?나오기까지|을\s?쓰기까지)")
# a count a person wrote, with the person's organization in the genitive (`12편을 낸 UC버클리의 A 교수로`)
_PERSONS_AFTER = re.compile(
    r"\s?(?:의\s?논문)?(?:을|를)\s(?:낸|발표한|올린|실은|쓴)\s(?:[^\s,.]+의\s)?(?:[가-힣A-Za-z]+\s){1,3}?"
    r"(?:교수|박사|연구원|연구자|박사과정생|학생)(?:로|가|이|는|은|다|였|와|과)"
)


def is_a_persons_count(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether the count is a person's (`1위는 12편을 낸 UC버클리의 A 교수로`): a person's papers, not the
    organization named in the person's genitive nor the subject carried from before."""
    return _PERSONS_AFTER.match(text, cm.end, s.end) is not None


# a count weighed in general against one of something (`구두 발표 한 번이 포스터 열 편보다 더 깊은 자국을`)
_WEIGHED_AGAINST_ONE = re.compile(r"(?:한\s?(?:번|편|건|개)|하나)(?:이|가|은|는)\s[^.,]{0,20}$")
_THE_NUMBER_AFTER = re.compile(r"\s?(?:이)?라는\s?(?:숫자|수치|기록|성적표?)(?:가|는|도|에|를|만)")
_THAN_AFTER = re.compile(r"\s?(?:의\s[가-힣]+)?보다\s?(?:더|훨씬)?")


def is_unit_comparison(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count is weighed in general (`구두 발표 한 번이 포스터 열 편보다`) or talked about as a number
    (`100편이라는 숫자가`), or a count of one is a unit weighed against another (`초록 한 편은 논문 한 편과 같지
    않다`), the unit of a rule of counting (`공저 기관이 여럿이면 논문 한 편이 … 중복 집계된다`) or of a
    method (`논문 한 편을 소속별로 나눠 더하는 방식이다`): a statement about papers in general."""
    if _THAN_AFTER.match(text, cm.end) and _WEIGHED_AGAINST_ONE.search(text, s.start, cm.start):
        return True  # `… 한 번이 포스터 열 편보다`: a weight in general, no count
    if _THE_NUMBER_AFTER.match(text, cm.end):
        return (
            True  # `100편이라는 숫자가 박수를 받으려면`: the number itself talked about, no count of its own
        )
    if cm.count != 1:
        return False
    if _RULE_CONDITION.search(text, s.start, cm.start) and _RULE_OUTCOME.search(text, cm.end, s.end):
        return True
    if _METHOD_OUTCOME.search(text, cm.end, s.end):
        return True  # the unit of a method of counting, not a count
    if _EVERY_ONE_AFTER.match(text, cm.end):
        return True  # `논문 한 편 뒤에는 1년 가까운 실험이 있다`, `한 편마다`: any one paper
    return any(m.start() <= cm.start < m.end() for m in _UNIT_AGAINST.finditer(text, s.start, s.end))


# a list of things with 각각 before a count (`A 기술, B 기술, C 기술이 각각 한 편씩이다`)
_EACH_OF_A_LIST = re.compile(r"[^\s,.]+\s?(?:,|·|ㆍ)\s?[^.]{1,60}?(?:이|가|은|는|도|에|에서|로)?\s?각각?\s?$")
_A_YEAR = re.compile(r"(?:19|20)\d{2}\s?년|올해|지난해|작년|전년")


def is_each_of_unnamed_things(text: str, s: Sentence, cm: CountMatch) -> bool:
    """`플렉시블 OLED, 대형 TV, 투명 기술이 각각 한 편씩이다`: a count each of a list that names no
    organization, conference, country or year is each topic's share, no one's papers."""
    if "각" not in text[max(s.start, cm.start - 4) : cm.start]:
        return False  # most counts: no `각` right before them
    if not _EACH_OF_A_LIST.search(text, s.start, cm.start) or _A_YEAR.search(text, s.start, cm.start):
        return False
    return not any(e.end <= cm.start for e in s.entities)


def restates_an_unowned_count(
    state: State, pending: list[Fact], text: str, s: Sentence, cm: CountMatch
) -> bool:
    """Whether a count restated as this one (`이번 일곱 편이`) is one the article gave no organization
    before (a person's, the conference's) and no fact has: still no organization's."""
    if cm.count is None or cm.count not in state.unowned_counts:
        return False
    if THIS_TIMES_COUNT.search(text, max(s.start, cm.start - 16), cm.start) is None:
        return False
    return not any(f.cm.count == cm.count for f in [*state.facts, *pending])
