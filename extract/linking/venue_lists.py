"""Conferences named in the sentence after a count, as the venues of that count: the list a set by
number refers ahead to (`양대 학회에서 9편씩을 올렸다. 6월의 ICASSP와 인터스피치다`), and the venues of a
count over unnamed ones (`올 들어 채택된 논문은 모두 42편이다. 학회는 A, B, C 세 곳이다.`, `… 51건에 이른다.
A, B, C 등 최상위 학회가 대거 포함됐다.`); also which conference a singular description refers to (`세계 최고
학회에서`), and the conferences named before a position."""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.linking.state import Doc
from extract.numerals import find_counts
from output.schema import FieldName

_PREDICATE_END = re.compile(r"(?:이다|다)\.?['’”\"]?\s*$")
# a sentence about the venues of the count before (`학회는 …`, `채택된 학회는 …`, `발표 무대는 …`)
_VENUES_OPENING = re.compile(
    r"\s*(?:(?:채택|발표|게재|해당|대상)(?:된|한)?\s?|[가-힣]{1,4}을\s[가-힣]{1,3}\s)?(?:학회|학술대회|무대)(?:는|은|로는)\s"
)  # also `논문을 낸 무대는 A, B, C 등이다`
# … or one saying they are among them (`A, B 등 최상위 학회가 대거 포함됐다`, `16건에는 A, B 등에 낸 연구가
# 담겼다`), or that the papers went there (`A, B, C 등에 이름을 올렸다`)
_VENUES_INCLUDED = re.compile(
    r"(?:포함|망라)(?:됐|되었|돼|되어|된다|했)|(?:들어|포함돼|포함되어)\s?있|담겼|담겨\s?있"
    r"|등(?:에|에서)\s(?:[가-힣]+\s){0,2}?(?:이름을\s?올렸|실렸|게재됐|발표했)"
    # the count as a sum over them (`A, B, C 등 … 학회에서 채택된 논문을 모두 더한 숫자다`)
    r"|(?:더한|합한|합친|모은)\s?(?:숫자|수치|수|것|결과)(?:이다|다|입니다)"
)
_SOME_OF_THEM = re.compile(r"(?:편|건|개)\s?(?:가운데|중)")
_SKIPPED_BEFORE_VENUES = 3  # sentences naming no venue and no one (`지난해 13건을 앞지른 셈이다`, a question)


def named_next(doc: Doc, s: Sentence, n: int) -> tuple[str, ...]:
    """The conferences a set by number refers ahead to: the next sentence names exactly `n` of them
    as its predicate and counts nothing (`양대 학회에서 9편씩을 올렸다. 6월의 ICASSP와 인터스피치다`)."""
    nxt = doc.after(s)
    if nxt is None:
        return ()
    text = doc.fields[nxt.field]
    ids = tuple(dict.fromkeys(e.id for e in nxt.entities if e.kind == "conf"))
    if len(ids) != n or any(e.kind == "org" for e in nxt.entities):
        return ()
    return ids if _PREDICATE_END.search(text, nxt.start, nxt.end) else ()


def venues_listed_next(doc: Doc, s: Sentence, total: int | None) -> tuple[str, ...]:
    """The conferences a sentence soon after a count over unnamed venues gives as its venues (two or more, no
    organization, no larger count: `학회는 …`, `… 포함됐다`, `A, B 등에 이름을 올렸다`, `16건에는 A, B 등에 낸 연구가
    담겼다`); listed lines that add up to the count are read by `breakdowns.venues_in_lines`."""
    before = doc.before(s)
    if before is not None and before.para == s.para and _counts_in(doc, before):
        return ()  # `… 16건이다. 지난해 13건을 넘어선 셈이다. 학회는 …`: the venues are the first count's
    nxt = doc.after(s)
    ids: tuple[str, ...] = ()
    for _ in range(_SKIPPED_BEFORE_VENUES + 1):
        if nxt is None or any(e.kind in ("org", "country") for e in nxt.entities):
            return ()
        ids = tuple(dict.fromkeys(e.id for e in nxt.entities if e.kind == "conf"))
        if ids:
            break
        nxt = doc.after(nxt)
    if nxt is None or len(ids) < 2:
        return ()
    text = doc.fields[nxt.field]
    counts = _counts_in(doc, nxt)
    if counts and (total is None or any(c is None or c > total for c in counts)):
        return ()
    if counts and _SOME_OF_THEM.search(text, nxt.start, nxt.end):
        return ()  # `이 12건 가운데에는 A, B에 실린 논문이 포함됐다`: some of its venues, not the list of them
    about_venues = _VENUES_OPENING.match(text, nxt.start) or _VENUES_INCLUDED.search(text, nxt.start, nxt.end)
    return ids if about_venues else ()


