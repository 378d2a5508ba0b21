"""Counts whose owner the text leaves unclear or makes someone else: a list member the gazetteer
does not know, the papers of an organization's own event, counts per person and parts of a pool
no organization owns.

When two readings compete, the linker abstains: a missing count costs less than a wrong one.
"""

from __future__ import annotations

import re

from extract.linking.context import SentenceContext
from extract.linking.cues import (
    CONF_WIDE,
    GENERIC_SUBJECT,
    HEADCOUNT,
    PASSIVE_PAPERS_AFTER,
    SUBSET,
    VENUE,
)
from extract.linking.roles import hosts_event
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact
from extract.linking.venue_cues import PLACE_AFTER
from extract.matcher import EntityMention
from extract.numerals import CountMatch, parse_number

# a name the gazetteer lacks between two counts of a list (`A 논문 2편·B 1편`, `A 30편, B 12편`):
# the second count is that name's, not the organization's before the first
UNNAMED_MEMBER = re.compile(  # also past the first pair's predicate (`A가 8편으로 가장 많았고, B(UII)가 7편`)
    r"\s*(?:의\s*논문)?(?:을|를|이|가|씩)?(?:\s?(?:으로|로)\s(?:가장\s)?(?:많았고|많았으며|최다였고|1위였고))?"
    r"\s*[,·ㆍ/]\s*(?:[가-힣A-Za-z]{1,8}(?:을|를)\s(?:맡은|담당하는|담당한|이끄는)\s)?"  # `검색을 맡은 서치 조직이`
    r"([가-힣A-Za-z][가-힣A-Za-z0-9&]{0,11}"
    r"(?:\s(?:조직|부문|사업부|본부|센터|그룹|팀|랩|연구실|연구소)"  # `검색 조직이 1편`
    r"|(?:\s[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}){1,2}(?=\s?(?:\([A-Za-z0-9&]{2,8}\))?(?:이|가)\s))?)"
    r"\s*(?:\([A-Za-z0-9&]{2,8}\))?\s*(?:은|는|이|가|도|에서는|에서|의|측)?\s*(?:논문\s*)?"
)
# an organization written as a count's slot in such a list (`A 30편`, `A는 논문 2편`, `A(3편)`)
OWNER_SLOT = re.compile(r"['’”\"]?\s*(?:은|는|이|가|도|에서는|에서|의)?\s*\(?\s*(?:논문을?\s*)?")
# words that open a list member without naming an owner: tracks, kinds of paper, times, totals
NOT_A_NAME = re.compile(
    r"\d.*|.*(?:트랙|세션|부문|분야|논문|페이퍼|발표|워크숍|워크샵|포스터|학회|대회|년|월|해|기|회|연구|저자)"
    r"|(?:정규|메인|본회의|구두|오럴|스포트라이트|파인딩스|findings|인더스트리|산업|롱|숏|쇼트|short|long|main|장편|단편|"
    r"데모|demo|튜토리얼|저널|학생|공동|단독|국내|해외|국외|기타|나머지|그\s?외|이\s?외).*"
    r"|본|각각|각|총|모두|합계|등|또|또한|그리고|이어|이번|전체|올|약",
    re.IGNORECASE,
)
# a count per person (`대학원생 55명이 각자 1편씩`, `1인당 평균 2편`): no organization's total
PER_HEAD = re.compile(r"(?:각자|(?:1인|한\s?명|인|명)\s?당)\s*(?:평균\s*)?$")
# a count inside the description of an event the organization holds (`논문 70편을 발표하는 'A
# 리트릿'을 개최했다`, `… 발표하는 행사 개최`): the event's programme, not papers it had accepted
HOSTED_EVENT_AFTER = re.compile(
    r"^[^.]{0,30}?(?:하는|한|할)\s+(?:['‘\"“][^'’\"”.]{1,30}['’\"”]\s*(?:행사)?|"
    r"(?:[^\s.]+\s+){0,2}?(?:행사|세미나|워크숍|워크샵|포럼|심포지엄|리트릿|학술대회|축제|발표회|교류회|설명회))"
    r"\s*(?:을|를)?\s*(?:[^\s.]+\s+){0,3}?(?:개최|열었|열어|열고|연다|마련)"
)


