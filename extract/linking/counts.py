"""Which numbers are paper counts, and which paper counts belong to no organization (aggregates)."""

from __future__ import annotations

import re

from extract.linking.cues import (
    ANALYSED_OBJECT,
    ANY_ONE_VENUE,
    AVERAGE_BEFORE,
    CITED,
    CLAUSE_BOUNDARY,
    DATA_COUNTED,
    DELTA,
    NOT_PAPER_NOUN,
    PAPER_CONTEXT,
    PAPER_NOUN_AFTER,
    PAPER_WORD,
    PATENT,
    PER_PAPER,
    PERCENT_AFTER,
    PERCENT_BEFORE,
    PRESENTED_NOUN_AFTER,
    REFERENCE_COUNT,
    REJECTED,
    SUBJECT_PARTICLE,
    THRESHOLD_PASSED,
)
from extract.linking.headers import lead_of_list
from extract.linking.journals import journal_between, journal_count_before, journal_in_clause, journal_near
from extract.linking.list_heads import head_counts_other_things
from extract.linking.prizes import counts_prizes
from extract.linking.sentences import Sentence, line_span
from extract.linking.state import Doc
from extract.linking.tables import column_reading
from extract.linking.things import (
    beside_a_paper_count,
    counts_another_noun,
    counts_another_thing,
    introduced_just_before,
    is_level_reached,
    measured_against,
    named_thing_before,
    names_another_thing,
    owner_named_after,
    owner_right_before,
    set_apart_from_papers,
)
from extract.linking.timeline import timeline_lead
from extract.numerals import CountMatch, find_counts

# a trend written before a count (`13편에서 올해 19편으로`), and a count of what was added after it
_TREND_BEFORE = re.compile(r"(?:편|건|개)\s*에서\s*[^.]{0,30}?(?:편|건|개)\s*(?:으로|로)\s*[^.\d]{0,8}$")
# the edition before counted, then this one (`직전 행사에서 6편이 실렸는데 이번에`): what is added after is a difference
_EDITION_BEFORE = re.compile(
    r"(?:직전|지난|이전|앞선|지난해|작년)\s?(?:행사|대회|학회)[^.]{0,24}?\d+\s?(?:편|건|개)(?:(?!\d+\s?(?:편|건|개))[^.]){0,30}?"
    r"이번(?:에는|에|엔)?\s*$"
)
_ADDED_AFTER = re.compile(
    r"\s*(?:을|를|이|가)?\s*(?:더했|더해|더한|늘렸|늘어|늘었|보탰|추가|불었|증가|더\s(?:채택|올리|올렸|올려|발표|실었|실어|냈|내며))"
)

# a shortfall against another count (`… 실적에 다섯 개 모자란다`, `2편 부족했다`, `한 편 못 미쳤다`)
_SHORT_OF_AFTER = re.compile(
    r"\s*(?:이|가)?\s*(?:모자라|모자란|모자랐|부족하|부족했|부족한|못\s?미치|못\s?미쳤|뒤졌|뒤진다)"
)

# papers picked out to present elsewhere (`12편을 골라 블로그에 소개했다`, `5편을 추려 해설했다`)
_PICKED_AFTER = re.compile(
    r"\s*(?:을|를)?\s*(?:골라|골랐|고른다|고르면|고르자면|추려|선별해|간추려|꼽아\s?(?:보|본|봤))"
)

# a difference named right before the count (`A와 B의 차이는 2편`)
_GAP_BEFORE = re.compile(r"(?<![가-힣])(?:차이|격차|차)(?:는|가|도|로)?\s*$")
# submissions named right before the count (`투고 9편`, `제출 논문 13편`, `투고작 20편`; not `제출한 12개 논문이
# 채택됐다`, papers submitted and accepted)
_SUBMITTED_BEFORE = re.compile(r"(?<![가-힣])(?:투고|제출)작?\s?(?:논문|원고)?\s*(?:은|는|이|가|도)?\s*$")

