"""Conferences named in the sentence after a count, as the venues of that count: the list a set by
number refers ahead to (`양대 학회에서 9편씩을 올렸다. 6월의 ICASSP와 인터스피치다`), and the venues of a
count over unnamed ones (`올 들어 채택된 논문은 모두 42편이다. 학회는 A, B, C 세 곳이다.`, `… 51건에 이른다.
A, B, C 등 최상위 학회가 대거 포함됐다.`)."""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.linking.state import Doc
from extract.numerals import find_counts

_PREDICATE_END = re.compile(r"(?:이다|다)\.?['’”\"]?\s*$")
# a sentence about the venues of the count before (`학회는 …`, `채택된 학회는 …`, `발표 무대는 …`)
_VENUES_OPENING = re.compile(
    r"\s*(?:(?:채택|발표|게재|해당|대상)(?:된|한)?\s?)?(?:학회|학술대회|무대)(?:는|은|로는)\s"
)
# … or one saying they are among them (`A, B 등 최상위 학회가 대거 포함됐다`)
_VENUES_INCLUDED = re.compile(r"(?:포함|망라)(?:됐|되었|돼|되어|된다|했)|(?:들어|포함돼|포함되어)\s?있")


def _next_sentence(doc: Doc, s: Sentence) -> Sentence | None:
    """The sentence right after `s` in its field, if any."""
    i = doc.sentence_index(s.field, s.start)
    if i is None or i + 1 >= len(doc.sentences) or doc.sentences[i + 1].field != s.field:
        return None
    return doc.sentences[i + 1]


def named_next(doc: Doc, s: Sentence, n: int) -> tuple[str, ...]:
    """The conferences a set by number refers ahead to: the next sentence names exactly `n` of them
    as its predicate and counts nothing (`양대 학회에서 9편씩을 올렸다. 6월의 ICASSP와 인터스피치다`)."""
    nxt = _next_sentence(doc, s)
    if nxt is None:
        return ()
    text = doc.fields[nxt.field]
    ids = tuple(dict.fromkeys(e.id for e in nxt.entities if e.kind == "conf"))
    if len(ids) != n or any(e.kind == "org" for e in nxt.entities):
        return ()
    return ids if _PREDICATE_END.search(text, nxt.start, nxt.end) else ()


def venues_listed_next(doc: Doc, s: Sentence) -> tuple[str, ...]:
    """The conferences the next sentence of the paragraph lists as the venues of this sentence's counts
    (two or more, no count and no organization of its own, about the venues: `학회는 …`, `… 포함됐다`)."""
    nxt = _next_sentence(doc, s)
    if nxt is None or nxt.para != s.para or any(e.kind in ("org", "country") for e in nxt.entities):
        return ()
    text = doc.fields[nxt.field]
    ids = tuple(dict.fromkeys(e.id for e in nxt.entities if e.kind == "conf"))
    if len(ids) < 2 or any(c.counter for c in find_counts(text, nxt.start, nxt.end)):
        return ()
    about_venues = _VENUES_OPENING.match(text, nxt.start) or _VENUES_INCLUDED.search(text, nxt.start, nxt.end)
    return ids if about_venues else ()


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
