"""Year words: `올해`, `전년도`, `2021년`, `직전 대회`, and the previous-year and same-period words."""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact
from extract.numerals import CountMatch, find_counts

YEAR_WORD = re.compile(
    r"(?<![가-힣0-9])(올해|올(?=\s)|금년|지난\s?해|지난\s?한\s?해|(?:지난|직전|이전|지난번|앞선)\s?(?:행사|학회|대회)|작년|재작년|전년도?|그\s?전\s?해|한\s?해\s?전|내년|이듬해|"
    r"같은\s?해|같은\s?(?:기간|시기)|동기간|그\s?해|((?:19|20)\d{2})\s?년|"
    r"지난\s?달|지난\s?1?\d\s?월|다음\s?달|내달|오는\s?1?\d\s?월|[1-9]\s?년\s?전)"
    r"(?=[^가-힣]|에|엔|는|도|의|부터|까지|만|보다|과|와|를|을|이|동안|기준|실적|대비|치|한|들어|로)"
)
THEN = re.compile(r"(?<![가-힣])당시(?![가-힣])")  # `A는 당시 21편`: the edition just referred to
PREVIOUS_YEAR = ("전년", "전년도", "그전해", "한해전")
# the edition before the conference's own: 지난/직전/이전/지난번/앞선 + 행사/학회/대회
PREVIOUS_EDITION = tuple(
    a + b for a in ("지난", "직전", "이전", "지난번", "앞선") for b in ("행사", "학회", "대회")
)
SAME_PERIOD = ("같은해", "같은기간", "같은시기", "동기간", "그해")
# an edition dated by its year as the topic of its sentence (`2014년 대회에는 206편이 뽑혔다`, `… 2020년
# 대회다`), not in passing (`2023년 행사에 이어`)
DATED_EDITION = re.compile(
    r"(?<![0-9])((?:19|20)\d{2})\s?년\s?(?:대회|학회|행사|학술대회|심포지엄)"
    r"(?=에는|에서는|에선|엔|는|은|에서(?:만|도)?(?![가-힣])|에도|다(?![가-힣])|의\s?경우|을\s?보면|\s?당시)"
)
# a sentence that looks back at an earlier edition to compare (`2022년 대회에서 29편이었던 것을 감안하면`):
# its year is no edition the sentences after go on with
_LOOKING_BACK = re.compile(
    r"(?:였던|었던|던)\s?(?:것|때|데|점)|감안하면|비하면|비해|견주면|적이\s?(?:있|없)|바\s?있"
)
_THIS_YEAR = re.compile(r"올해|금년")
_OTHER_YEAR_AFTER = re.compile(r"(?<![0-9])(?:19|20)\d{2}\s?년")
# the dated edition's record as the base of a comparison (`2024년 대회에서 세운 최다 기록(49편)보다는 세 편 적다`)
_RECORD_COMPARED = re.compile(
    r"[^.]{0,30}?(?:기록|실적|성적|편수|건수)\s?(?:\([^()]{0,12}\))?\s?(?:보다|에\s?비해|대비|[과와]\s?비교)"
)


def edition_dated(text: str, start: int, end: int) -> int | None:
    """The year of the edition a sentence is about (`2014년 대회에는 206편이 뽑혔다`), which the sentences
    after go on with; None for one it looks back at (`… 것을 감안하면`, `2024년 대회의 기록(49편)보다는`)
    or leaves (`… 올해는`, `… 2014년에도`)."""
    dated = DATED_EDITION.search(text, start, end)
    if (
        dated is None
        or _LOOKING_BACK.search(text, start, end)
        or _THIS_YEAR.search(text, dated.end(), end)
        or _OTHER_YEAR_AFTER.search(text, dated.end(), end)
        or _RECORD_COMPARED.match(text, dated.end(), end)
    ):
        return None
    return int(dated.group(1))