# what a medical meeting counts, written before the count (`포스터를 1건씩 낸다`, `초록은 3건`)
_PRESENTED_BEFORE = re.compile(
    r"(?:포스터|초록|연제|(?:연구|임상|시험)\s?결과)(?:을|를|은|는|이|가|도|만)?\s*$"
)

# a study named right before its count, presented (`연구 1건을 공개한다`, `연구 2건을 발표했다`)
_STUDY_BEFORE = re.compile(r"(?<![가-힣])연구(?:를|을|는|은|도)?\s*$")
_PRESENTING_AFTER = re.compile(r"\s?(?:을|를|이|가|도|씩)?\s?(?:발표|공개|선보|소개)")

# `14편 기업 1위`, `10편 대학 중 1위`: the noun after a count of 편 or 건 is the group the count is
# ranked in, not what is counted (편 and 건 count no companies)
_RANK_IN_GROUP_AFTER = re.compile(
    r"\s*(?:국내\s*|세계\s*|전체\s*)?(?:기업|기관|대학|업체|회사|연구기관|연구소|학교)\s*"
    r"(?:(?:중|가운데|부문)(?:에서)?\s*)?(?:공동\s*)?(?:\d{1,2}위|선두|최다)"
)


# a ratio written as counts (`열 편 가운데 여섯 편꼴`, `세 편 중 한 편 꼴로`): the count before `꼴`, and its pool
_RATIO = re.compile(r"\s?꼴(?!찌)")
_PER_PERIOD_BEFORE = re.compile(
    r"(?:(?<![가-힣])한\s?(?:달|주)(?:에)?|매달|매월|매주|하루(?:에)?)\s?(?:평균\s?)?['‘\"“]?\s*$"
)
_RATIO_POOL = re.compile(r"\s?(?:가운데|중|에)\s(?:\S+\s?)?(?:편|건|개)\s?꼴")  # also `세 편에 한 편꼴`


def _share_of_a_whole(text: str, s: Sentence, cm: CountMatch, after: str) -> bool:
    """Whether a count is a share of a whole (`약 23%인 2342편`, `미국이 1200편(35%)`), not an
    organization's share of its own (`A는 … 10%인 20편`, `A가 541건(19.6%)`)."""
    if PERCENT_BEFORE.search(text[max(s.start, cm.start - 14) : cm.start]) and not _subject_before(
        s, text, cm
    ):
        return True
    return bool(PERCENT_AFTER.match(after)) and not any(
        e.kind == "org" and e.end <= cm.start for e in s.entities
    )