def is_unnamed_members(s: Sentence, text: str, cm: CountMatch, counts: list[CountMatch]) -> bool:
    """`A 논문 2편·B 1편`, `A 30편, B 12편, C 9편` with B and C names no gazetteer lists: a list of (owner, count)
    pairs, as its first pair shows, so the later counts are B's and C's, not A's. A list of kinds (`정규 논문 14개,
    워크숍 논문 3개`) opens with a word that is no organization."""
    prev = [c for c in counts if c.end <= cm.start]
    if not prev or not _unnamed_before(s, text, prev[-1].end, cm.start):
        return False
    k = len(prev) - 1
    while k > 0 and _unnamed_before(s, text, prev[k - 1].end, prev[k].start):
        k -= 1  # `… B(UII)가 7편, C가 6편`: back to the pair whose owner is named
    first = prev[k]
    return any(  # also a unit named after its organization (`A의 … 조직 'A 미잉'이 8편으로`)
        e.kind == "org"
        and e.end <= first.start
        and (
            OWNER_SLOT.fullmatch(text, e.end, first.start)
            or _NAMED_UNIT_SLOT.fullmatch(text, e.end, first.start)
        )
        for e in s.entities
    )


def _unnamed_before(s: Sentence, text: str, gap_start: int, end: int) -> bool:
    """Whether a name no gazetteer lists stands between a count and the next one, as the next one's owner."""
    member = UNNAMED_MEMBER.fullmatch(text, gap_start, end)
    if member is None or NOT_A_NAME.fullmatch(member.group(1)):
        return False
    return not any(gap_start <= e.start and e.end <= end for e in s.entities)


_NAMED_UNIT_SLOT = re.compile(r"\s?[가-힣A-Za-z]{1,8}['’”\"]?\s?(?:은|는|이|가)\s")


def event_hosts(doc: Doc) -> set[str]:
    """Organizations the article names as hosts of their own event (`'제4회 A 학술대회'를 열었다`, `A는 …
    '…심포지엄 2017'을 연다`)."""
    hosts = set()
    for s in doc.sentences:
        text = doc.fields[s.field]
        for e in s.entities:
            if e.kind == "org" and (hosts_event(text, e.end, s.end) or _holds_an_event(text, e.end, s.end)):
                hosts.add(e.id)
    return hosts


# the organization as the subject holding an event (`A는 오는 29일 … 'A AI 심포지엄 2017'을 연다`)
_HOLDS_AN_EVENT = re.compile(
    r"(?:은|는|이|가)\s[^.]{0,60}?(?:심포지엄|포럼|학술대회|콘퍼런스|컨퍼런스|세미나|워크숍)"
    r"(?:\s?(?:19|20)\d{2})?['’\"”]?(?:을|를)\s(?:[가-힣]+\s)?"
)


def _holds_an_event(text: str, end: int, limit: int) -> bool:
    m = _HOLDS_AN_EVENT.match(text, end, limit)
    return m is not None and _HELD.match(text, m.end(), limit) is not None