# a cleft sentence that dates what the next sentences tell (`흐름이 바뀐 것은 지난해다`, `시작은 2019년이었다`)
PERIOD_CLEFT = re.compile(
    r"(?:것은|것이|때는|때가|시점은|시작은|계기는|변곡점은|전환점은|분기점은)\s(?:바로\s)?(올해|지난\s?해|작년|((?:19|20)\d{2})\s?년)"
    r"(?:부터)?(?:이다|다|였다|이었다)\.?['\"”’]?\s*$"
)


# a sentence that sets the scene in a year before telling it (`지난해만 해도 분위기는 달랐다. 당시 …`)
PERIOD_TOPIC = re.compile(  # also `1년 전만 해도`
    r"['\"‘“]?(올해|지난\s?해|작년|((?:19|20)\d{2})\s?년|([1-9])\s?년\s?전)(?:만\s?(?:해도|하더라도)|에는|엔)(?![가-힣])"
)  # also a sentence opening with the year as its topic (`지난해엔 교육 학회가 중심이었다`)


# a tally of one year the article reports (`2021년 집계에 따르면`, `지난해 통계를 보면`, `올해 기준으로`, `2021년
# 발표 논문을 … 분석한 결과`):
# counts over unnamed venues it gives later without a year of their own are of that year
TALLY_PERIOD = re.compile(
    r"(?<![가-힣0-9])(올해|지난\s?해|작년|((?:19|20)\d{2})\s?년)(?:\s?\([^()]{0,10}\))?\s?(?:한\s?해\s?)?(?:연간\s?)?"
    r"(?:(?:집계|통계|조사|분석|순위|랭킹|기준)"
    r"(?=\s?(?:에\s?따르면|결과|를\s?보면|을\s?보면|로는|으로는|으로|로|에서는|상|자료))"
    # or the year's papers a study analysed (`2021년 발표 논문을 국가·기관별로 분석한 결과`), also past where they
    # appeared (`지난해(2021년) 세계 11개 AI 학회에 실린 논문을 … 집계한 결과`)
    r"|(?:[^\s.]+\s){0,6}?(?:발표|채택|게재)?\s?(?:된\s|실린\s)?논문(?:을|를)\s(?:\S+\s){0,3}?(?:분석|집계|조사)(?:한|해)\s?"
    r"(?:결과|자료|보고서)"
    r"|(?:발표|채택|게재)?\s?논문\s?수\s?기준)"  # `■ 기관별 순위(지난해 발표 논문 수 기준)`
)


def tally_period(text: str, start: int, end: int, pub_year: int | None) -> int | None:
    """The calendar year of a tally the sentence cites (`2021년 집계에 따르면`), else None."""
    tallies = list(TALLY_PERIOD.finditer(text, start, end))
    if not tallies:
        return None
    m = tallies[-1]  # the last one: `2023년 연례보고서에 따르면 2021년 기준`
    if m.group(2):
        return int(m.group(2))
    if pub_year is None:
        return None
    return pub_year if m.group(1) == "올해" else pub_year - 1


# a section's heading line opening with its year (`▲ 3년 전, 홍콩 EMNLP-IJCNLP`, `■ 2019년: 첫 진출`, `■ 2020년`)
PERIOD_HEADING = re.compile(
    r"\s*[▲■◆●□◇▷▶]\s*(올해|지난\s?해|작년|((?:19|20)\d{2})\s?년|([1-9])\s?년\s?전)\s?(?:[,:·]|\s*$)"
)


def cleft_period(text: str, start: int, end: int, pub_year: int | None) -> int | None:
    """The calendar year a cleft sentence dates (`… 것은 지난해다`), or a sentence (or a section's heading
    line) without a count opens with (`지난해만 해도 분위기는 달랐다`, `▲ 3년 전, 홍콩 EMNLP`), else None."""
    m = PERIOD_CLEFT.search(text, start, end)
    if m is None:
        topic = PERIOD_TOPIC.match(text, start, end) or PERIOD_HEADING.match(text, start, end)
        m = None if topic is None or find_counts(text, start, end) else topic
    if m is None:
        return None
    if m.group(2):
        return int(m.group(2))
    if pub_year is None:
        return None
    if m.re is not PERIOD_CLEFT and m.group(3):
        return pub_year - int(m.group(3))  # `1년 전만 해도`
    return pub_year if m.group(1) == "올해" else pub_year - 1


