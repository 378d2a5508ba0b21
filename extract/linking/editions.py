"""Editions of a conference held in another year than the article's (`2023년 행사에`, `학회는 내년 2월 …
열린다`): the year the article dates them in."""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.linking.state import Doc, State
from extract.numerals import find_counts

# an edition held in a year other than the article's: `2023년 행사에`, `학회는 내년 2월 … 열린다`
_EDITION_NOUN = re.compile(
    r"(?<![가-힣0-9])(?:((?:19|20)\d{2})\s?년|내년)\s?(?:행사|학회|학술대회|대회|심포지엄)"
    r"(?=[^가-힣]|에|의|는|은|가|이|도|로|를|을|$)"
)
_EDITION_HELD = re.compile(
    r"(?<![가-힣0-9])(내년|((?:19|20)\d{2})\s?년)\s*(?:\d{1,2}\s?월(?:\s?\d{1,2}\s?일)?)?[^.\n]{0,40}?"
    r"(?:열린다|열리는|열릴|개최된다|개최되는|개최될|개최\s?예정|(?:대회|학회|행사)를\s?(?:여는|연다|열\s))"
)
# a year the event began in, not the edition's (`1987년 시작된 이 학회는 올해 12월 열린다`)
_SINCE_YEAR = re.compile(
    r"\s*(?:부터|이래|이후|(?:에\s?)?(?:처음\s?)?(?:시작된|시작한|창립된|창설된|출범한|출범된|설립된|열리기 시작한|첫\s?개최된"
    r"|출범해|창립해|창설돼|설립돼|시작돼|시작해))"
)  # also `1987년부터 매년 열리는`, `1958년 출범해 해마다 12월 학술대회를 여는`
_NEXT_EDITION = re.compile(r"(?<![가-힣])내년\s?(?:행사|학회|학술대회|대회|심포지엄)")
# the event the held-phrase describes (`내년 2월 … 열리는 64번째 대회`)
_HELD_EVENT = re.compile(
    r"(?:열리는|개최되는)\s(?:\d+\s?번째\s|제\s?\d+\s?회\s)?(?:행사|학회|학술대회|대회|심포지엄)"
)
_EVENT_SUBJECT = re.compile(r"(?:행사|학회|학술대회|대회|심포지엄)(?:는|은|가|이)(?![가-힣])")


def edition_years(doc: Doc) -> dict[str, int]:
    """Conferences whose edition the article dates in another year than its own, in a sentence that
    names only that conference (or, with an event subject such as `연례 행사는`, the article's one
    conference): `ISSCC … 2023년 행사에`, `학회는 내년 2월 … 열린다`. Two different years: none."""
    found: dict[str, set[int]] = {}
    for s in doc.sentences:
        text = doc.fields[s.field]
        confs = {e.id for e in s.entities if e.kind == "conf"}
        the_one = not confs and len(doc.main_confs) == 1
        if len(confs) != 1 and not (
            the_one
            and (
                _EVENT_SUBJECT.search(text, s.start, s.end)
                or _NEXT_EDITION.search(text, s.start, s.end)
                or _HELD_EVENT.search(text, s.start, s.end)
            )
        ):
            continue  # `내년 대회에는 …`: the article's one conference, as `연례 행사는 …`
        conf = next(iter(confs)) if confs else doc.main_confs[0]
        for m in (
            *_EDITION_NOUN.finditer(text, s.start, s.end),
            *_EDITION_HELD.finditer(text, s.start, s.end),
        ):
            explicit = m.group(2) if m.re is _EDITION_HELD else m.group(1)
            if m.re is _EDITION_HELD and _SINCE_YEAR.match(text, m.end(1)):
                continue  # the year the event began in
            year = int(explicit) if explicit else (doc.pub_year + 1 if doc.pub_year else None)
            if year is not None and year != doc.pub_year:
                found.setdefault(conf, set()).add(year)
    return {conf: years.pop() for conf, years in found.items() if len(years) == 1}


# a sentence opening with `당시` (`당시에는 619편이 제출돼 …`): it tells the edition the sentence before named
_THEN_OPENING = re.compile(r"\s*['\"‘“]?당시(?:에는|엔|에|만\s?해도)\s")  # not `당시 1위였던 A는 이번에`


def then_period(doc: Doc, s: Sentence) -> int | None:
    """The year a sentence opening with `당시` dates its paragraph with: that of the one edition the sentence
    before names with its year (`3년 전인 ISSCC 2014 때와 견주면 … 당시에는 …`), else None."""
    if not _THEN_OPENING.match(doc.fields[s.field], s.start):
        return None
    before = doc.before(s)
    if before is None:
        return None
    years = {e.year for e in before.entities if e.kind == "conf" and e.year}
    return years.pop() if len(years) == 1 else None


def year_named_before(doc: Doc, s: Sentence, confs: tuple[str, ...]) -> int | None:
    """The edition year the sentence before, in the same paragraph, writes with the conferences a count carries
    (`… 인터스피치 2021에서도 같은 그림이 나왔다. 네이버 단독으로 아홉 편`), when it writes one."""
    before = doc.before(s)
    if (
        before is None
        or before.para != s.para
        or not confs
        or find_counts(doc.fields[s.field], before.start, before.end)
    ):
        return None  # a sentence that counts tells of its editions itself (`VLSI 2023에서 1위였던 A는 이번엔 9편`)
    text = doc.fields[s.field]
    years = {
        e.year
        for e in before.entities
        if e.kind == "conf"
        and e.id in confs
        and e.year
        and not _EDITION_COMPARED.search(text, max(0, e.start - 10), e.start)
    }
    return years.pop() if len(years) == 1 else None


# an edition named as the one before (`직전 대회인 ISSCC 2026`): a comparison, no setting of the counts after
_EDITION_COMPARED = re.compile(r"(?:직전|지난|이전|앞선)\s?(?:대회|학회|행사)(?:인|였던|이던)?\s*$")


def heading_period_goes_on(doc: Doc, state: State, s: Sentence) -> None:
    """Carry the year a heading set (`■ 2020년`) from the listed line under it to the next one (`- A: … 13건` ⏎
    `- B: … 13편`): each line is a paragraph of its own."""
    period = state.period
    if period is None or period[0] != s.field or period[1] != s.para - 1:
        return
    before = doc.before(s)
    if before is None or before.para != s.para - 1 or not doc.in_listed_line(s.field, s.start):
        return
    if doc.in_listed_line(s.field, before.start) or before.headline:
        state.period = (s.field, s.para, period[2])