def is_paper_count(
    doc: Doc, text: str, s: Sentence, sent: str, cm: CountMatch, prev_text: str, incl_end: int
) -> bool:
    """Whether a count is a count of papers: not of venues, people, patents, percentages or differences."""
    after = text[cm.end : min(s.end, cm.end + 30)]
    if _DESCRIPTION_AFTER.match(after):
        after = ""  # `▲LAK 두 편: 풀이 시간 데이터를 더한 연구`: what follows describes the papers
    before = _ANOTHER_COUNT.split(text[max(s.start, cm.start - 14) : cm.start])[-1]  # not another count's
    if (
        cm.counter
        and not PAPER_NOUN_AFTER.match(after)
        and NOT_PAPER_NOUN.match(after)
        and not (cm.counter in ("편", "건") and _RANK_IN_GROUP_AFTER.match(after))
    ):
        return False
    if is_level_reached(text, cm):
        return False  # `12건. 처음으로 두 자릿수에 올라섰다`: the level the count before reached
    if cm.counter == "개" and counts_another_noun(after):
        return False  # `5개 LG 주요 계열사`: the noun a few words on is not papers
    column = column_reading(text, cm.start)  # a table header over it: `| 특허 등록 |`, `| 논문 등재 |`
    if column is False or _no_count_of_papers(text, s, cm, before, after) or _listed_change(text, s, cm):
        return False
    if _share_of_a_whole(text, s, cm, after) or _RATIO.match(after) or _RATIO_POOL.match(after):
        return False  # also `열 편 가운데 여섯 편꼴`: a ratio, no count
    if _PER_PERIOD_BEFORE.search(before):
        return False  # `한 달 두 편`, `매달 평균 3편`: a rate, no count
    has_conf = any(e.kind == "conf" for e in s.entities)
    if s.headline:  # a headline's segments share their context
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        sent = text[line_start : line_end if line_end >= 0 else len(text)]
    context = PAPER_CONTEXT.search(sent) or has_conf or column
    if named_thing_before(text, s, cm) or set_apart_from_papers(text, s, cm):
        return False  # `논문 5편과 데모 2건`, `데이터셋 2건을 공개했다`, `논문과는 별개로 시연 3건`
    if _ADDED_AFTER.match(after) and (
        _TREND_BEFORE.search(text, s.start, cm.start) or _EDITION_BEFORE.search(text, s.start, cm.start)
    ):
        return False  # `13편에서 19편으로 여섯 편을 더했다`, `직전 6편 … 이번에 4편을 더했다`: a difference
    if _SHORT_OF_AFTER.match(after):
        return False  # `지난해 실적에 다섯 개 모자란다`, `목표에 2편 못 미쳤다`: a shortfall, no count
    if _PICKED_AFTER.match(after):
        return False  # `이 중 12편을 골라 해설을 공개했다`, `눈길이 가는 논문 두 편을 골랐다`: a selection to show
    if _GAP_BEFORE.search(text, max(s.start, cm.start - 10), cm.start):
        return False  # `A와 B의 차이는 2편이다`: a difference between two counts
    if counts_prizes(text, s, cm):
        return False  # `최우수상 2건`, `이 가운데 4편은 장려상을 받았다`: prizes or award slots, not papers
    if _SUBMITTED_BEFORE.search(text, max(s.start, cm.start - 12), cm.start):
        return False  # `구글이 낸 투고 9편은`, `제출 논문 13편 가운데`: submissions, not papers of the conference
    if journal_in_clause(text, s, cm):
        return False  # `SCI(E)급 저널 논문 14편`, `학술지와 국제 학회에 100편`: journal papers, or mixed with them
    if CITED.search(text, max(s.start, cm.start - 30), cm.start):
        return False  # `인용 수는 벌써 300건`, `인용한 후속 연구는 120건`: citations, not papers
    if (
        (not PAPER_WORD.search(sent) and not has_conf) or beside_a_paper_count(text, s, cm)
    ) and counts_another_thing(s, text, cm):
        return False  # `또 데모 2건과 튜토리얼 1건을 진행했다`, `기조연설 1건과 논문 10건`: what the word before names
    if not _in_paper_context(doc, text, s, cm, prev_text, after, bool(context)):
        return False
    return has_conf or "학회" in sent or incl_end >= 0 or not _of_a_journal(doc, text, s, cm)


def _of_a_journal(doc: Doc, text: str, s: Sentence, cm: CountMatch) -> bool:
    """A journal or a challenge in the count's clause or earlier in its sentence (`저널이 연 경진대회에서 1위에 오르며
    논문 1건을 발표했고`), or a journal's count just before: its papers, not a carried conference's (the caller
    checks that the sentence names no venue)."""
    return (
        journal_near(text, s, cm) or journal_between(text, s.start, cm.start) or journal_count_before(doc, s)
    )