# a count dated by the clause it modifies: `13편이었던 지난해 실적`, `9건에 그쳤던 2022년 대회`
_DATED_BY_CLAUSE = re.compile(r"\s*(?:[가-힣]+\s){0,2}?[가-힣]*(?:던|었던|였던)\s+$")
_RECORD_NOUN = re.compile(r"\s*(?:의\s*)?(?:실적|기록|성적|성과|대회|학회|행사|수치|수준)")


def dated_after(text: str, sent_end: int, cm: CountMatch) -> re.Match[str] | None:
    """The year word of a past clause the count describes (`13편이었던 지난해 실적`), or None."""
    m = YEAR_WORD.search(text, cm.end, min(sent_end, cm.end + 24))  # only the first year word after it
    if m is None or not _DATED_BY_CLAUSE.fullmatch(text, cm.end, m.start()):
        return None
    return m if _RECORD_NOUN.match(text, m.end()) else None


def last_month_year(word: str, pub: int | None, month: int | None) -> int | None:
    """`지난달`, `지난 12월`: the year of a past month, the year before publication when that month
    lies after the month of publication (`지난 12월` in January)."""
    if pub is None or month is None:
        return pub
    named = month - 1 if word.endswith("달") else int(word.removeprefix("지난").removesuffix("월"))
    return pub - 1 if named < 1 or named > month else pub


def next_month_year(word: str, pub: int | None, month: int | None) -> int | None:
    """`다음 달`, `오는 2월`: the year of a coming month, the year after publication when that month
    lies before the month of publication (`오는 2월` in November)."""
    if pub is None or month is None:
        return pub
    named = month + 1 if word in ("다음달", "내달") else int(word.removeprefix("오는").removesuffix("월"))
    return pub + 1 if named > 12 or named < month else pub


# cues the year of a count is read from (`extract.linking.years`)
# this year's event (`올해 열린 대회에서`, `올해 학회 때`)
THIS_YEARS_EVENT = re.compile(
    r"\s?(?:(?:열린|개최된|치러진|있었던)\s?)?(?:대회|학회|행사)(?:에서|에|의|\s?때)"
)

# a time of the year after a year word (`올해 2월`, `올해 초`, `지난해 상반기`): the calendar year, not the edition's
CALENDAR_TIME = re.compile(r"\s?(?:\d{1,2}\s?월|초(?![가-힣])|초에|상반기|봄)")

# a past attribute of the organization right after it (`전년도 1위를 차지했던 인텔은 7편`) or its
# history (`2017년 제록스로부터 인수한 프랑스 연구소 B`, `2016년 설립된 C`): its year word dates
# the attribute, not the count
PAST_ATTRIBUTE = re.compile(
    r"[가-힣]던\s+(?:[^\s.]+\s+)?$"
    r"|(?:(?:인수|설립|창업|출범|창립|개소|개원|합병|분사|편입|매입)(?:한|된|했던|됐던|되었던)|세운|세워진|문을\s?연"
    r"|사들인|사들였던|품은|품에\s?안은|데려온)"
    r"\s+(?:[^\s.]+\s+){0,3}$"
    # the history and what it has done since (`2017년 제록스로부터 사들여 파리에서 운영하고 있는 B`)
    r"|(?:(?:인수|설립|창업|출범|창립|개소|개원|합병|분사|매입)해|사들여|세워|문을\s?열어)"
    r"\s+(?:[^\s.,]+\s+){0,4}?[가-힣]*(?:있는|하는|해\s?온|온)\s+$"
)

# a rank the organization held at the edition before (`지난 대회 1위 인텔은 이번에 7편`): the word dates the rank
EDITION_RANK = re.compile(r"\s*(?:공동\s?)?\d{1,2}\s?위(?:였던|에\s?올랐던|를\s?차지했던)?\s+$")