def is_event_count(doc: Doc, s: Sentence, text: str, org: EntityMention) -> bool:
    """In an article that names no conference but an organization's own event, a count of that
    organization in a sentence about an event or its submissions (`A는 … 약 500건의 논문이 접수됐다고
    설명했다`), or carried to a sentence that does not name it (`이날 우수 논문 135편이 발표됐다`), is
    the event's: papers the host received, not papers it wrote."""
    host = next((h for h in doc.lineage(org.id) if h in doc.event_hosts), None)  # also a host's unit
    if host is None or (doc.has_conf and not _own_event_is_the_topic(doc, host)):
        return False
    # `A의 논문 한 편은 지난달 열린 ICML에 실렸다`: papers at a conference the sentence names
    if any(e.kind == "conf" and PLACE_AFTER.match(text, e.end, s.end) for e in s.entities):
        return False
    return not s.holds(org) or bool(
        VENUE.search(text, s.start, s.end)
        or CONF_WIDE.search(text, s.start, s.end)
        or _THIS_EVENT.search(text, s.start, s.end)
    )


def _own_event_is_the_topic(doc: Doc, host: str) -> bool:
    """Whether the body opens on the organization holding its own event (`A는 '제10회 A 학술대회'를 열었다`):
    conferences the article names later are compared with it."""
    first = next((s for s in doc.sentences if s.field == "text" and not s.headline), None)
    text = doc.fields.get("text", "")
    if first is None or not _HELD.search(text, first.start, first.end):
        return False
    return any(
        e.id == host and (hosts_event(text, e.end, first.end) or _holds_an_event(text, e.end, first.end))
        for e in first.entities
    )


_HELD = re.compile(r"열었|개최(?:했|한다|하고|합니다)|열린다|연다(?![가-힣])|연다고|엽니다|열기로")
_THIS_EVENT = re.compile(r"(?:이번|이|해당)\s?(?:행사|심포지엄|포럼|세미나)")


# an award as the sentence's topic: its count is of prizes given (`최우수 논문상은 … 3편에만`)
# the papers an award or a session is given to (`3편에만 주어지는`, `3편의 논문에게 수여되는`)
_SLOTS_GIVEN_AFTER = re.compile(
    r"\s?(?:의\s?(?:논문|연구))?\s?(?:에|에게)(?:만)?\s?(?:주어지|주어진|수여되|수여된|수여하|돌아가|돌아간)"
)
_AWARD_TOPIC = re.compile(  # also the papers an award picks as the topic (`최우수 논문은 단 2편`)
    r"(?:논문상|best\s?paper(?:\s?award)?|베스트\s?페이퍼|(?<![가-힣])최?우수\s?논문)\s*(?:은|는|이|가)(?![가-힣])",
    re.I,
)
# a count that is a pool an organization is then named a member of (`4개 논문 가운데 A는`)
_POOL_THEN_MEMBER = re.compile(
    r"\s?(?:의\s?)?(?:논문|연구\s?논문|발표\s?논문)?\s?(?:가운데|중에서|중에|중)\s*(?:에서\s*)?"
)


# papers listed with `등`, an organization in the genitive of the last one only (`이 A 논문과 B의 C 연구 등 2편`)
_GENITIVE_OF_ONE_LISTED = re.compile(r"\s*의\s[^.,]{1,40}?\s등\s*$")
_PAPER_THEN_AND = re.compile(r"(?:논문|연구|페이퍼)\s?(?:과|와|및|,)\s*(?:[^\s.,]+\s){0,1}[^\s.,]+\s?$")