def _in_paper_context(
    doc: Doc, text: str, s: Sentence, cm: CountMatch, prev_text: str, after: str, context: bool
) -> bool:
    """Whether the count stands where papers are written of: for 편, anywhere in an article about
    papers; for 건 and 개, a sentence about papers, or an organization's count in an article about
    conference papers."""
    if cm.counter == "편" or (not cm.counter):
        return bool(context or doc.has_paper_word or doc.has_conf or PAPER_CONTEXT.search(prev_text))
    if PAPER_CONTEXT.search(text, *timeline_lead(text, cm.start)) or measured_against(doc, text, s, cm):
        return True  # `… 논문 수를 해마다 따라가 보면` ⏎ `【2015년】 5건으로`; `알파벳의 7.2%에 그친 59건`
    # `… 논문 추이는 다음과 같다.` ⏎ `▲2016년 3개`; or prose right after such a list (`2017년에는 열두 건으로`)
    lead = lead_of_list(text, s.start if s.headline else line_span(text, max(0, s.start - 1))[0])
    return bool(
        context
        or (lead is not None and PAPER_CONTEXT.search(text, *lead))
        or (PAPER_CONTEXT.search(prev_text) and s.headline is False)
        or (s.headline and doc.has_paper_word and cm.counter == "건")
        or (
            doc.has_paper_word
            and doc.names_venues
            and (
                owner_right_before(text, s, cm)
                or owner_named_after(text, s, cm)
                or introduced_just_before(doc, s, cm)
            )
        )
        or (doc.has_conf and PRESENTED_NOUN_AFTER.match(after))  # `5개 연구결과를 발표한다`
        or (doc.has_conf and _PRESENTED_BEFORE.search(text, max(s.start, cm.start - 10), cm.start))
        or (  # `YH25448에 관한 연구 1건을 공개한다`: a study presented at the meeting
            doc.has_conf
            and _STUDY_BEFORE.search(text, max(s.start, cm.start - 6), cm.start) is not None
            and _PRESENTING_AFTER.match(text, cm.end, s.end) is not None
        )
        or (doc.has_paper_word and doc.names_venues and _part_of_an_earlier_count(text, s, cm))
    )


_PART_LEAD = re.compile(  # also after a whole in words (`여덟 편 중`)
    r"(?:(?:이|그)\s?|(?:\d|[두세네섯곱덟홉열물무른흔쉰순든])\s?(?:편|건|개)\s?)(?:가운데|중)\s*(?:에서)?\s*$|그중\s*$"
)


def _part_of_an_earlier_count(text: str, s: Sentence, cm: CountMatch) -> bool:
    """`A는 13건으로 3위였고, 이 가운데 9건이`: a part of a count just written in the sentence,
    counted in the same unit (편 and 건 are one), is a count of the same things."""
    if not _PART_LEAD.search(text, max(s.start, cm.start - 10), cm.start) and not _WHOLE_THEN_PARTS.search(
        text, s.start, cm.start
    ):  # `9건 가운데 5건은 구연으로, 4건은 포스터로`: the parts of a whole, listed
        return False
    same = {cm.counter} | (_PAPER_COUNTERS if cm.counter in _PAPER_COUNTERS else set())  # `11편 중 한 건은`
    return any(c.counter in same and c.end <= cm.start for c in find_counts(text, s.start, cm.start))


_PAPER_COUNTERS = {"편", "건"}


_WHOLE_THEN_PARTS = re.compile(
    r"\d+\s?(?:편|건|개)\s?(?:가운데|중)\s[^.]{0,30}?\d+\s?(?:편|건|개)[^.\d]{0,30}?,\s*$"
)