SAME_AS = re.compile(
    r"\s*(?:와|과)\s?(?:똑같은|같은|동일한|마찬가지인)"
)  # `지난해와 똑같은 10편`: this year's, equal

GENITIVE_BASE = re.compile(r"\s*의\s*(?:\d+|두|세|네|다섯)\s?배|\s*의\s*절반")

THIS_TIME = re.compile(r"(?<![가-힣])이번(?:에는|엔|\s?(?:대회|학회|행사)(?:에서는|에선|에는))")

# a year word written right before a count: `전년(5편)`, `지난해 5편`, `작년엔 5편`
YEAR_AT_COUNT = re.compile(r"\s*(?:에는|엔|은|는|에|의)?\s*\(?\s*(?:논문\s*)?$")

# the start of a trend: `23건에서 41건으로 늘었다`, `2019년 2편에서 2024년 15편으로`
TREND_START = re.compile(  # also `세 편에서 여섯 편이 됐다`
    r"\s*에서\s*(?:[^\s.,]+\s+){0,3}?(?:\d+|[가-힣]{1,5})\s?(?:편|건|개)\s*(?:으로|로|[이가]\s?(?:됐|되었|된))"
)

TREND_END_BEFORE = re.compile(r"\d+\s?(?:편|건|개)\s*에서\s*(?:[^\s.,]+\s+){0,3}?$")

SAME_PERIOD_WORD = re.compile(r"같은\s?(?:기간|시기)|동기간")

# a span ending in an adnominal clause of the organization after it (`10년간 정상을 지켜온 A`)
SPAN_OF_ATTRIBUTE = re.compile(r"[가-힣](?:온|던|해온|해 온)\s+(?:[^\s.,]+\s+){0,2}$")

# a count told as the record of the year word after it: `다섯 편에 그쳤던 지난해`, `3편이던 2021년`,
# `두 편을 냈던 전년`
COUNT_OF_YEAR_AFTER = re.compile(  # also past a part in parentheses (`다섯 편(이 가운데 두 편)에 그쳤던 지난해`)
    r"\s?(?:\([^()]{0,40}\))?\)?\s?(?:에\s?(?:그쳤던|그친|머물렀던|머문|머무른|불과했던|불과하던)|이던|이었던|였던|뿐이던|뿐이었던"
    r"|[을를]\s?(?:기록했던|냈던|내던|발표했던|올렸던)"
    r"|(?:으로|로)\s?[가-힣]{1,6}\s(?:것은|때는|해는))\s+"  # `5건으로 올라선 것은 2015년이고`: a cleft's year
)

# a year after the count just written (`9편에서 1년 만에 13건으로`)
A_YEAR_LATER = re.compile(r"(?<![0-9가-힣])(?:1|한)\s?(?:년|해)\s?(?:만에|뒤에?|후에?)(?![가-힣])")

# the edition before the one counted, written in a sentence that counted nothing of its own
EDITION_BEFORE_NAMED = re.compile(
    r"(?:1\s?년\s?전|한\s?해\s?전|지난|직전|이전|앞선|전년도?)\s?(?:대회|학회|행사)"
)


def last_year_word(text: str, a: int, b: int) -> re.Match[str] | None:
    """The last YEAR_WORD between `a` and `b`."""
    last = None
    for m in YEAR_WORD.finditer(text, a, b):
        last = m
    return last


def is_undated_trend_start(text: str, s: Sentence, cm: CountMatch) -> bool:
    """The first count of a trend (`N건에서 M건으로`) with no year of its own written right before
    it, or only `같은 기간`: its year is a span's start the text does not give."""
    if not TREND_START.match(text, cm.end, s.end):
        return False
    last = last_year_word(text, max(s.start, cm.start - 24), cm.start)
    if last is None or not YEAR_AT_COUNT.fullmatch(text, last.end(), cm.start):
        return True
    return last.group(1).replace(" ", "") in SAME_PERIOD