def _counts_in(doc: Doc, s: Sentence) -> list[int | None]:
    return [c.count for c in find_counts(doc.fields[s.field], s.start, s.end) if c.counter]


def conference_list_of(doc: Doc, n: int) -> tuple[str, ...]:
    """The conferences of the first list of exactly `n` the article writes (`ICLR, NeurIPS, ICML`), in a
    sentence or down the rows of a table (`CVPR | 14편` ⏎ `ICLR | 12편` ⏎ `AAAI·CHI·ACL | -`)."""
    for sent in doc.sentences:
        distinct = tuple(dict.fromkeys(e.id for e in sent.entities if e.kind == "conf"))
        if len(distinct) == n:
            return distinct
    run: list[str] = []
    for row in [*doc.sentences, None]:
        if row is not None and "|" in doc.fields[row.field][row.start : row.end]:
            run += [e.id for e in row.entities if e.kind == "conf"]
            continue
        if len(set(run)) == n:
            return tuple(dict.fromkeys(run))
        run = []
    return ()


def told_of_an_earlier_item(doc: Doc, s: Sentence, ref_at: int) -> bool:
    """Whether a listed line's conferences were last named under an earlier item of its list (`2위 B – 25건`
    after `1위 A – 66건` ⏎ `… EMNLP에서 …`): what the item before was told with, not this item's."""
    if not doc.in_listed_line(s.field, s.start):
        return False
    item = doc.before(s)
    while item is not None and not doc.in_listed_line(s.field, item.start):
        item = doc.before(item)
    # named in the prose under the item before, not in the list's lead
    return item is not None and item.start < ref_at and not doc.in_listed_line(s.field, ref_at)


def described_conference(doc: Doc, s: Sentence) -> tuple[str, ...]:
    """The conference a singular description refers to (`세계 최고 학회에서`, `격년 개최되는 학술
    대회에서`): the only one the previous sentence of the paragraph names, else the article's own."""
    before = doc.before(s)
    if before is not None and before.para == s.para:
        ids = tuple(dict.fromkeys(e.id for e in before.entities if e.kind == "conf"))
        if len(ids) == 1:
            return ids
    if len(doc.main_confs) != 1:
        return ()
    # the article's own, once it is known: named in the headline or before, or by the next sentence
    # (`세계 최고 권위의 학회에서 5편을 발표한다. 학회는 CVPR로 …`); not a conference an item of a list
    # names later, for something else (`최상위 AI 학회에서 107편 … -CHI 베스트 페이퍼=…`)
    nxt = doc.after(s)
    named_next = (
        nxt is not None
        and not doc.in_listed_line(nxt.field, nxt.start)
        and any(e.id in doc.main_confs for e in nxt.entities)
    )
    if named_next or doc.main_confs[0] in confs_named_before(doc, s.field, s.start):
        return doc.main_confs
    return ()


def confs_named_before(doc: Doc, field_name: FieldName, pos: int) -> list[str]:
    """Distinct conferences named before a position (headline first), the latest first."""
    seen: list[str] = []
    for sent in reversed(doc.sentences):
        if sent.field == field_name and sent.start >= pos:
            continue
        for e in reversed(sent.entities):
            if e.kind == "conf" and (e.field != field_name or e.end <= pos) and e.id not in seen:
                seen.append(e.id)
    return seen