def _no_count_of_papers(text: str, s: Sentence, cm: CountMatch, before: str, after: str) -> bool:
    """Whether the words around a count say it counts no papers (a zero, an average, money, patents…)."""
    if cm.count_min is not None and cm.count_min >= 10**4:
        return True  # tens of thousands: images, cases or downloads, never one organization's papers
    if cm.count == 0:
        return True  # `채택 0편`: no papers, not a count of them
    if AVERAGE_BEFORE.search(text, max(s.start, cm.start - 16), cm.start):
        return True  # `최근 5년 평균(7편)`: an average, no edition's count
    if THRESHOLD_PASSED.match(after):
        return True  # `처음으로 10편을 넘긴 12편`: the threshold, not a count
    if ANY_ONE_VENUE.search(text, max(s.start, cm.start - 24), cm.start):
        return True  # `구글은 한 학회에 100편 넘게 낸다`: any one conference, in general
    if "억" in cm.text or "조" in cm.text:
        return True
    if PATENT.search(before) or _PATENT_AFTER.match(after) or head_counts_other_things(text, s, cm):
        return True  # patents, or a later item of a list of them (`특허 출원은 ▲A 30건 ▲B 20건`)
    topic = _PATENT_TOPIC.search(text, s.start, cm.start)
    if topic is not None and not PAPER_WORD.search(text, topic.end(), cm.start):
        return True  # `특허 출원 건수에서는 A가 120건으로 선두였고, B(80건)`: the sentence counts patents
    if names_another_thing(after):
        return True  # `12만1995건의 디지털 유방단층촬영술 영상을`: what the count's noun phrase names
    if _SHARE_OF_WHOLE_AFTER.match(after) and _WHOLE_BEFORE.search(
        text, max(s.start, cm.start - 12), cm.start
    ):
        return True  # `(전체 채택 논문 89편의 6.7%)`: the whole a share is of, the conference's
    # a pool, past a long gloss too (`200편(제1저자 기준, …) 가운데`)
    reference = REFERENCE_COUNT.match(text, cm.end, s.end)
    if reference and _owned_whole(text, s, cm):
        return False  # `A 논문 20편 가운데 16편이`: the whole is A's own count, the part is A's too
    return reference is not None or _NO_PAPERS_AFTER.match(after) is not None


_SHARE_OF_WHOLE_AFTER = re.compile(r"\s?의\s?(?:약\s?)?\d+(?:\.\d+)?\s?%")
_WHOLE_BEFORE = re.compile(r"(?:전체|총)\s?(?:[가-힣]+\s){0,2}")


# a list of changes (`지난해와 비교하면 A는 5편, B는 4편, C는 2편이 늘었다`): every count is a difference
_CHANGE_LEAD = re.compile(
    r"(?:지난\s?해|작년|전년도?|직전\s?대회|지난\s?대회)\s?(?:와|과|에)?\s?(?:비교하면|비교해|견주면|견줘|대비|비해|보다)"
)


def _listed_change(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count is one of a list, after a comparison lead, whose last count is a change."""
    if not _CHANGE_LEAD.search(text, s.start, cm.start):
        return False
    last = find_counts(text, cm.start, s.end)[-1]
    return DELTA.match(text, last.end, s.end) is not None


# an organization's own papers as the whole a part is picked from (`채택된 A 논문 20편 가운데`)
_OWNED_WHOLE = re.compile(r"\s*(?:의\s*)?(?:논문|연구)\s*$")


def _owned_whole(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether an organization's name stands right before the whole's paper word (`A 논문 20편`)."""
    return any(
        e.kind == "org" and e.end <= cm.start and _OWNED_WHOLE.fullmatch(text, e.end, cm.start) is not None
        for e in s.entities
    )


_DESCRIPTION_AFTER = re.compile(r"\s?(?::|[–—])\s")
_ANOTHER_COUNT = re.compile(r"\d\s?(?:편|건|개)")
_PATENT_AFTER = re.compile(r"^\s*(?:의|이|가|은|는|도)?\s*특허")
# any of these at the start of what follows a count (one alternation: one match, not six)
_NO_PAPERS_AFTER = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (REFERENCE_COUNT, DELTA, REJECTED, PER_PAPER, DATA_COUNTED, ANALYSED_OBJECT)
    )
)