def reference_year(doc: Doc, confs: tuple[str, ...]) -> int | None:
    """The year relative words count from: a coming edition's (an ISSCC 2020 story of November
    2019), else publication; a past edition (`지난해 ICML 2024` in 2025) does not move `올해`."""
    years = {doc.conf_years[c] for c in confs if c in doc.conf_years}
    if len(years) == 1 and len(confs) >= 1 and all(c in doc.conf_years for c in confs):
        year = years.pop()
        if doc.pub_year is None or year > doc.pub_year:
            return year
    return doc.pub_year


def resolve_year_word(
    word: str, explicit: str | None, doc: Doc, confs: tuple[str, ...], last_year: int | None, after: str
) -> int | None:
    """The year a year word stands for. 올해/지난해/지난 행사/… count from the reference year (the
    conference's edition year, else publication); 전년/전년도 (and 작년 대비) from the year of the
    fact just mentioned, 같은 해/같은 기간 is that year."""
    if explicit:
        return int(explicit)
    ref = reference_year(doc, confs)
    pub = doc.pub_year
    w = word.replace(" ", "")
    if w == "작년" and re.match(r"\s?대비", after):
        w = "전년"
    if w in PREVIOUS_YEAR and last_year is not None:
        return last_year - 1
    if w in SAME_PERIOD:
        return last_year if last_year is not None else ref
    if pub and CALENDAR_TIME.match(after) and w in ("올해", "금년", "지난해", "작년"):
        return pub if w in ("올해", "금년") else pub - 1  # `올해 2월 대회`, `올해 초`: the calendar's year
    if pub and ref and ref > pub and w in ("올해", "금년") and THIS_YEARS_EVENT.match(after):
        return pub  # `올해 열린 대회에서 7편` in a story on next year's edition: the one held this year
    if w in ("올해", "올", "금년"):
        return ref
    if w in ("지난해", "지난한해", "작년", *PREVIOUS_YEAR) or w in PREVIOUS_EDITION:
        return ref - 1 if ref else None
    if w == "재작년":
        return ref - 2 if ref else None
    if w.endswith("년전") and w[0].isdigit():
        return ref - int(w[0]) if ref else None  # `2년 전 같은 학회에서는`
    if w.startswith("지난") and (w.endswith("달") or w.endswith("월")):
        return last_month_year(w, doc.pub_year, doc.pub_month)
    if w in ("다음달", "내달") or (w.startswith("오는") and w.endswith("월")):
        return next_month_year(w, doc.pub_year, doc.pub_month)
    if w == "이듬해" and last_year is not None:
        return last_year + 1  # the year after the one just written (`2023년 … 10편, 이듬해에는 14편`)
    if w in ("내년", "이듬해"):
        return pub + 1 if pub else None
    return None


_WRITTEN_YEAR = re.compile(  # not a founding or a span's start (`2018년 설립된`, `2019년부터`)
    r"(?<![\d.])((?:19|20)\d{2})\s?년(?!\s?(?:대|생|부터|이후|이래|(?:에\s?)?(?:설립|창업|출범|창립|인수|개소|문을)))"
)


def year_written_before(text: str, at: int, last_fact: Fact | None, field_name: str) -> int | None:
    """The calendar year written last in the paragraph before `at` and after the last fact's count (`2023년에 테크
    리드로 있으면서 … 그해`), which `그해`/`같은 해` refers to; None when none or when the last fact is later."""
    if last_fact is not None and last_fact.field != field_name:
        last_fact = None  # a fact of another field says nothing of where this one's paragraph stands
    start = max(
        text.rfind("\n", 0, at) + 1,
        last_fact.cm.end if last_fact is not None and last_fact.cm.end < at else 0,
    )
    years = list(_WRITTEN_YEAR.finditer(text, start, at))
    return int(years[-1].group(1)) if years else None


# a year word dating the event itself (`지난해 뉴올리언스 대회에서 당시 … 이던 B가`): not an attribute's date
EVENT_DATED = re.compile(r"\s(?:[가-힣]{2,8}\s)?(?:대회|학회|행사)(?:에서|에는|에)\s")