def is_not_owned(
    text: str,
    s: Sentence,
    cm: CountMatch,
    anchor: int,
    org_near: bool,
    facts: list[Fact],
    org_before: bool = False,
) -> bool:
    """Counts no organization owns although one may be in sight: a count per person (`대학원생
    55명이 … 각자 1편씩`, `1인당 2편`), the programme of an event being held (`논문 70편을 발표하는
    'A 리트릿'을 개최했다`), an award's slots with no organization before (`최우수 논문상은 …
    3편`), the papers an award is given to (`3편에 주어지는 상`), a pool an organization is then
    named one of when none is written before it (`선정된 4편 가운데 A는`), and, with no organization
    written in the sentence (`org_near`), a part of a pool no fact counted (`전체 1574편의 논문 중 상위
    4편`), or a count of papers listed whose last one only is the organization's (`이 DAN 논문과 A의 …
    연구 등 2편`)."""
    rest = text[cm.end : s.end]
    if PER_HEAD.search(text, anchor, cm.start):
        return True
    if re.match(r"\s?씩", rest) and HEADCOUNT.search(text, anchor, cm.start):
        return True
    if HOSTED_EVENT_AFTER.match(rest):
        return True
    if _SLOTS_GIVEN_AFTER.match(rest):
        return True  # `단 3편의 논문에 주어지는 최우수 논문상`: what an award is given to, whoever is named
    if not org_before and _AWARD_TOPIC.search(text, s.start, cm.start):
        return True  # `최우수 논문상은 전체 논문 중 약 3편인 상위 0.5%만 받았다`: the award's slots
    if (
        org_before
        and _GENITIVE_OF_ONE_LISTED.match(text, anchor, cm.start)
        and _PAPER_THEN_AND.search(text, max(s.start, anchor - 30), anchor)
    ):
        return True  # `이 DAN 논문과 A의 자세 인식 연구 등 2편은`: A owns one of the papers listed, not the count
    member = _POOL_THEN_MEMBER.match(rest)
    if member is not None and not org_before:
        at = cm.end + member.end()
        if any(e.kind == "org" and e.start == at for e in s.entities):
            return True  # `선정된 4편 가운데 A는 가장 먼저 발표한다`: A is one of the four
    pool = SUBSET.search(text[max(s.start, cm.start - 40) : cm.start])
    if pool is None or not pool.group(1) or org_near:
        return False
    return not any(f.cm.count == parse_number(pool.group(1)) for f in facts)


def exceeds_its_whole(fact: Fact, facts: list[Fact]) -> bool:
    """A part (oral, spotlight, award, `이 가운데`) larger than the whole it would be part of: every
    count the organization has for the same conferences and year (`A는 9편이 채택됐다. 구두 발표
    논문은 전체 120편`): the conference's oral papers, not the organization's. Its largest count is
    the whole, not its last (`정규 논문 5편과 워크숍 논문 1편 … 2편이 구두 발표`)."""
    if fact.scope != "subset" or fact.breakdown_of is not None:
        return False
    part = fact.cm.count if fact.cm.count is not None else fact.cm.count_min
    wholes = [
        f
        for f in facts
        if f.org_id == fact.org_id
        and f.conf_ids == fact.conf_ids
        and f.year == fact.year
        and f.scope != "subset"
        and f.cm.count is not None
    ]
    largest = max((f.cm.count for f in wholes if f.cm.count is not None), default=None)
    return part is not None and largest is not None and part > largest


def generic_subject(text: str, anchor: int, end: int, after_org: bool) -> bool:
    """An indefinite subject before a count (`한 기업이 10편 이상을 내는 경우는 드물다`), not one set right after an
    organization's name as its emphasis (`구글 한 회사가 544편`)."""
    found = GENERIC_SUBJECT.search(text, anchor, end)
    return found is not None and not (after_org and found.start() - anchor <= 1)


# the papers of the event as the topic (`구두 발표까지 가는 논문은`)
_PAPERS_TOPIC = re.compile(r"(?:논문|연구|발표|세션)\s?(?:수)?(?:은|는)\s")


def statistics_go_on(ctx: SentenceContext, cm: CountMatch) -> bool:
    """In a paragraph of the conference's statistics, whether the count goes on with them: its papers as the topic
    (`… 논문은 104편`), a passive with no owner, or kinds listed with their counts and no organization (`발표 논문 151편,
    미니 오럴 207편, 포스터 1828편이었다`)."""
    text, s = ctx.text, ctx.s
    return bool(
        _PAPERS_TOPIC.search(text, s.start, cm.start)
        or PASSIVE_PAPERS_AFTER.match(text, cm.end, s.end)
        or (len(ctx.counts) >= 2 and not any(e.kind == "org" for e in s.entities))
    )