# a sentence whose topic is a number of patents (`AI 특허 등록 수는`, `특허 출원 건수에서는`)
_PATENT_TOPIC = re.compile(  # also patents themselves as the topic (`국내에 등록된 AI 관련 특허는`)
    r"(?:특허|출원)[가-힣\s]{0,8}?(?:수|건수|실적)(?:는|은|가|에서는|에서|로는)(?![가-힣])|특허(?:는|은)\s"
    r"|특허\s?(?:등록|출원)(?:은|는|에서는|에서)\s"  # `국내 AI 특허 등록은 A가 217건으로 …, B 112건`
    # patents as the measure the sentence looks at (`AI 특허 등록만 놓고 보면`, `특허 출원 기준으로는`)
    r"|특허(?:\s?(?:등록|출원))?(?:\s?(?:수|건수))?(?:만|으로만|로만)?\s?(?:놓고\s?보면|따지면|보면|기준으로는?)"
)


# what may stand right before a count whose paper context comes only from the paragraph before: a paper or
# result word (`성과(13건)`), a year (`2011년 3건`), a list word (`각각 12건과 19건`), a part of the count
# before (`이 중 두 건은`, `4개 중 2개`), an organization
# (`A가 7건`); another noun (`투자 유치는 3건`, `업무협약 5건`) counts other things
_CONTINUED_BEFORE = re.compile(
    r"(?:논문|연구|성과|실적|기록|편수|건수|초록|발표|결과|각각|모두|무려|합계|도합|(?<![가-힣])(?:수|각|총|약)|"
    r"(?<![가-힣])(?:많은|적은|최다인?|나란히)|"  # `가장 많은 16건`, `한 건 적은 15건`, `나란히 5건씩`
    r"(?<![가-힣])(?:쌓은|기록한|거둔|낸|올린|발표한|실은)|"  # `지난해 1년 동안 쌓은 15건을 넘어섰다`
    r"(?<![가-힣])(?:이|그|같은)\s?(?:부문|분야|지표|순위|기준|항목)(?:으로|로)?|"  # `이 부문에서 525건으로`
    r"(?<![\d.])\d{1,3}\s?위|"  # a rank's count in a ranking about papers (`이 부문 1위는 4305건의 A였고`)
    r"(?:제외|빼|포함|합치|합쳐|더)(?:하고|고|해|하면|면|해도|도)?도?|"  # `기조연설을 제외하고도 20건으로`
    r"(?:19|20)\d{2}\s?년도?|올해|지난\s?해|작년|재작년|전년도?|\d+\s?(?:편|건|개)|"
    r"\d{1,2}\s?월\s?말?\s?(?:까지|현재)|[상하]반기(?:에만|에는|에|까지|만)?|\d\s?분기(?:에만|에|까지|만)?|"  # `8월까지 16건`
    r"(?:(?<![가-힣])(?:이|그)\s?|\d+\s?(?:편|건|개)\s*)(?:중|가운데)(?:에서)?)"
    r"\s*(?:은|는|이|가|도|을|를|의|에는|엔|에|과|와|에서)?\s*\(?\s*$"
)

# a part written in the parenthesis after the count it breaks down (`5건(인공지능 대학원 2건)`)
_PART_IN_PARENS = re.compile(r"\d\s?(?:편|건|개)\s*\([^()\d]{1,14}$")


def continues_papers(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count can take its paper context from the paragraph before: written right after a
    paper, result, year or list word, or an organization, not after another noun."""
    before = text[max(s.start, cm.start - 16) : cm.start]
    if not text[s.start : cm.start].strip(" ('\"‘“"):
        return True  # `20건으로 1위였다.`: the count opens the sentence, its subject left out
    return bool(_CONTINUED_BEFORE.search(before) or _PART_IN_PARENS.search(before)) or any(
        e.kind == "org" and 0 <= cm.start - e.end <= 4 for e in s.entities
    )


def _subject_before(s: Sentence, text: str, cm: CountMatch) -> bool:
    """An organization written as the subject of the count's clause (`A는 … 10%인 20편`)."""
    return any(
        e.kind == "org"
        and e.end <= cm.start
        and SUBJECT_PARTICLE.match(text, e.end)
        and not CLAUSE_BOUNDARY.search(text, e.end, cm.start)
        for e in s.entities
    )
